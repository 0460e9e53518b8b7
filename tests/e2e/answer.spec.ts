import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, nextWeekday, personId, signInAs } from "./support/fixtures";

/**
 * The MA's answer, as she reads it on a phone and a manager reads it at a desk: one line per task
 * that says what to do and whom to ask by name; what is the same for many tasks (outside
 * supervision hours, an expiring record) said once; no internal ids; the printed page names her.
 */
const TUESDAY = nextWeekday(2);
const SUNDAY = nextWeekday(0);
const KEVIN = "kevin@cleared.example";
const AISHA = "aisha@cleared.example";
const ID_LIKE = /\bc[a-z0-9]{20,}\b/;

const LANDMARK_RULES = ["landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "landmark-unique"];

/** axe-core: no serious or critical violations, and no duplicate landmarks (a moderate finding the shared check lets pass). */
async function expectCleanPage(page: Page) {
  await expectAccessible(page);
  const landmarks = await new AxeBuilder({ page }).withRules(LANDMARK_RULES).analyze();
  expect(landmarks.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

function times(text: string, part: string): number {
  return text.split(part).length - 1;
}

const rowOf = (page: Page, task: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: task, exact: true }) });

for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`the MA's answer at ${width} px`, () => {
    test.use({ viewport: { width, height } });

    test("after hours: supervision hours said once, 'Outside hours' apart from real gaps, and the printed page names her", async ({ page }) => {
      const maria = await personId(page, "Maria Gonzalez");
      await signInAs(page, DEMO.maria);
      await page.goto(`/people/${maria}/clearances?date=${SUNDAY}&time=21:30`);
      await expect(page.getByRole("heading", { name: "My clearances" })).toBeVisible();
      const notice = page.getByRole("status").filter({ hasText: "Outside supervision hours (Sun 21:30" });
      await expect(notice).toHaveCount(1);
      await expect(notice).toContainText("Dr. Shah (MD): Mon–Fri 07:00–19:00");
      const main = await page.locator("main").innerText();
      expect(times(main, "Mon–Fri 07:00–19:00")).toBe(1);
      const venipuncture = rowOf(page, "Drawing blood (venipuncture)");
      await expect(venipuncture).toContainText("Outside hours");
      await expect(venipuncture).toContainText("Not cleared now: outside supervision hours. Do it while a supervisor is on site.");
      // "Check first" says whom to ask.
      const relay = rowOf(page, "Relaying provider-approved instructions to patients");
      await expect(relay).toContainText("Check first: California law does not address this task (");
      await expect(relay).toContainText("Ask Olivia Chen before acting.");
      // A real limit is still a plain "not cleared", with its own reason.
      await expect(rowOf(page, "Interpreting test results")).toContainText("Not cleared: this belongs to the licensed provider");
      expect(main).not.toMatch(ID_LIKE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectCleanPage(page);

      await page.emulateMedia({ media: "print" });
      await expect(page.getByText(/^Clearances for Maria Gonzalez, \d{4}-\d{2}-\d{2} 21:30/)).toBeVisible();
      await page.emulateMedia({ media: "screen" });
    });

    test("one expiring record is one warning, and a missing qualification names who to ask", async ({ page }) => {
      const kevin = await personId(page, "Kevin Tran");
      await signInAs(page, KEVIN);
      await page.goto(`/people/${kevin}/clearances?date=${TUESDAY}&time=10:40`);
      const main = await page.locator("main").innerText();
      expect(times(main, `Your record "Clinical skills check-off" expires on`)).toBe(1);
      await expect(page.getByRole("status").filter({ hasText: "Expiring soon" })).toContainText(/For \d+ tasks: /);
      await expect(rowOf(page, "Drawing blood (venipuncture)")).toContainText("Not cleared: 10 training hours needed, 6 on file. Ask Olivia Chen how to complete the training on file.");
      // The full reason is one click away.
      const venipuncture = rowOf(page, "Drawing blood (venipuncture)");
      await venipuncture.getByText("Why").click();
      await expect(venipuncture.getByText("Missing: 10 hours of documented training (on file: 6).")).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectCleanPage(page);
    });

    test("Check a task leads with what to do, with the four factors below and no record ids", async ({ page }) => {
      const aisha = await personId(page, "Aisha Johnson");
      await signInAs(page, AISHA);
      await page.goto(`/people/${aisha}/check?task=taskvenipuncture&date=${TUESDAY}&time=10:40`);
      const verdict = page.locator("#answer-verdict");
      await expect(verdict).toContainText(/Not cleared: your drawing blood \(venipuncture\) competency expired on \d{1,2} [A-Z][a-z]+ \d{4}\. Ask Olivia Chen to schedule a sign-off\./);
      await expect(page.getByRole("heading", { name: "The four factors" })).toBeVisible();
      await expect(page.getByText(/competency expired on \d{1,2} [A-Z][a-z]+ \d{4}/).first()).toBeVisible();
      expect(await page.locator("main").innerText()).not.toMatch(ID_LIKE);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectCleanPage(page);
    });

    test("a manager's staff profile: a moment picker, reasons and what to fix, and after hours is not a wall of red", async ({ page }) => {
      const kevin = await personId(page, "Kevin Tran");
      await signInAs(page, DEMO.managerOakland);
      await page.goto(`/people/${kevin}`);
      const card = page.getByRole("region", { name: "Clearances now" });
      await card.getByLabel("Date", { exact: true }).fill(TUESDAY);
      await card.getByLabel(/^Time/).fill("10:40");
      await card.getByRole("button", { name: "Show" }).click();
      const atMoment = page.getByRole("region", { name: "Clearances at a moment" });
      await expect(atMoment).toContainText("Not cleared: 10 training hours needed, 6 on file. To fix: add the missing training or certification records.");
      await expectCleanPage(page);

      await atMoment.getByLabel("Date", { exact: true }).fill(SUNDAY);
      await atMoment.getByLabel(/^Time/).fill("21:30");
      await atMoment.getByRole("button", { name: "Show" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Outside supervision hours (Sun 21:30" })).toHaveCount(1);
      const cells = page.getByRole("region", { name: "Clearances at a moment" }).getByRole("table");
      await expect(cells.getByText("Outside hours").first()).toBeVisible();
      await expect(cells.getByRole("row").filter({ hasText: "Drawing blood (venipuncture)" })).toContainText("Not cleared: 10 training hours needed");
      await expectCleanPage(page);
    });
  });
}
