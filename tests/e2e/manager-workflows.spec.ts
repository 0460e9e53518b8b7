import { expect, test, type Page } from "@playwright/test";
import { CERTIFICATE_PDF, DEMO, captureForReadme, expectAccessible, nextWeekday, pacificDate, personId, signInAs } from "./support/fixtures";

const SUNDAY = nextWeekday(0);
const VENIPUNCTURE = "Drawing blood (venipuncture)";

async function checkVenipuncture(page: Page, person: string, time: string) {
  await page.goto(`/people/${person}/check?task=taskvenipuncture&date=${SUNDAY}&time=${time}`);
  return page.getByRole("heading", { name: /^Drawing blood \(venipuncture\) at Oakland Clinic/ }).locator("../..");
}

test.describe.serial("a manager takes a medical assistant from nothing to cleared", () => {
  let rosa: string;

  test.beforeAll(async ({ browser }) => {
    const page = await browser.newPage();
    rosa = await personId(page, "Rosa Martinez");
    await page.close();
  });

  test("granting venipuncture shows the missing training before saving", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto(`/people/${rosa}`);
    await page.getByRole("link", { name: "Authorize tasks" }).click();
    await page.getByRole("checkbox", { name: VENIPUNCTURE, exact: true }).check();
    const preview = page.getByRole("region", { name: /What the answer will be once saved/ });
    await expect(preview.getByText("Will be not cleared")).toBeVisible();
    await expect(preview).toContainText(/training/i);
    await expectAccessible(page);
    await captureForReadme(page, "grant-preview");
    await page.getByRole("button", { name: "Authorize" }).click();
    await expect(page.getByText(/Authorized 1 task/)).toBeVisible();

    await page.goto(`/people/${rosa}`);
    await expect(page.getByRole("region", { name: "Authorizations at Oakland Clinic" }).getByRole("listitem").filter({ hasText: VENIPUNCTURE })).toContainText("Active");
  });

  test("the manager records the training with its certificate", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto(`/people/${rosa}`);
    await page.getByRole("link", { name: "Add record" }).click();
    await page.getByLabel("Title").fill("Phlebotomy course");
    await page.getByLabel("Training provider").fill("Laney College");
    await page.getByLabel("Hours").fill("12");
    await page.getByLabel("Supervised procedures performed").fill("12");
    await page.getByLabel("Completed on").fill(pacificDate(-7));
    await page.getByRole("checkbox", { name: VENIPUNCTURE, exact: true }).check();

    // A web page saved with a .pdf name is refused, and what was typed stays.
    await page.getByLabel("Evidence files").setInputFiles({ name: "certificate.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") });
    await page.getByRole("button", { name: "Save record" }).click();
    await expect(page.getByText(/"certificate.pdf" is named like a PDF document but its contents are not a PDF/).first()).toBeVisible();
    await expect(page.getByLabel("Title")).toHaveValue("Phlebotomy course");

    await page.getByLabel("Evidence files").setInputFiles(CERTIFICATE_PDF);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save record" }).click();
    await expect(page.getByText("Record saved.")).toBeVisible();

    await page.goto(`/people/${rosa}`);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: CERTIFICATE_PDF.name }).first().click();
    expect((await download).suggestedFilename()).toBe(CERTIFICATE_PDF.name);
  });

  test("a provider signs off competency; without supervision on Sunday she is still not cleared", async ({ page }) => {
    await signInAs(page, "dr.shah@cleared.example");
    await page.goto(`/people/${rosa}`);
    await page.getByRole("link", { name: "Sign off competency" }).click();
    await page.getByRole("checkbox", { name: VENIPUNCTURE, exact: true }).check();
    await page.getByRole("radio", { name: "Direct observation" }).check();
    await expect(page.getByText(/Priya Shah, observed Rosa Martinez perform drawing blood \(venipuncture\) competently/)).toBeVisible();
    await page.getByRole("checkbox", { name: /I confirm this statement/ }).check();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign off competency" }).click();
    await expect(page.getByText("Competency signed off.")).toBeVisible();

    await signInAs(page, DEMO.managerOakland);
    const answer = await checkVenipuncture(page, rosa, "10:40");
    await expect(answer).toContainText("Not cleared");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Training and competency" }) })).toContainText("Met");
    await expect(page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Supervision" }) })).not.toContainText("Met");
  });

  test("a Sunday supervision window makes her cleared during it, and only during it", async ({ page }) => {
    await signInAs(page, DEMO.managerOakland);
    await page.goto("/locations");
    await page.getByRole("link", { name: /Oakland Clinic/ }).first().click();
    await page.getByRole("link", { name: "Supervision", exact: true }).click();
    await page.getByRole("link", { name: /New arrangement/ }).click();
    await page.getByLabel("Supervisor").selectOption({ label: "Priya Shah (MD)" });
    await page.getByLabel("Level").selectOption("on_premises");
    await page.getByLabel("Day of window 1").selectOption({ label: "Sunday" });
    await page.getByLabel("Start of window 1").fill("09:00");
    await page.getByLabel("End of window 1").fill("08:00");
    await page.getByRole("button", { name: "Save arrangement" }).click();
    await expect(page.getByText("The window ends (08:00) before it starts (09:00). Split a night shift into two windows: 09:00–00:00 and 00:00–08:00 the next day.")).toBeVisible();
    await expect(page.getByLabel("Supervisor"), "what was chosen stays after a refused save").toHaveValue(/.+/);
    await page.getByLabel("End of window 1").fill("13:00");
    await expectAccessible(page);
    await page.getByRole("button", { name: "Save arrangement" }).click();
    await expect(page.getByText("Supervision arrangement saved.")).toBeVisible();

    await page.goto(`/locations/${new URL(page.url()).pathname.split("/")[2]}/supervision`);
    await expectAccessible(page);
    await captureForReadme(page, "supervision-week");

    await signInAs(page, "rosa@cleared.example");
    await expect(await checkVenipuncture(page, rosa, "10:40")).toContainText("Cleared");
    await expect(page.getByText("Dr. Shah (MD) is supervising now")).toBeVisible();
    await expect(await checkVenipuncture(page, rosa, "14:10")).toContainText("Not cleared");
  });
});

test("the manager's home page counts what expires and links to the record", async ({ page }) => {
  await signInAs(page, DEMO.managerOakland);
  await page.goto("/");
  const card = page.getByRole("link", { name: /Expiring within 30 days/ });
  await expect(card).toContainText("1");
  const expiring = page.locator("#expiring");
  await expect(expiring.getByRole("link", { name: "Kevin Tran" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Records expiring per month/ })).toBeVisible();
  await expectAccessible(page);
  await captureForReadme(page, "manager-dashboard");
  await expiring.getByRole("listitem").filter({ hasText: "Clinical skills check-off" }).getByRole("link", { name: "renew or correct" }).click();
  await expect(page.getByRole("heading", { name: "Clinical skills check-off" })).toBeVisible();
});

test("a CSV import reports the one bad row, then imports the rest", async ({ page }) => {
  await signInAs(page, DEMO.managerOakland);
  await page.goto("/locations");
  await page.getByRole("link", { name: /Oakland Clinic/ }).first().click();
  await page.getByRole("link", { name: /Import/ }).click();
  const people = page.getByRole("region", { name: /People/ });
  const csv = [
    "employee_id,first_name,last_name,role,provider_type,credential_tier,employment_start",
    "E7001,Lena,Park,medical_assistant,,ma_c,2026-09-01",
    "E7002,Omar,Haddad,medical_assistant,,,2026-31-09",
    "E7003,Ines,Ruiz,medical_assistant,,,2026-09-01",
  ].join("\n");
  await people.getByLabel("CSV file").setInputFiles({ name: "new-staff.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await people.getByRole("button", { name: "Check file" }).click();
  await expect(people.getByText("2 of 3 rows are ready to import; 1 has problems.")).toBeVisible();
  await expect(people.getByRole("row", { name: /^3 Error employment_start/ })).toBeVisible();
  await expectAccessible(page);
  await captureForReadme(page, "csv-import");
  await people.getByRole("button", { name: "Import 2 valid rows" }).click();
  await expect(people.getByText(/Imported 2 rows; 1 skipped/)).toBeVisible();

  await page.goto("/people?q=Park");
  await expect(page.getByRole("link", { name: "Lena Park" })).toBeVisible();
});
