import { expect, test } from "@playwright/test";
import { DEMO, expectAccessible, mainNav, nextWeekday, personId, signInAs } from "./support/fixtures";

const TUESDAY = nextWeekday(2);

test.describe("staff self-service", () => {
  test("a medical assistant sees all three answers for her tasks, with the reasons", async ({ page }) => {
    await signInAs(page, DEMO.maria);
    await page.goto("/");
    await mainNav(page).getByRole("link", { name: "My clearances" }).click();
    await expect(page.getByRole("heading", { name: "My clearances" })).toBeVisible();
    await page.getByLabel("Date").fill(TUESDAY);
    await page.getByLabel(/^Time/).fill("10:40");
    await page.getByRole("button", { name: "Show" }).click();

    const row = (task: string) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name: task, exact: true }) });
    await expect(row("Drawing blood (venipuncture)")).toContainText("Cleared");
    await expect(row("Relaying provider-approved instructions to patients")).toContainText("Check first");
    await expect(row("Relaying provider-approved instructions to patients")).toContainText("California law does not address");
    await expect(row("Interpreting test results")).toContainText("Not cleared");
    await expect(row("Interpreting test results")).toContainText("belongs to the licensed provider");
    await expect(page.getByText(/verify with your state medical board/)).toBeVisible();
    await expectAccessible(page);
  });

  test("checking one task shows the four factors, the evidence and the next steps", async ({ page }) => {
    await signInAs(page, DEMO.maria);
    await page.goto("/");
    await mainNav(page).getByRole("link", { name: "Check a task" }).click();
    await page.getByPlaceholder("Type to filter").fill("blood");
    await page.getByRole("combobox", { name: "Task" }).selectOption({ label: "Drawing blood (venipuncture)" });
    await page.getByLabel("Date").fill(TUESDAY);
    await page.getByLabel(/^Time/).fill("10:40");
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByRole("heading", { name: /^Drawing blood \(venipuncture\) at Oakland Clinic/ })).toBeVisible();
    for (const name of ["State law", "Employer policy and authorization", "Training and competency", "Supervision"]) {
      await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name }) })).toContainText("Met");
    }
    await expect(page.getByRole("link", { name: /Cal\. Bus\. & Prof\. Code §2070/ })).toBeVisible();
    await expect(page.getByText("Dr. Shah (MD) is supervising now")).toBeVisible();
    await expect(page.getByRole("heading", { name: "What to do next" })).toBeVisible();
    await expectAccessible(page);
  });

  test("task search finds a task by the words people use for it (shot, flu, BP, blood draw)", async ({ page }) => {
    await signInAs(page, DEMO.maria);
    await page.goto("/");
    await mainNav(page).getByRole("link", { name: "Check a task" }).click();
    const filter = page.getByPlaceholder("Type to filter");
    const options = page.getByRole("combobox", { name: "Task" }).locator("option:not([disabled])");
    await filter.fill("shot");
    await expect(options.filter({ hasText: "Giving certain injections" })).toHaveCount(1);
    await expect(options.filter({ hasText: "Drawing blood" })).toHaveCount(0);
    await filter.fill("flu");
    await expect(options.filter({ hasText: "Intramuscular injections" })).toHaveCount(1);
    await filter.fill("BP");
    await expect(options).toHaveText(["Recording vital signs, height, and weight"]);
    await filter.fill("blood draw");
    await expect(options).toHaveText(["Drawing blood (venipuncture)"]);
  });

  test("a medical assistant whose competency expired is told so, with the date", async ({ page }) => {
    await signInAs(page, "aisha@cleared.example");
    await page.goto("/");
    await mainNav(page).getByRole("link", { name: "Check a task" }).click();
    await page.getByRole("combobox", { name: "Task" }).selectOption({ label: "Drawing blood (venipuncture)" });
    await page.getByLabel("Date").fill(TUESDAY);
    await page.getByLabel(/^Time/).fill("10:40");
    await page.getByRole("button", { name: "Check" }).click();
    await expect(page.getByText("Not cleared").first()).toBeVisible();
    await expect(page.getByText(/competency expired on \d{1,2} [A-Z][a-z]+ \d{4}/).first()).toBeVisible();
  });

  test("a medical assistant cannot open someone else's clearances", async ({ page }) => {
    const emily = await personId(page, "Emily Nguyen");
    await signInAs(page, DEMO.maria);
    expect((await page.goto(`/people/${emily}/clearances`))?.status()).toBe(404);
    expect((await page.goto(`/people/${emily}/check`))?.status()).toBe(404);
  });

  test("a manager opens the clearances of an MA at her location", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/people");
    await page.getByRole("link", { name: "Kevin Tran" }).click();
    await page.getByRole("link", { name: "Clearances" }).click();
    await expect(page.getByRole("heading", { name: "Kevin Tran: clearances" })).toBeVisible();
    await page.getByLabel("Date").fill(TUESDAY);
    await page.getByLabel(/^Time/).fill("10:40");
    await page.getByRole("button", { name: "Show" }).click();
    const venipuncture = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Drawing blood (venipuncture)", exact: true }) });
    await expect(venipuncture.getByText("Not cleared: 10 training hours needed, 6 on file. To fix: add the missing training or certification records.")).toBeVisible();
    await venipuncture.getByText("Why").click();
    await expect(venipuncture.getByText("Missing: 10 hours of documented training (on file: 6).")).toBeVisible();
    await expectAccessible(page);
  });

  test("an auditor reconstructs a past moment read-only", async ({ page }) => {
    const emily = await personId(page, "Emily Nguyen");
    await signInAs(page, DEMO.auditor);
    await page.goto(`/people/${emily}/check?task=taskvenipuncture&date=2021-02-01&time=10:00`);
    await expect(page.getByRole("heading", { name: /^Drawing blood \(venipuncture\) at Tacoma Clinic, 2021-02-01 10:00/ })).toBeVisible();
    await expect(page.getByText("Not cleared").first()).toBeVisible();
    await expect(page.getByText("Missing: a documented competency validation for drawing blood (venipuncture).").first()).toBeVisible();
    await expect(page.getByRole("button", { name: /Save|Grant|Edit|Delete/ })).toHaveCount(0);
  });
});
