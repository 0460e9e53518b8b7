import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, signInAs } from "./support/fixtures";

/**
 * The People list as a manager of Oakland uses it all day: filters and sorting kept in the URL,
 * the compliance columns, and the bulk actions on the selected rows; a table on a desktop and a
 * readable list on a phone, both without serious accessibility findings or duplicate landmarks.
 */
const LANDMARK_RULES = ["landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "landmark-one-main"];

async function expectAccessibleList(page: Page) {
  await expectAccessible(page);
  const landmarks = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
  expect(landmarks.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("filters and sorting live in the URL, bad values fall back visibly, and the columns come from the engine", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/people");
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.getByRole("link", { name: "Emily Nguyen" })).toHaveCount(0);
    // Her venipuncture competency expired: a gap, at any hour.
    await expect(row(page, "Aisha Johnson")).toContainText("Drawing blood (venipuncture): not cleared");
    await expect(row(page, "Kevin Tran")).toContainText("Clinical skills check-off");
    await expect(row(page, "Priya Shah")).toContainText("Not applicable");
    await expectAccessibleList(page);

    await page.getByLabel("Compliance").selectOption({ label: "Record expiring within 30 days" });
    await page.getByLabel("Sort by").selectOption({ label: "Soonest expiry first" });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/compliance=expiring/);
    await expect(page).toHaveURL(/sort=expiring/);
    await expect(page.getByRole("link", { name: "Kevin Tran" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Aisha Johnson" })).toHaveCount(0);
    // The same view from a bookmark.
    await page.goto(page.url());
    await expect(page.getByLabel("Compliance")).toHaveValue("expiring");
    await expect(page.getByRole("link", { name: "Kevin Tran" })).toBeVisible();

    const response = await page.goto("/people?sort=salary&page=abc&role=provider");
    expect(response?.status()).toBe(200);
    await expect(page.getByText("The sort order in the link is not one Cleared knows; sorted by name.")).toBeVisible();
    await expect(page.getByText("The page in the link is not one Cleared knows; showing the first page.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Priya Shah" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kevin Tran" })).toHaveCount(0);
    await expectAccessibleList(page);
  });

  test("selected people are granted a task in one confirmed step, asked a sign-off for, and exported", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/people?role=medical_assistant");
    await page.getByLabel("Select Aisha Johnson").check();
    // Keyboard only: Space toggles the focused checkbox.
    await page.getByLabel("Select Kevin Tran").focus();
    await page.keyboard.press("Space");
    await expect(page.getByText("2 selected")).toBeVisible();

    await page.getByRole("button", { name: "Grant an authorization" }).click();
    await page.getByRole("checkbox", { name: "Assisting the provider during procedures" }).check();
    await expectAccessibleList(page);
    await page.getByRole("button", { name: "Grant to 2 people…" }).click();
    const confirm = page.getByRole("dialog", { name: "Grant these tasks at Oakland Clinic?" });
    await expect(confirm).toContainText("Aisha Johnson, Kevin Tran");
    await expectAccessibleList(page);
    await confirm.getByRole("button", { name: "Grant" }).click();
    await expect(page.getByText("Authorized 2 tasks.")).toBeVisible();
    await page.getByRole("button", { name: "Done" }).click();

    await page.getByLabel("Select Kevin Tran").check();
    await page.getByRole("button", { name: "Request sign-off" }).click();
    await page.getByLabel("Task to sign off").selectOption({ label: "Drawing blood (venipuncture)" });
    await page.getByRole("button", { name: "Request for 1 person…" }).click();
    await page.getByRole("dialog", { name: "Ask for sign-offs at Oakland Clinic?" }).getByRole("button", { name: "Send requests" }).click();
    await expect(page.getByText(/Kevin Tran: (Sent to .*Shah|Already requested today)/)).toBeVisible();

    await page.getByLabel("Select everyone on this page").check();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export selected (CSV)" }).click();
    const csv = await readFile((await (await download).path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFName,Role,Credential tier,Locations,Not cleared or check first (authorized tasks),Outside supervision hours now,Expiring within 30 days");
    expect(csv).toContain("Kevin Tran,");
    expect(csv).toContain("Drawing blood (venipuncture) at Oakland Clinic (not cleared)");
    expect(csv).not.toContain("Emily Nguyen");
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the list reads as one card per person, without sideways scrolling, and rows can still be selected", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/people");
    await expect(page.getByRole("link", { name: "Kevin Tran" })).toBeVisible();
    await expect(page.getByText("Expiring within 30 days:").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessibleList(page);
    await page.getByLabel("Select Kevin Tran").check();
    await expect(page.getByText("1 selected")).toBeVisible();
    await page.getByRole("button", { name: "Grant an authorization" }).click();
    await expect(page.getByRole("heading", { name: "Grant an authorization" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessibleList(page);
  });
});
