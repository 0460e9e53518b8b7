import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, signInWithForm } from "./support/fixtures";

test("on a 360 px phone the menu folds away and still reaches every page", async ({ page }) => {
  await signInWithForm(page, DEMO.maria);
  await expect(page.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main (mobile)" }).getByRole("link", { name: "My record" }).click();
  await expect(page.getByRole("heading", { name: "Maria Gonzalez" })).toBeVisible();
  await expectAccessible(page);
});
