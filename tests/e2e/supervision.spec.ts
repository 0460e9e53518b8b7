import { expect, test } from "@playwright/test";
import { DEMO, captureForReadme, expectAccessible, pacificDate, personId, signInAs } from "./support/fixtures";
import { plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";

/**
 * Before Dr. Shah's week off is saved, the Oakland manager previews it: who would lose which tasks
 * when, and who else could cover; saving it from there changes Maria's answers for that week.
 * The week is three weeks ahead, so no other test's moments fall in it.
 */
const ahead = pacificDate(21);
const MONDAY = plusDays(ahead, (8 - wallClock(new Date(`${ahead}T20:00:00Z`), "America/Los_Angeles").weekday) % 7);
const FRIDAY = plusDays(MONDAY, 4);
const TUESDAY = plusDays(MONDAY, 1);

test("a manager previews a provider's absence, sees the affected MAs, saves it, and an MA's answers change", async ({ page }) => {
  const maria = await personId(page, "Maria Gonzalez");
  await signInAs(page, DEMO.maria);
  await page.goto(`/people/${maria}/clearances?date=${TUESDAY}&time=10:00`);
  const venipuncture = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Drawing blood (venipuncture)", exact: true }) });
  await expect(venipuncture).toContainText("Cleared");
  await page.context().clearCookies();

  await signInAs(page, DEMO.managerOakland);
  await page.goto("/locations");
  await page.getByRole("link", { name: /Oakland Clinic/ }).first().click();
  await page.getByRole("link", { name: /Supervision/ }).first().click();
  await page.getByRole("link", { name: "What if a provider is away?" }).click();
  await page.getByRole("combobox", { name: /^Provider/ }).selectOption({ label: "Priya Shah (MD)" });
  await page.getByLabel("First day").fill(MONDAY);
  await page.getByLabel("Last day").fill(FRIDAY);
  await page.getByLabel("Reason").fill("vacation");
  await page.getByRole("button", { name: "Preview who is affected" }).click();

  await expect(page.getByText(/If Priya Shah is away .* time windows? would stop being cleared, for \d+ medical assistants?\./)).toBeVisible();
  const table = page.getByRole("table").filter({ hasText: "No longer cleared" });
  await expect(table.getByRole("row").filter({ hasText: "Maria Gonzalez" }).filter({ hasText: "Drawing blood (venipuncture)" })).toContainText(`${MONDAY} 07:00–19:00`);
  await expect(page.getByRole("heading", { name: "Who else could cover" })).toBeVisible();
  await expect(page.getByText(/Jordan Ellis \(NP\) · planned here Sat 09:00–13:00/)).toBeVisible();
  await expectAccessible(page);
  await captureForReadme(page, "what-if-absence");

  await page.getByRole("button", { name: "Save absence" }).click();
  await expect(page.getByText(`Absence saved: ${MONDAY} to ${FRIDAY}.`)).toBeVisible();
  await page.goto(`/locations/${new URL(page.url()).pathname.split("/")[2]}/supervision?week=${MONDAY}`);
  await expect(page.getByRole("listitem").filter({ hasText: `Away: Dr. Shah (MD), ${MONDAY} to ${FRIDAY} (vacation)` })).toBeVisible();
  await expect(page.getByRole("cell", { name: /Gap.*Priya Shah away/ }).first()).toBeVisible();
  await expectAccessible(page);
  await page.context().clearCookies();

  await signInAs(page, DEMO.maria);
  await page.goto(`/people/${maria}/clearances?date=${TUESDAY}&time=10:00`);
  await expect(page.getByText("Dr. Shah (MD) is out today (vacation); supervised tasks are not cleared for the rest of the day.")).toBeVisible();
  await expect(venipuncture).toContainText("Not cleared");
  await expect(venipuncture).toContainText("Dr. Shah (MD) is away (vacation)");
  await expectAccessible(page);
});
