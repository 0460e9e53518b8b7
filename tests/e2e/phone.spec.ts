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

test("on a phone the menu closes with Escape, back on its button, and after opening a page", async ({ page }) => {
  await signInWithForm(page, DEMO.maria);
  await expect(page.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
  const menu = page.getByRole("navigation", { name: "Main (mobile)" });
  await page.getByText("Menu", { exact: true }).click();
  await expect(menu).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(page.getByText("Menu", { exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await menu.getByRole("link", { name: "My clearances" }).click();
  await expect(page).toHaveURL(/\/clearances/);
  await expect(menu).toBeHidden();
});

test("on a phone, Check a task works from the keyboard alone, and the answer takes focus", async ({ page }) => {
  await signInWithForm(page, DEMO.maria);
  await expect(page.getByRole("heading", { name: "Welcome, Maria" })).toBeVisible();
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main (mobile)" }).getByRole("link", { name: "Check a task" }).click();
  await page.getByPlaceholder("Type to filter").focus();
  await page.keyboard.type("blood");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("combobox", { name: "Task" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  // Tab to the Check button and press it, as a keyboard user would.
  for (let i = 0; i < 10 && !(await page.getByRole("button", { name: "Check" }).evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Check" })).toBeFocused();
  await page.keyboard.press("Enter");
  const verdict = page.locator("#answer-verdict");
  await expect(verdict).toBeFocused();
  await expect(verdict).toContainText(/Cleared|Not cleared|Check first/);
  await expectAccessible(page);
});
