import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInAs, signInWithForm } from "./support/fixtures";

test("an admin creates an account; the new user must replace the temporary password", async ({ page, browser }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users/new");
  await expectAccessible(page);
  await page.getByLabel("First name").fill("Jamie");
  await page.getByLabel("Last name").fill("Ortiz");
  await page.getByLabel("Email").fill("jamie.ortiz@cleared.example");
  await page.getByRole("group", { name: "Works at" }).getByLabel("Tacoma Clinic (WA)").check();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Account created")).toBeVisible();
  const temporary = (await page.locator("code").first().textContent())!.trim();

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signInWithForm(newcomer, "jamie.ortiz@cleared.example", temporary);
  await expect(newcomer).toHaveURL(/\/account\/password$/);
  await expect(newcomer.getByText("Choose a new password to continue")).toBeVisible();
  await newcomer.getByLabel("Current password").fill(temporary);
  await newcomer.getByLabel(/^New password/).fill("short");
  await newcomer.getByLabel("Repeat the new password").fill("short");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer.locator("#newPassword-error")).toHaveText(/Use at least 12 characters/);
  await expect(newcomer.getByLabel(/^New password/)).toHaveAttribute("aria-invalid", "true");
  await newcomer.getByLabel("Current password").fill(temporary);
  await newcomer.getByLabel(/^New password/).fill("tide pool lantern orchard");
  await newcomer.getByLabel("Repeat the new password").fill("tide pool lantern orchard");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer).toHaveURL(/\/sign-in\?notice=password-changed/);
  await signInWithForm(newcomer, "jamie.ortiz@cleared.example", "tide pool lantern orchard");
  await expect(newcomer.getByRole("heading", { name: "Welcome, Jamie" })).toBeVisible();
  await other.close();
});

test("an admin deactivates an account after confirming, and the audit trail verifies", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users?q=tyler");
  await page.getByRole("link", { name: "Tyler Reed" }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Tyler Reed?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Deactivate" }).click();
  await expect(page.getByText(/Account deactivated/)).toBeVisible();

  await page.goto("/audit");
  await expect(page.getByText(/deactivated the sign-in of Tyler Reed/).first()).toBeVisible();
  await page.getByRole("button", { name: "Verify chain now" }).click();
  await expect(page.getByText(/Chain intact: \d+ events/)).toBeVisible();
  await expectAccessible(page);
});
