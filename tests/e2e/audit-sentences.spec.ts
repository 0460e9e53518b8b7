import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, expectAccessible, personId, signInAs } from "./support/fixtures";

const DUPLICATE_LANDMARK_RULES = ["landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main"];

/** axe-core's WCAG checks, and no landmark twice (those rules are outside the WCAG tags). */
async function expectCleanPage(page: Page) {
  await expectAccessible(page);
  const landmarks = await new AxeBuilder({ page }).withRules(DUPLICATE_LANDMARK_RULES).analyze();
  expect(landmarks.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const width of [390, 1280]) {
  test.describe(`plain-language history at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("the auditor reads the trail as sentences and opens the raw event in one click", async ({ page }) => {
      await signInAs(page, DEMO.auditor);
      await page.goto("/audit");
      const filters = page.getByRole("search", { name: "Filter audit events" });
      const action = filters.getByLabel("Action", { exact: true });
      await expect(action.getByRole("option", { name: "Authorization created", exact: true })).toBeAttached();
      await action.selectOption("authorization.create");
      await filters.getByLabel("About person").selectOption({ label: "Maria Gonzalez" });
      await filters.getByRole("button", { name: "Filter" }).click();
      await expect(page).toHaveURL(/action=authorization.create/);

      const table = page.getByRole("table", { name: /Audit events matching the filters/ });
      const maria = table.getByRole("row").filter({ hasText: /^.*The demo data setup authorized Maria Gonzalez for .+ at Oakland Clinic, effective \d{1,2} [A-Z][a-z]{2,3} \d{4}\./ });
      await expect(maria.first()).toBeVisible();
      await expect(maria.first()).toContainText(/P[SD]T/);
      await expect(table).not.toContainText("authorization.create");
      await expect(table).not.toContainText("demo seed");
      await expectCleanPage(page);

      await maria.first().getByRole("link", { name: /^Event \d+$/ }).click();
      await expect(page.getByRole("heading", { name: /^Event #\d+$/, level: 1 })).toBeVisible();
      await expect(page.getByText(/^The demo data setup authorized Maria Gonzalez for .+ at Oakland Clinic, effective/)).toBeVisible();
      await expect(page.getByText("authorization.create", { exact: true })).toBeVisible();
      await expect(page.getByText("Matches the content")).toBeVisible();
      await expect(page.getByRole("link", { name: "Maria Gonzalez" })).toBeVisible();
      await expectCleanPage(page);
    });

    test("a manager reads a person's history as sentences, without the raw codes", async ({ page }) => {
      const maria = await personId(page, "Maria Gonzalez");
      await signInAs(page, DEMO.managerOakland);
      await page.goto(`/people/${maria}`);
      const history = page.getByRole("region", { name: "History", exact: true });
      await expect(history.getByText(/The demo data setup authorized Maria Gonzalez for .+ at Oakland Clinic, effective/).first()).toBeVisible();
      await expect(history.getByText(/The demo data setup added the record “Venipuncture competency”/)).toBeVisible();
      await expect(history).not.toContainText(/authorization\.create|trainingRecord\.create|demo seed/);
      // A manager does not read the audit trail, so the history offers no link to it.
      await expect(history.getByRole("link", { name: /^Event \d+/ })).toHaveCount(0);
      await expectCleanPage(page);
    });
  });
}
