import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { DEMO, captureForReadme, expectAccessible, mainNav, signInAs } from "./support/fixtures";

async function exportFor(page: Page, format: "CSV" | "PDF") {
  await page.goto("/");
  await mainNav(page).getByRole("link", { name: "Reports" }).click();
  await page.getByRole("link", { name: "Competency records export" }).click();
  await page.getByRole("checkbox", { name: "Oakland Clinic" }).check();
  await page.getByRole("radio", { name: new RegExp(`^${format}`) }).check();
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export" }).click();
  const file = await download;
  await expect(page.getByText(`Downloaded ${file.suggestedFilename()}`)).toBeVisible();
  return { file, bytes: await readFile((await file.path())!) };
}

test("the auditor exports Oakland's competency records as CSV; the page shows the hash the audit trail holds", async ({ page }) => {
  await signInAs(page, DEMO.auditor);
  const { file, bytes } = await exportFor(page, "CSV");
  expect(file.suggestedFilename()).toMatch(/^cleared-records-\d{4}-\d{2}-\d{2}-\w{8}\.csv$/);
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFFlocation,time_zone,person,employee_id,task,authorization")).toBe(true);
  expect(text).toContain("Oakland Clinic,America/Los_Angeles,Maria Gonzalez");
  expect(text).toContain("Direct observation");
  expect(text).toContain("Maria Gonzalez");
  expect(text).not.toContain("Emily Nguyen");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await expect(page.getByText(sha256)).toBeVisible();
  await expectAccessible(page);
  await captureForReadme(page, "auditor-export");

  await page.goto("/reports/verify");
  await page.getByLabel("File to check").setInputFiles({ name: file.suggestedFilename(), mimeType: "text/csv", buffer: bytes });
  await expect(page.getByText("Matches an export on record: the file is unchanged.")).toBeVisible();
  await expect(page.getByText(/exported by auditor@cleared\.example/)).toBeVisible();
  await page.getByLabel("File to check").setInputFiles({ name: "edited.csv", mimeType: "text/csv", buffer: Buffer.concat([bytes, Buffer.from("x")]) });
  await expect(page.getByText("No export on record produced this file.")).toBeVisible();
  await expectAccessible(page);
});

test("the auditor exports a PDF report for one location; its first page names what it covers", async ({ page }) => {
  await signInAs(page, DEMO.auditor);
  const { bytes } = await exportFor(page, "PDF");
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: false });
  expect(text[0]).toContain("Competency records");
  expect(text[0]).toContain("Oakland Clinic");
  expect(text[0]).toContain("Sandra Patel (auditor@cleared.example)");
  expect(text[0]).toMatch(/page 1 of \d+/);
  const body = text.slice(1).join(" ").replace(/\s+/g, " ");
  expect(body).toContain("Maria Gonzalez");
  expect(body).toContain("Direct observation");
  expect(body).toMatch(/Times in America\/Los_Angeles/);
});

for (const width of [390, 1280]) {
  test(`the competency report page reads at ${width} px: no sideways scrolling, accessible, one of each landmark`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, DEMO.auditor);
    await page.goto("/reports/records");
    await expect(page.getByRole("heading", { name: "Competency records export" })).toBeVisible();
    await expect(page.getByRole("radio", { name: /^PDF report \(a table per location\)/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await expectAccessible(page);
    const landmarks = await new AxeBuilder({ page }).withRules(["landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "landmark-unique"]).analyze();
    expect(landmarks.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("a manager cannot export another location's records", async ({ page }) => {
  await signInAs(page, DEMO.managerTacoma);
  await page.goto("/reports/records");
  await expect(page.getByRole("checkbox", { name: "Oakland Clinic" })).toHaveCount(0);
  const locations = await page.request.get("/api/export/records?format=csv");
  expect(locations.status()).toBe(200);
  expect(await locations.text()).not.toContain("Oakland Clinic");
});
