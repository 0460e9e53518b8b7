import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * axe-core's landmark rules, which its WCAG tags leave out (they are best practice): no two
 * landmarks of a kind share a name, and a page has one banner, one main and one contentinfo.
 */
export async function expectUniqueLandmarks(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withRules(["landmark-unique", "landmark-no-duplicate-banner", "landmark-no-duplicate-main", "landmark-no-duplicate-contentinfo", "landmark-one-main"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
