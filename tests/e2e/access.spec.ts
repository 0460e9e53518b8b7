import { expect, test } from "@playwright/test";
import { DEMO, mainNav, signInAs } from "./support/fixtures";

test.describe("object-level access", () => {
  test("a medical assistant opening another person's record gets not found", async ({ page }) => {
    await signInAs(page, DEMO.admin);
    await page.goto("/people?q=Nguyen");
    const emilyHref = await page.getByRole("link", { name: "Emily Nguyen" }).getAttribute("href");
    await page.request.post("/api/auth/signout", { form: { csrfToken: (await (await page.request.get("/api/auth/csrf")).json()).csrfToken } });

    await signInAs(page, DEMO.maria);
    await page.goto("/");
    await mainNav(page).getByRole("link", { name: "My record" }).click();
    await expect(page.getByRole("heading", { name: "Maria Gonzalez" })).toBeVisible();

    const response = await page.goto(emilyHref!);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText("Emily")).toHaveCount(0);
  });

  test("a manager reaches staff at their location but not another location's", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/people");
    await expect(page.getByRole("link", { name: "Maria Gonzalez" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Emily Nguyen" })).toHaveCount(0);
    expect((await page.goto("/admin/users"))?.status()).toBe(404);
  });
});
