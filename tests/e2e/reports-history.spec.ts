import { expect, test } from "@playwright/test";
import { DEMO, captureForReadme, expectAccessible, personId, signInAs } from "./support/fixtures";

// Emily (Tacoma) was authorized for venipuncture on 2021-01-04 and first validated on 2021-03-15:
// on 1 February 2021 her competency was not yet documented.
const BEFORE_VALIDATION = { date: "2021-02-01", time: "10:00" };
const VENIPUNCTURE = "Drawing blood (venipuncture)";

test.describe("point-in-time reconstruction", () => {
  test("the auditor sees that Emily was not cleared for venipuncture before her competency was validated", async ({ page }) => {
    await signInAs(page, DEMO.auditor);
    await page.goto("/reports");
    await page.getByRole("link", { name: "Clearances as of a moment" }).click();
    await expect(page.getByRole("heading", { name: "Clearances as of a moment" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("checkbox", { name: "Tacoma Clinic (WA)" }).check();
    await page.getByLabel("Date").fill(BEFORE_VALIDATION.date);
    await page.getByLabel(/^Time/).fill(BEFORE_VALIDATION.time);
    await page.getByRole("button", { name: "Show" }).click();

    const tacoma = page.getByRole("region", { name: /Tacoma Clinic/ }).first();
    await expect(tacoma).toContainText("As of 2021-02-01 10:00 Pacific Standard Time");
    const cell = page.getByRole("link", { name: `Not cleared for Emily Nguyen, ${VENIPUNCTURE}: details` });
    await expect(cell).toBeVisible();
    await expectAccessible(page);
    await captureForReadme(page, "as-of-report");

    await cell.click();
    await expect(page.getByRole("heading", { name: `${VENIPUNCTURE} for Emily Nguyen at Tacoma Clinic, 2021-02-01 10:00 Pacific Standard Time` })).toBeVisible();
    await expect(page.getByText("Missing: a documented competency validation for drawing blood (venipuncture).").first()).toBeVisible();
    await expect(page.getByText("State rule version:")).toBeVisible();
    await expect(page.getByRole("table", { name: "Evidence used, with ids and versions" })).toContainText("Authorization");
    await expect(page.getByText(/verify with your state medical board/)).toBeVisible();
    await expectAccessible(page);

    const csv = await page.request.get((await page.getByRole("link", { name: "Download CSV" }).getAttribute("href"))!);
    expect(csv.status()).toBe(200);
    const text = await csv.text();
    expect(text).toContain("Emily Nguyen");
    expect(text.split("\r\n").find((line) => line.includes(VENIPUNCTURE))).toContain("not_cleared");
  });

  test("the auditor lists who could draw blood at Tacoma at that moment and opens one person's check", async ({ page }) => {
    await signInAs(page, DEMO.auditor);
    await page.goto("/reports/who-can");
    await expectAccessible(page);
    await page.getByRole("combobox", { name: "Task" }).selectOption({ label: VENIPUNCTURE });
    await page.getByLabel("Location").selectOption({ label: "Tacoma Clinic (WA)" });
    await page.getByLabel("Date").fill(BEFORE_VALIDATION.date);
    await page.getByLabel(/^Time/).fill(BEFORE_VALIDATION.time);
    await page.getByRole("button", { name: "Show" }).click();

    const emily = page.getByRole("row").filter({ has: page.getByRole("link", { name: "Emily Nguyen" }) });
    await expect(emily).toContainText("Not cleared");
    await expect(emily).toContainText("Missing: a documented competency validation");
    await expect(page.getByRole("row")).toHaveCount(2);
    await expectAccessible(page);

    await emily.getByRole("link", { name: "Emily Nguyen" }).click();
    await expect(page.getByRole("heading", { name: /^Drawing blood \(venipuncture\) at Tacoma Clinic, 2021-02-01 10:00/ })).toBeVisible();
  });

  test("the auditor finds a check in the decision log and opens the breakdown as it was shown", async ({ page }) => {
    const emily = await personId(page, "Emily Nguyen");
    await signInAs(page, DEMO.auditor);
    // Someone checks a task: that answer is what the log keeps.
    await page.goto(`/people/${emily}/check?task=taskvenipuncture&date=${BEFORE_VALIDATION.date}&time=${BEFORE_VALIDATION.time}`);
    await expect(page.getByRole("heading", { name: /^Drawing blood \(venipuncture\) at Tacoma Clinic/ })).toBeVisible();

    await page.goto("/reports");
    await page.getByRole("link", { name: "What the system said" }).click();
    await page.getByLabel("Person").fill("Emily Nguyen");
    await page.getByLabel("Answer").selectOption({ label: "Not cleared" });
    await page.getByRole("button", { name: "Filter" }).click();
    const row = page.getByRole("row").filter({ hasText: VENIPUNCTURE }).filter({ hasText: DEMO.auditor }).first();
    await expect(row).toContainText("Emily Nguyen");
    await expect(row).toContainText("2021-02-01 10:00 Pacific Standard Time");
    await expectAccessible(page);

    await row.getByRole("link", { name: /^Decision \d+, asked/ }).click();
    await expect(page.getByRole("heading", { name: /^Decision \d+$/ })).toBeVisible();
    await expect(page.getByText(DEMO.auditor)).toBeVisible();
    await expect(page.getByRole("heading", { name: `${VENIPUNCTURE} for Emily Nguyen at Tacoma Clinic` })).toBeVisible();
    await expect(page.getByText("Missing: a documented competency validation for drawing blood (venipuncture).").first()).toBeVisible();
    await expect(page.getByText("2.1.0").first()).toBeVisible();
    await expectAccessible(page);
  });
});
