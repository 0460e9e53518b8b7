import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, pacificDate, personId, signInAs, signInWithForm } from "./support/fixtures";

/**
 * Seattle counts on-site supervision only while the provider has checked in. So that the test does
 * not depend on the hour it runs at, an admin first puts Dr. Okafor on an extra session all of
 * today; Sofia is then not cleared until Dr. Okafor taps "I'm on site" on her phone.
 */
async function sofiasAnswer(page: Page, sofia: string) {
  await signInAs(page, DEMO.sofia);
  await page.goto(`/people/${sofia}/check?task=taskvenipuncture`);
  return page.getByRole("heading", { name: /^Drawing blood \(venipuncture\) at Seattle Clinic/ }).locator("../..");
}

test("a provider checks in from a phone and the answer turns cleared", async ({ page }) => {
  const sofia = await personId(page, "Sofia Ramirez");
  await signInAs(page, DEMO.admin);
  await page.goto("/locations");
  await page.getByRole("link", { name: /Seattle Clinic/ }).first().click();
  await page.getByRole("link", { name: /Supervision/ }).first().click();
  await page.getByRole("link", { name: "Add an exception" }).click();
  await page.getByRole("radio", { name: /An extra session/ }).check();
  await page.getByRole("combobox", { name: /^Provider/ }).selectOption({ label: "Amara Okafor (MD)" });
  await page.getByRole("radio", { name: "Hours" }).check();
  await page.getByLabel("Date").fill(pacificDate(0));
  await page.getByLabel("From").fill("00:00");
  await page.getByLabel("Until").fill("00:00");
  await page.getByLabel("Reason").fill("covering all day");
  await page.getByRole("button", { name: "Save extra session" }).click();
  await expect(page.getByText(/Extra session saved: .* 00:00–24:00\./)).toBeVisible();
  await page.context().clearCookies();

  const before = await sofiasAnswer(page, sofia);
  await expect(before).toContainText("Not cleared");
  await expect(before).toContainText("Dr. Okafor (MD) has not checked in today");
  await page.context().clearCookies();

  await signInWithForm(page, DEMO.drOkafor);
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main (mobile)" }).getByRole("link", { name: "On site" }).click();
  await expect(page.getByText("You have not checked in today.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "I'm on site at Seattle Clinic now" }).click();
  await expect(page.getByText(/Checked in at Seattle Clinic at \d\d:\d\d\./)).toBeVisible();
  await expect(page.getByRole("button", { name: "I'm leaving Seattle Clinic" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.context().clearCookies();

  const after = await sofiasAnswer(page, sofia);
  await expect(after).toContainText("Cleared");
  await expect(after).not.toContainText("Not cleared");
  await expectAccessible(page);
});
