import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/dataset";
import { DEMO, expectAccessible, nextCode, signInAs } from "./support/fixtures";

const KEVIN = "kevin@cleared.example";
const DR_LEE = "dr.lee@cleared.example";

/** On a setup page: the key from "Can't scan?", as an app would read it from the QR code. */
async function keyShown(page: Page): Promise<string> {
  await page.getByText("Can’t scan? Enter the key instead").click();
  return (await page.locator("details code").innerText()).replace(/\s/g, "");
}

async function submitPassword(page: Page, email: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?notice=signed-out/);
}

test("a medical assistant sets up an authenticator app, signs in with its code and a recovery code, then turns it off", async ({ page }) => {
  await signInAs(page, KEVIN);
  await page.goto("/account/security");
  await expect(page.getByText("Add a code from an authenticator app")).toBeVisible();
  await page.getByRole("link", { name: "Set up authenticator app" }).click();
  await expect(page.getByRole("img", { name: /QR code that adds Cleared/ })).toBeVisible();
  const key = await keyShown(page);
  await expectAccessible(page);

  await page.getByLabel("Code from the app").fill("000000");
  await page.getByRole("button", { name: "Confirm and show recovery codes" }).click();
  await expect(page.getByText("That code does not match").first()).toBeVisible();
  await page.getByLabel("Code from the app").fill(await nextCode(KEVIN, key));
  await page.getByRole("button", { name: "Confirm and show recovery codes" }).click();
  const codes = page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem");
  await expect(codes).toHaveCount(10);
  const recoveryCode = await codes.first().innerText();
  await expectAccessible(page);
  await page.getByRole("link", { name: "I have saved my codes: continue" }).click();
  await expect(page.getByText("10 of 10 recovery codes unused")).toBeVisible();

  // Next sign-in: password, then the app's code; a wrong code is refused with a message.
  await signOut(page);
  await submitPassword(page, KEVIN);
  await expect(page).toHaveURL(/\/sign-in\/verify/);
  await expect(page.getByRole("heading", { name: "Verify it’s you" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Authentication code").fill("12345");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText(/That code is not right/).first()).toBeVisible();
  await page.getByLabel("Authentication code").fill(await nextCode(KEVIN, key));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("heading", { name: /^Welcome/ })).toBeVisible();

  // A lost phone: a recovery code signs in once, and the account page says how many are left.
  await signOut(page);
  await submitPassword(page, KEVIN);
  await page.getByRole("button", { name: "Lost your phone? Use a recovery code" }).click();
  await page.getByLabel("Recovery code").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("You signed in with a recovery code. 9 left.")).toBeVisible();

  await page.getByLabel("Code from your app").fill(await nextCode(KEVIN, key));
  await page.getByRole("button", { name: "Turn off second factor" }).click();
  await page.getByRole("dialog", { name: "Turn off the second factor?" }).getByRole("button", { name: "Turn off" }).click();
  await expect(page.getByText("Second factor turned off.")).toBeVisible();
});

test("an admin resets a validator's lost authenticator; at the next sign-in the validator must set up a new one", async ({ page }) => {
  await signInAs(page, DEMO.admin);
  await page.goto("/admin/users?q=lee");
  await page.getByRole("link", { name: "Daniel Lee" }).click();
  await expect(page.getByText("Required for this user's roles.")).toBeVisible();
  await page.getByRole("button", { name: "Reset second factor" }).click();
  await page.getByRole("dialog", { name: "Reset Daniel Lee's second factor?" }).getByRole("button", { name: "Reset" }).click();
  await expect(page.getByText(/Say why/).first()).toBeVisible();
  await page.getByLabel("Reason").fill("Lost phone; identity confirmed in person");
  await page.getByRole("button", { name: "Reset second factor" }).click();
  await page.getByRole("dialog", { name: "Reset Daniel Lee's second factor?" }).getByRole("button", { name: "Reset" }).click();
  await expect(page.getByText(/Second factor reset for dr.lee@cleared.example/)).toBeVisible();

  await page.context().clearCookies();
  await submitPassword(page, DR_LEE);
  await expect(page).toHaveURL(/\/sign-in\/setup/);
  await expect(page.getByRole("heading", { name: "Set up a second factor" })).toBeVisible();
  await expectAccessible(page);
  // Nothing else opens until it is set up.
  await page.goto("/people");
  await expect(page).toHaveURL(/\/sign-in\/setup\?callbackUrl=%2Fpeople/);
  const key = await keyShown(page);
  await page.getByLabel("Code from the app").fill(await nextCode(DR_LEE, key));
  await page.getByRole("button", { name: "Confirm and show recovery codes" }).click();
  await expect(page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);
  await page.getByRole("button", { name: "I have saved my codes: continue" }).click();
  await expect(page).toHaveURL(/\/people$/);
});
