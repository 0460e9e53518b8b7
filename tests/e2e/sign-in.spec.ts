import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, mainNav, signInWithForm } from "./support/fixtures";

test.describe("sign-in and navigation per role", () => {
  test("the sign-in page is accessible", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    await expectAccessible(page);
  });

  const ROLES = [
    { who: "admin", email: DEMO.admin, sees: ["Home", "My record", "People", "Users", "API tokens", "Audit trail", "Account"], hidden: [] },
    { who: "manager", email: DEMO.managerOakland, sees: ["Home", "My record", "People", "Account"], hidden: ["Users", "API tokens", "Audit trail"] },
    { who: "medical assistant", email: DEMO.maria, sees: ["Home", "My clearances", "Check a task", "My record", "Account"], hidden: ["People", "Users", "Audit trail"] },
    { who: "auditor", email: DEMO.auditor, sees: ["Home", "My record", "People", "Audit trail", "Account"], hidden: ["Users", "API tokens"] },
  ];

  for (const role of ROLES) {
    test(`the ${role.who} sees only what the role may use`, async ({ page }) => {
      await signInWithForm(page, role.email);
      await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();
      const nav = mainNav(page);
      // An admin's administration pages sit in one menu, so the row fits at 1280 px.
      const adminMenu = nav.getByText("Admin", { exact: true });
      if ((await adminMenu.count()) > 0) await adminMenu.click();
      for (const label of role.sees) await expect(nav.getByRole("link", { name: label, exact: true })).toBeVisible();
      for (const label of role.hidden) await expect(nav.getByRole("link", { name: label, exact: true })).toHaveCount(0);
      await expectAccessible(page);
    });
  }

  test("a wrong password gets one generic message", async ({ page }) => {
    await signInWithForm(page, DEMO.maria, "not-the-password");
    await expect(page.locator("#sign-in-error")).toHaveText(/Email or password is incorrect/);
  });

  test("repeated failures pause sign-in with a clear message", async ({ page }) => {
    for (let i = 0; i < 5; i++) {
      await signInWithForm(page, "nobody.here@cleared.example", `wrong guess ${i}`);
      await expect(page.locator("#sign-in-error")).toBeVisible();
    }
    const paused = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
    await signInWithForm(page, "nobody.here@cleared.example", "wrong guess 6");
    await expect(page.locator("#sign-in-error")).toHaveText(/Too many failed sign-in attempts.*paused for 15 minutes/);
    expect((await paused).status()).toBe(429);
    expect(Number((await paused).headers()["retry-after"])).toBeGreaterThan(14 * 60);
  });

  test("sign-out ends the session, and the old session cookie no longer works", async ({ page, context }) => {
    await signInWithForm(page, DEMO.emily);
    await expect(page.getByRole("heading", { name: "Welcome, Emily" })).toBeVisible();
    const cookies = await context.cookies();
    await page.getByRole("button", { name: "Sign out" }).first().click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByText("You are signed out.")).toBeVisible();
    await context.addCookies(cookies);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});
