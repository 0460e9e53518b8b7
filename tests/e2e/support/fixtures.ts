import AxeBuilder from "@axe-core/playwright";
import { expect, type Cookie, type Page } from "@playwright/test";
import type { Role } from "@/lib/access/policy";
import { DEMO_PASSWORD, DEMO_PEOPLE, DEMO_TOTP_SECRET, demoEmail } from "@/lib/demo/dataset";
import { secondFactorRequired } from "@/lib/second-factor/policy";
import { codeAt, stepAt } from "@/lib/second-factor/totp";
import { wallClock } from "@/lib/time/zoned";

export const DEMO = {
  admin: "admin@cleared.example",
  managerOakland: "manager.oakland@cleared.example",
  managerTacoma: "manager.tacoma@cleared.example",
  auditor: "auditor@cleared.example",
  maria: "maria@cleared.example",
  emily: "emily@cleared.example",
  sofia: "sofia@cleared.example",
  drOkafor: "dr.okafor@cleared.example",
} as const;

/** Demo accounts whose role requires a second factor: they come with the published demo key. */
const STAFF: ReadonlySet<string> = new Set(
  DEMO_PEOPLE.filter((p) => p.login && secondFactorRequired([{ role: p.login.role as Role }])).map(demoEmail),
);

// Each user's sessions once signed in, and the last code step used: a code is accepted once, so
// signing the same user in again within 30 seconds needs the next step's code (or a saved session).
const sessions = new Map<string, Cookie[]>();
const lastStep = new Map<string, number>();

/**
 * An authenticator code for `email` from a step no earlier call used (the server takes each step
 * once), waiting for its 30 seconds when it lies ahead. `secret` defaults to the demo staff key.
 */
export async function nextCode(email: string, secret: string = DEMO_TOTP_SECRET): Promise<string> {
  const step = Math.max(stepAt(new Date()), (lastStep.get(email) ?? 0) + 1);
  const wait = (step - 1) * 30_000 - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 250));
  lastStep.set(email, step);
  return codeAt(secret, new Date(step * 30_000));
}

async function fullySignedIn(page: Page): Promise<boolean> {
  const response = await page.request.get("/account/security", { maxRedirects: 0 });
  return response.status() === 200;
}

/**
 * Signs in through next-auth's API (fast, no form; the sign-in form has its own test), then enters
 * the demo staff code on the second-factor page. A session from an earlier test is reused while it
 * is still valid (not signed out, password unchanged).
 */
export async function signInAs(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  const saved = sessions.get(email);
  if (saved) {
    await page.context().addCookies(saved);
    if (await fullySignedIn(page)) return;
  }
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok(), `sign-in as ${email}`).toBe(true);
  if (STAFF.has(email)) {
    await page.goto("/sign-in/verify");
    await enterDemoCode(page, email);
  }
  sessions.set(email, await page.context().cookies());
}

/**
 * On the second-factor page: the demo staff code, submitted, until the page moves on. Another
 * worker (the phone project runs in its own) may have used this step already: then the next one.
 */
export async function enterDemoCode(page: Page, email: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.getByLabel("Authentication code").fill(await nextCode(email));
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/sign-in/verify");
    await page.getByRole("button", { name: "Verify" }).click();
    await answered;
    const signedIn = await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"), { timeout: 10_000 }).then(() => true, () => false);
    if (signedIn) return;
    await expect(page.getByText("That code is not right, or it was already used.").first()).toBeVisible();
    expect(attempt, `the demo code for ${email} was refused ${attempt} times`).toBeLessThan(3);
  }
}

/** Signs in through the form, as a person would (and the second step, for demo staff). */
export async function signInWithForm(page: Page, email: string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (STAFF.has(email) && password === DEMO_PASSWORD) {
    await page.waitForURL(/\/sign-in\/verify/);
    await enterDemoCode(page, email);
  }
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

/** The date (YYYY-MM-DD, Pacific time) of the next given weekday after today: a moment the demo's schedules cover. */
export function nextWeekday(weekday: number): string {
  for (let days = 1; days <= 7; days++) {
    const wall = wallClock(new Date(Date.now() + days * 86_400_000), "America/Los_Angeles");
    if (wall.weekday === weekday) return wall.date;
  }
  throw new Error("unreachable");
}

/** The id of a demo person, read from the People list as an admin would. */
export async function personId(page: Page, name: string): Promise<string> {
  await signInAs(page, DEMO.admin);
  await page.goto(`/people?q=${encodeURIComponent(name.split(" ")[1] ?? name)}`);
  const href = await page.getByRole("link", { name, exact: true }).getAttribute("href");
  await page.context().clearCookies();
  return href!.split("/").pop()!;
}

/** A README screenshot of the current page, refreshed by every e2e run (desktop only). */
export async function captureForReadme(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true, animations: "disabled" });
}

/** The date (YYYY-MM-DD, Pacific time) `days` from today; negative for the past. */
export function pacificDate(days: number): string {
  return wallClock(new Date(Date.now() + days * 86_400_000), "America/Los_Angeles").date;
}

/** A tiny but genuine PDF, as a scanned certificate would arrive. */
export const CERTIFICATE_PDF = {
  name: "phlebotomy-certificate.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"),
};
