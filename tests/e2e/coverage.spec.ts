import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, nextWeekday, signInAs } from "./support/fixtures";

/**
 * The supervision week marks a half hour covered only where the answers would find the supervision
 * the rules require. Tacoma's Friday mornings have only Jordan Ellis (NP) on site, and the demo's
 * Washington rule leaves injections to physicians: covered for vital signs, not for injections.
 */
const FRIDAY = nextWeekday(5);
const FRIDAY_COLUMN = 5;

async function tacomaSupervision(page: Page): Promise<string> {
  await signInAs(page, DEMO.managerTacoma);
  await page.goto("/locations");
  await page.getByRole("link", { name: /Tacoma Clinic/ }).first().click();
  await page.getByRole("link", { name: /Supervision/ }).first().click();
  await expect(page.getByRole("heading", { name: "Supervision at Tacoma Clinic" })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The cell of the Friday column in the row of a half hour. */
const fridayAt = (page: Page, time: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: time, exact: true }) }).getByRole("cell").nth(FRIDAY_COLUMN);

async function expectNoDuplicateLandmarks(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(["landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const width of [1280, 390]) {
  test(`at ${width} px, a manager sees that an NP on site does not cover injections, filters by task, and is told of an unknown task`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const path = await tacomaSupervision(page);
    await page.goto(`${path}?week=${FRIDAY}`);

    // Every task: Friday 08:00 is only partly covered, and the list says which task and why.
    await expect(fridayAt(page, "08:00")).toContainText("Partly");
    await expect(fridayAt(page, "08:00")).toContainText(/not covered for .*Giving certain injections/);
    await expect(page.getByText(/Lacking coverage at some hours a supervisor is there: .*Giving certain injections/)).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "07:00–13:00, Giving certain injections" })).toContainText("(there: Jordan Ellis)");
    await expectAccessible(page);
    await expectNoDuplicateLandmarks(page);

    // One task at a time, from the filter; the address keeps it.
    await page.getByLabel("Show coverage for").selectOption({ label: "Giving certain injections" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(/task=injections(&|$)/);
    await expect(page.getByRole("heading", { name: /: Giving certain injections$/ })).toBeVisible();
    await expect(fridayAt(page, "08:00")).toContainText("Not covered");
    await expect(fridayAt(page, "08:00")).toContainText("On site: Jordan Ellis");
    await expect(fridayAt(page, "13:00")).toContainText("Gap");
    await expectAccessible(page);
    await expectNoDuplicateLandmarks(page);

    await page.getByLabel("Show coverage for").selectOption({ label: "Recording vital signs, height, and weight" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(/task=vitals(&|$)/);
    await expect(fridayAt(page, "08:00")).toHaveText("On site");
    await page.getByRole("link", { name: "Next week" }).click();
    await expect(page).toHaveURL(/task=vitals(&|$)/);

    // An unknown task is named and refused; the week shows every task.
    await page.goto(`${path}?week=${FRIDAY}&task=juggling`);
    await expect(page.getByRole("status").filter({ hasText: "There is no supervised task “juggling” to show coverage for" })).toBeVisible();
    await expect(page.getByLabel("Show coverage for")).toHaveValue("");
    await expect(fridayAt(page, "08:00")).toContainText("Partly");
    await expectAccessible(page);
    await expectNoDuplicateLandmarks(page);
  });
}
