import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { DEMO, captureForReadme, expectAccessible, signInAs } from "./support/fixtures";

test.describe("audit trail for the auditor", () => {
  test("filters events, opens one with its diff, and refuses a bad date range with a message", async ({ page }) => {
    await signInAs(page, DEMO.auditor);
    await page.goto("/audit");
    await expect(page.getByRole("heading", { name: "Audit trail", level: 1 })).toBeVisible();
    await expectAccessible(page);

    const filters = page.getByRole("search", { name: "Filter audit events" });
    await filters.getByLabel("Who (email contains)").fill("demo seed");
    await filters.getByLabel("Action", { exact: true }).selectOption("location.create");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=location.create/);
    const rows = page.getByRole("table", { name: /Audit events matching the filters/ }).getByRole("row");
    await expect(rows).toHaveCount(4); // the header and the three demo locations
    // Only the filtered action: the demo's account creations ("… gave … a sign-in") are left out.
    await expect(page.getByRole("table", { name: /Audit events matching the filters/ }).getByText(/gave .* a sign-in/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Download CSV" })).toHaveAttribute("href", /\/api\/audit\/events\?.*action=location.create/);

    const csv = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe("audit-events.csv");
    const csvText = await readFile((await csvFile.path())!, "utf8");
    expect(csvText.split("\r\n").filter(Boolean)).toHaveLength(4);
    expect(csvText).toContain("Oakland Clinic");

    await rows.nth(1).getByRole("link", { name: /^Event \d+$/ }).click();
    await expect(page.getByRole("heading", { name: /^Event #\d+$/, level: 1 })).toBeVisible();
    const diff = page.getByRole("table", { name: "Field changes from before to after" });
    const nameRow = diff.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "name", exact: true }) });
    await expect(nameRow).toContainText("Added");
    await expect(nameRow).toContainText(/(Oakland|Tacoma|Seattle) Clinic/);
    await expect(page.getByText("Matches the content")).toBeVisible();
    await expect(page.getByRole("button", { name: /edit|delete|save/i })).toHaveCount(0);
    await expectAccessible(page);

    await page.goto("/audit?from=2026-03-14&to=2026-03-01");
    await expect(page.getByRole("alert").filter({ hasText: "Check the filters" })).toContainText("“To” is before “From”");
    await expect(page.getByLabel("To", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("verifies the chain, exports its head and checks the trail against it", async ({ page }) => {
    await signInAs(page, DEMO.auditor);
    await page.goto("/audit");
    await page.getByRole("button", { name: "Verify chain now" }).click();
    const intact = page.getByRole("status").filter({ hasText: /Chain intact: \d+ events/ });
    await expect(intact).toContainText(/Head hash [0-9a-f]{64}/);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export chain head" }).click();
    const file = await download;
    const path = (await file.path())!;
    const statement = JSON.parse(await readFile(path, "utf8")) as { format: string; lastSeq: number; count: number; headHash: string };
    expect(statement).toMatchObject({ format: "cleared-audit-head/1", headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });

    await page.getByLabel("Saved head statement file").setInputFiles(path);
    await expect(page.getByLabel("Or paste the statement")).toHaveValue(/cleared-audit-head\/1/);
    await page.getByRole("button", { name: "Check against this head" }).click();
    await expect(page.getByRole("status").filter({ hasText: `Matches: ${statement.count} events up to #${statement.lastSeq} unchanged` })).toContainText(/appended since the head was saved/);
    await expectAccessible(page);
    await captureForReadme(page, "audit-trail");

    await page.getByLabel("Or paste the statement").fill(JSON.stringify({ ...statement, count: statement.count - 1 }));
    await page.getByRole("button", { name: "Check against this head" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "This statement was altered" })).toBeVisible();
  });
});
