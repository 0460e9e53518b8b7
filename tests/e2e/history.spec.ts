import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, nextWeekday, pacificDate, personId, signInAs } from "./support/fixtures";
import { longDate } from "@/lib/clearance/summary-wording";

/**
 * Facts that change, as a manager changes them and as the medical assistant then reads her answers:
 * Hannah Olsen (Tacoma) is supervised by Dr. Lee's weekday arrangement until it is edited to name
 * other people, and is employed until her employment is ended. The answers are read for next
 * Tuesday at 10:00, when Dr. Lee is scheduled.
 */
const HANNAH = "hannah@cleared.example";
const TUESDAY = nextWeekday(2);
const SPECIMENS = "Collecting specimens";

async function myAnswer(page: Page, hannah: string, task: string) {
  await signInAs(page, HANNAH);
  await page.goto(`/people/${hannah}/clearances?date=${TUESDAY}&time=10:00`);
  await expect(page.getByRole("heading", { name: "My clearances" })).toBeVisible();
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: task, exact: true }) });
}

test.describe.serial("a manager's edits change what a medical assistant is cleared for", () => {
  let hannah: string;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    hannah = await personId(page, "Hannah Olsen");
    await page.close();
  });

  test("an arrangement edited so that it no longer names her stops covering her from its start", async ({ page }) => {
    await expect(await myAnswer(page, hannah, SPECIMENS)).toContainText("Cleared");
    await page.context().clearCookies();

    await signInAs(page, DEMO.managerTacoma);
    await page.goto("/locations");
    await page.getByRole("link", { name: /Tacoma Clinic/ }).first().click();
    await page.getByRole("link", { name: /Supervision/ }).first().click();
    const weekdays = page.getByRole("listitem").filter({ hasText: "Mon–Thu 07:00–18:00" });
    await weekdays.getByRole("link", { name: /Daniel Lee/ }).click();
    await expect(page.getByRole("heading", { name: "Change from a date" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Start date").fill(pacificDate(0));
    await page.getByRole("radio", { name: "Chosen people" }).check();
    for (const name of ["Emily Nguyen", "Marcus Brown", "Tyler Reed"]) await page.getByRole("checkbox", { name, exact: true }).check();
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect(page.getByText(/Saved as version 2, in force from \d{4}-\d{2}-\d{2}; the schedule before it stays as it was\./)).toBeVisible();
    await page.context().clearCookies();

    // Dr. Lee no longer supervises her; only Jordan Ellis's Friday mornings still do.
    const after = await myAnswer(page, hannah, SPECIMENS);
    await expect(after).toContainText("Outside hours");
    await expect(after).toContainText("Not cleared now: outside supervision hours.");
    await expect(after).not.toContainText("Dr. Lee");
    // The hours are said once for the location, not in every task's row.
    const hours = page.getByRole("status").filter({ hasText: "Outside supervision hours (Tue 10:00" });
    await expect(hours).toHaveCount(1);
    await expect(hours).toContainText("Jordan Ellis (NP): Fri 07:00–13:00");
    await expectAccessible(page);
  });

  test("after her employment is ended she is not cleared there, and the answer says when it ended", async ({ page }) => {
    const yesterday = pacificDate(-1);
    await signInAs(page, DEMO.managerTacoma);
    await page.goto(`/people/${hannah}`);
    const employment = page.getByRole("region", { name: "Employment", exact: true });
    await employment.getByRole("button", { name: "End employment at Tacoma Clinic" }).click();
    const dialog = page.getByRole("dialog", { name: "End employment at Tacoma Clinic?" });
    await dialog.getByLabel("Last day").fill(yesterday);
    await dialog.getByLabel("Reason").fill("Moved away");
    await dialog.getByRole("button", { name: "End employment" }).click();
    await expect(dialog).toBeHidden();
    await expect(employment).toContainText(`last day ${yesterday}`);
    await page.context().clearCookies();

    const row = await myAnswer(page, hannah, "Scheduling, phones, check-in, correspondence");
    await expect(row).toContainText("Not cleared");
    await expect(row).toContainText(`Not cleared: your employment at Tacoma Clinic ended on ${longDate(yesterday)}. Ask Ben Carter about your employment here.`);
    await expect(row).toContainText(`Your employment at Tacoma Clinic ended (last day ${longDate(yesterday)})`);
    await page.getByRole("link", { name: "Scheduling, phones, check-in, correspondence", exact: true }).click();
    await expect(page.getByRole("listitem").filter({ hasText: /^Do not perform scheduling/ }).first()).toBeVisible();
    await expectAccessible(page);
  });
});
