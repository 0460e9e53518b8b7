import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/dataset";
import { DEMO, expectAccessible, mainNav, signInAs } from "./support/fixtures";
import { OIDC_E2E_ISSUER, SSO_APP_URL } from "./support/oidc-settings";

// The app server configured with the test provider (see playwright.config.ts).
test.use({ baseURL: SSO_APP_URL });

test.describe("single sign-on with OpenID Connect", () => {
  test("the sign-in page offers the provider's button above the form, and is accessible", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in with Test IdP" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    await expectAccessible(page);
  });

  test("a medical assistant signs in through the provider, returns to the page she asked for, and reaches My clearances", async ({ page }) => {
    await page.goto("/notifications");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fnotifications$/);
    const toProvider = page.waitForRequest((request) => request.url().startsWith(`${OIDC_E2E_ISSUER}/auth`));
    await page.getByRole("button", { name: "Sign in with Test IdP" }).click();
    await toProvider;
    await page.waitForURL(`${SSO_APP_URL}/notifications`);
    await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
    await mainNav(page).getByRole("link", { name: "My clearances" }).click();
    await expect(page.getByRole("heading", { name: "My clearances" })).toBeVisible();
    await expectAccessible(page);
  });

  test("a failed single sign-on comes back with a specific message", async ({ page }) => {
    await page.goto("/sign-in?error=OAuthCallback");
    await expect(page.getByRole("alert").filter({ hasText: "Single sign-on failed: the identity provider's answer could not be verified" })).toBeVisible();
    await expectAccessible(page);
  });

  test("an admin turns on single sign-on only, and a medical assistant's password is then refused", async ({ page, browser }) => {
    await signInAs(page, DEMO.admin);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Sign-in settings" }).click();
    await expect(page.getByRole("heading", { name: "Sign-in settings" })).toBeVisible();
    await expect(page.getByText("Configured: “Sign in with Test IdP” through 127.0.0.1:3901.")).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Single sign-on only").check();
    await page.getByRole("button", { name: "Save sign-in settings" }).click();
    await expect(page.getByText("Sign-in settings saved.")).toBeVisible();

    const other = await browser.newContext({ baseURL: SSO_APP_URL });
    const ma = await other.newPage();
    await ma.goto("/sign-in");
    await expect(ma.getByRole("heading", { name: "Administrators: email and password" })).toBeVisible();
    await ma.getByLabel("Email").fill(DEMO.maria);
    await ma.getByLabel("Password").fill(DEMO_PASSWORD);
    await ma.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(ma.locator("#sign-in-error")).toHaveText(/Your organization signs in with Test IdP\. Use the button above\./);
    await other.close();

    await page.reload();
    await page.getByLabel("Single sign-on only").uncheck();
    await page.getByRole("button", { name: "Save sign-in settings" }).click();
    await expect(page.getByText("Sign-in settings saved.")).toBeVisible();
  });
});
