import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/dataset";

export const DEMO = {
  admin: "admin@cleared.example",
  managerOakland: "manager.oakland@cleared.example",
  managerTacoma: "manager.tacoma@cleared.example",
  auditor: "auditor@cleared.example",
  maria: "maria@cleared.example",
  emily: "emily@cleared.example",
} as const;

/** Signs in through next-auth's API (fast, no form); the sign-in form has its own test. */
export async function signInAs(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBe(true);
}

/** Signs in through the form, as a person would. */
export async function signInWithForm(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

export function mainNav(page: Page) {
  return page.getByRole("navigation", { name: "Main", exact: true });
}
