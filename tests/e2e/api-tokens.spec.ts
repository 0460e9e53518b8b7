import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, mainNav, personId, signInAs } from "./support/fixtures";

test("an admin creates an API token, an integration calls /api/v1 with it, and revoking it stops the calls", async ({ page, request }) => {
  const maria = await personId(page, "Maria Gonzalez");
  await signInAs(page, DEMO.admin);
  await page.goto("/");
  await mainNav(page).getByText("Admin", { exact: true }).click();
  await mainNav(page).getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens", level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.locator("#scopes-error")).toHaveText("Choose at least one scope.");

  await page.getByLabel("Integration name").fill("Scheduling system");
  await page.getByRole("group", { name: "Scopes" }).getByLabel(/^clearances:read/).check();
  const oaklandBox = page.getByRole("group", { name: "Locations" }).getByLabel("Oakland Clinic");
  const oakland = (await oaklandBox.getAttribute("value"))!;
  await oaklandBox.check();
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Token created")).toBeVisible();
  await expect(page.getByText("it is not shown again")).toBeVisible();
  await expectAccessible(page);
  const secret = await page.getByLabel("New API token").inputValue();
  expect(secret).toMatch(/^clr_/);

  const call = () => request.get(`/api/v1/clearances?person=${maria}&location=${oakland}&task=taskvenipuncture`, { headers: { Authorization: `Bearer ${secret}` } });
  const answered = await call();
  expect(answered.status()).toBe(200);
  expect((await answered.json()).decisions).toHaveLength(1);

  await page.getByRole("button", { name: "Done, create another" }).click();
  await page.reload();
  const row = page.getByRole("row", { name: /Scheduling system/ });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Oakland Clinic");
  await expect(row).not.toContainText("Never");
  await expect(row).not.toContainText(secret);

  await row.getByRole("button", { name: "Revoke Scheduling system" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke the token for Scheduling system?" });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByRole("row", { name: /Scheduling system/ })).toContainText("Revoked");

  const refused = await call();
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
});
