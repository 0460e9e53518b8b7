import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createRequire } from "node:module";
import path from "node:path";
import { decode } from "next-auth/jwt";
import type { AuthOptions } from "next-auth";
import { prisma } from "@/lib/db/client";
import { authOptions } from "@/lib/auth/options";
import { authSecret } from "@/lib/auth/secret";
import { sessionCookieName } from "@/lib/auth/session-policy";
import { ssoAuditsSettled } from "@/lib/auth/sso";
import { FACTORY_PASSWORD, makeLocation, makeOrganization, makeUser } from "@/tests/support/factories";
import { startTestProvider, type TestAccount, type TestProvider } from "@/tests/support/oidc-provider";
import { testEngine } from "@/tests/support/test-database";
import { english, spanish } from "@/tests/support/words";

/** The request being handled, for the guard's request context (address, browser) read through next/headers. */
const browser = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
  headers: async () => browser.headers,
}));

/**
 * Single sign-on end to end in one process: next-auth's core handler (what the route handler calls)
 * with the app's options, against a real OpenID provider on a local port. Cookies are carried by
 * hand between the two, as a browser would. The core is loaded by path: next-auth does not export
 * it, and its route wrapper reads next/headers through a require that vi.mock cannot reach.
 */
type InternalResponse = { status?: number; redirect?: string; body?: unknown; cookies?: { name: string; value: string; options?: { maxAge?: number } }[] };
const { AuthHandler } = createRequire(import.meta.url)(path.resolve("node_modules/next-auth/core/index.js")) as {
  AuthHandler: (params: { req: Record<string, unknown>; options: AuthOptions }) => Promise<InternalResponse>;
};
const APP = "http://localhost:3000";
process.env.NEXTAUTH_URL = APP;

let idp: TestProvider;

beforeAll(async () => {
  idp = await startTestProvider({ redirectUri: `${APP}/api/auth/callback/oidc` });
  process.env.OIDC_ISSUER = idp.issuer;
  process.env.OIDC_CLIENT_ID = idp.clientId;
  process.env.OIDC_CLIENT_SECRET = idp.clientSecret;
  process.env.OIDC_NAME = "Test IdP";
  await makeOrganization();
});

afterAll(async () => {
  await idp?.close();
});

beforeEach(async () => {
  idp.tamper(null);
  await prisma.organization.updateMany({ data: { ssoCreatesUsers: false, ssoOnly: false } });
});

type Jar = Map<string, string>;
type AppResponse = { status: number; redirect: string | null; body: unknown };

/** One request to /api/auth/<path>, as next-auth's route handler passes it on, with `jar` as the browser's cookies. */
async function app(jar: Jar, route: string, init: { method?: "GET" | "POST"; query?: Record<string, string>; body?: Record<string, string> } = {}): Promise<AppResponse> {
  const [action, providerId] = route.split("/");
  const query = { ...init.query, nextauth: route.split("/") };
  browser.headers = new Headers({ host: "localhost:3000", "user-agent": "vitest" });
  const response = await AuthHandler({
    req: { action, providerId, method: init.method ?? "GET", query, body: init.body, cookies: Object.fromEntries(jar), headers: Object.fromEntries(browser.headers), error: init.query?.error ?? providerId },
    options: authOptions(),
  });
  for (const cookie of response.cookies ?? []) {
    if (cookie.value === "" || cookie.options?.maxAge === 0) jar.delete(cookie.name);
    else jar.set(cookie.name, cookie.value);
  }
  // As next-auth's toResponse: a redirect is a 302, whatever else the answer says.
  return { status: response.redirect ? 302 : (response.status ?? 200), redirect: response.redirect ?? null, body: response.body };
}

/** Follows the provider's redirects (login answered at once) until it sends the browser back to the app. */
async function atProvider(url: string): Promise<URL> {
  const cookies = new Map<string, string>();
  let next = new URL(url);
  for (let hop = 0; hop < 10; hop++) {
    if (next.href.startsWith(`${APP}/`)) return next;
    const response = await fetch(next, { redirect: "manual", headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join("; ") } });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...value] = pair!.split("=");
      cookies.set(name!.trim(), value.join("="));
    }
    const location = response.headers.get("location");
    if (!location) throw new Error(`the provider answered ${response.status} without a redirect: ${(await response.text()).slice(0, 300)}`);
    next = new URL(location, next);
  }
  throw new Error("too many redirects at the provider");
}

type Flow = { jar: Jar; callback: AppResponse; session: { uid?: string; sv?: number } | null };

/** One sign-in through the provider as `sub`; `forge` may change the callback's query before the app sees it. */
async function signInThroughProvider(sub: string, forge?: (query: Record<string, string>, jar: Jar) => void): Promise<Flow> {
  const jar: Jar = new Map();
  const csrf = await app(jar, "csrf");
  const csrfToken = (csrf.body as { csrfToken: string }).csrfToken;
  expect(csrfToken).toBeTruthy();
  const start = await app(jar, "signin/oidc", { method: "POST", body: { csrfToken, callbackUrl: `${APP}/clearances` } });
  expect(start.redirect, "sign-in sends the browser to the provider").toMatch(new RegExp(`^${idp.issuer}/auth\\?`));
  idp.loginAs(sub);
  const back = await atProvider(start.redirect!);
  expect(back.pathname).toBe("/api/auth/callback/oidc");
  const query = Object.fromEntries(back.searchParams);
  forge?.(query, jar);
  const callback = await app(jar, "callback/oidc", { query });
  const token = jar.get(sessionCookieName());
  const session = token ? ((await decode({ token, secret: authSecret() })) as { uid?: string; sv?: number } | null) : null;
  await ssoAuditsSettled();
  return { jar, callback, session };
}

let n = 0;
function account(claims: Omit<TestAccount, "sub">): string {
  const sub = `sub-${++n}`;
  idp.accounts.set(sub, { sub, ...claims });
  return sub;
}

const lastEvent = (action: string) => prisma.auditEvent.findFirst({ where: { action }, orderBy: { seq: "desc" } });

async function expectRefused(flow: Flow, error: string, reason: string) {
  expect(flow.callback.status).toBe(302);
  expect(flow.callback.redirect).toBe(error.startsWith("Sso") ? `/sign-in?error=${error}` : `${APP}/api/auth/error?error=${error}`);
  expect(flow.session, "no session").toBeNull();
  const event = await lastEvent("auth.sso_refused");
  expect(event?.after).toMatchObject({ provider: "oidc", reason });
  return event!;
}

describe(`single sign-on with OpenID Connect against a real provider (${testEngine})`, () => {
  it("signs in an active user whose verified email matches, whatever its case, and audits it", async () => {
    const { user, person } = await makeUser({ email: "maria.sso@example.org" });
    const sub = account({ email: "  Maria.SSO@Example.org ", email_verified: true });
    const flow = await signInThroughProvider(sub);
    expect(flow.callback.redirect).toBe(`${APP}/clearances`);
    expect(flow.session).toMatchObject({ uid: user.id, sv: user.sessionVersion });
    const event = await lastEvent("auth.sso_sign_in");
    expect(event).toMatchObject({ actorUserId: user.id, actorLabel: "maria.sso@example.org", entityId: user.id, personId: person.id, after: { provider: "oidc", created: false } });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).not.toBeNull();
  });

  it("refuses an email the provider has not verified (absent or not exactly true)", async () => {
    const { user } = await makeUser({ email: "unverified@example.org" });
    for (const email_verified of [false, "true", undefined]) {
      const flow = await signInThroughProvider(account({ email: "unverified@example.org", email_verified }));
      const event = await expectRefused(flow, "SsoUnverifiedEmail", "unverified_email");
      // An unverified address proves nothing about who it is: the event names no user.
      expect(event).toMatchObject({ actorUserId: null, entityId: null, actorLabel: "unverified@example.org" });
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
  });

  it("refuses an answer without an email", async () => {
    await expectRefused(await signInThroughProvider(account({ email_verified: true })), "SsoNoEmail", "no_email");
  });

  it("refuses an unknown email, and creates nobody, while first sign-ins do not create users", async () => {
    const before = await prisma.user.count();
    await expectRefused(await signInThroughProvider(account({ email: "stranger@example.org", email_verified: true })), "SsoUnknownUser", "unknown_user");
    expect(await prisma.user.count()).toBe(before);
  });

  it("creates a medical assistant with no locations on a first sign-in when the organization allows it", async () => {
    await makeLocation();
    await prisma.organization.updateMany({ data: { ssoCreatesUsers: true } });
    const flow = await signInThroughProvider(account({ email: "New.Hire@Example.org", email_verified: true, given_name: "Nia", family_name: "Hire" }));
    const created = await prisma.user.findUniqueOrThrow({ where: { email: "new.hire@example.org" }, include: { roleGrants: true, person: { include: { locations: true, employments: true } } } });
    expect(flow.session).toMatchObject({ uid: created.id, sv: created.sessionVersion });
    expect(created.roleGrants.map((g) => ({ role: g.role, locationId: g.locationId, taskId: g.taskId }))).toEqual([{ role: "medical_assistant", locationId: null, taskId: null }]);
    expect(created.person).toMatchObject({ firstName: "Nia", lastName: "Hire", isMedicalAssistant: true, locations: [], employments: [] });
    expect(created.mustChangePassword).toBe(false);
    expect(created.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await lastEvent("user.create")).toMatchObject({ entityId: created.id, after: { email: "new.hire@example.org", via: "single_sign_on", workLocationIds: [] } });
    expect(await lastEvent("auth.sso_sign_in")).toMatchObject({ entityId: created.id, after: { created: true } });
    // The second time, it is the same user.
    const again = await signInThroughProvider(account({ email: "new.hire@example.org", email_verified: true }));
    expect(again.session?.uid).toBe(created.id);
    expect(await prisma.user.count({ where: { email: "new.hire@example.org" } })).toBe(1);
  });

  it("refuses a deactivated user, even when first sign-ins create users", async () => {
    await prisma.organization.updateMany({ data: { ssoCreatesUsers: true } });
    const { user } = await makeUser({ email: "gone@example.org", active: false });
    const event = await expectRefused(await signInThroughProvider(account({ email: "gone@example.org", email_verified: true })), "SsoInactive", "inactive");
    expect(event).toMatchObject({ entityId: user.id });
    expect(await prisma.user.count({ where: { email: "gone@example.org" } })).toBe(1);
  });

  it("refuses an ID token minted for another client (wrong audience), validly signed by the provider", async () => {
    await makeUser({ email: "aud@example.org" });
    idp.tamper((payload) => void (payload.aud = "some-other-client"));
    const flow = await signInThroughProvider(account({ email: "aud@example.org", email_verified: true }));
    const event = await expectRefused(flow, "OAuthCallback", "audience_mismatch");
    expect(event).toMatchObject({ actorUserId: null, entityId: null, after: { stage: "callback" } });
    expect(JSON.stringify(event.after)).not.toContain("aud@example.org");
  });

  it("refuses an expired ID token", async () => {
    await makeUser({ email: "late@example.org" });
    idp.tamper((payload) => {
      const now = Math.floor(Date.now() / 1000);
      payload.iat = now - 7200;
      payload.exp = now - 3600;
    });
    await expectRefused(await signInThroughProvider(account({ email: "late@example.org", email_verified: true })), "OAuthCallback", "token_expired");
  });

  it("refuses a callback whose state does not match the cookie (forged), or has no state cookie", async () => {
    await makeUser({ email: "state@example.org" });
    const sub = account({ email: "state@example.org", email_verified: true });
    await expectRefused(await signInThroughProvider(sub, (query) => void (query.state = "forged-state-value")), "OAuthCallback", "state_mismatch");
    await expectRefused(
      await signInThroughProvider(sub, (_query, jar) => {
        for (const name of jar.keys()) if (name.includes("state")) jar.delete(name);
      }),
      "OAuthCallback",
      "state_missing",
    );
  });

  it("audits a provider's refusal (?error=access_denied) once, without a session", async () => {
    const before = await prisma.auditEvent.count({ where: { action: "auth.sso_refused" } });
    const jar: Jar = new Map();
    const callback = await app(jar, "callback/oidc", { query: { error: "access_denied", error_description: "The user said no" } });
    await ssoAuditsSettled();
    expect(callback.redirect).toBe(`${APP}/api/auth/error?error=Callback`);
    expect(await prisma.auditEvent.count({ where: { action: "auth.sso_refused" } })).toBe(before + 1);
    expect((await lastEvent("auth.sso_refused"))?.after).toMatchObject({ reason: "provider_refused", providerError: "access_denied" });
  });

  it("writes no audit event for a report a browser posts to next-auth's logger endpoint", async () => {
    const before = await prisma.auditEvent.count();
    await app(new Map(), "_log", { method: "POST", body: { level: "error", code: "OAUTH_CALLBACK_ERROR", error: "aud mismatch", providerId: "oidc" } });
    await ssoAuditsSettled();
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("sends the error page to the sign-in page with the code (never a 500)", async () => {
    const error = await app(new Map(), "error", { query: { error: "OAuthCallback" } });
    expect(error.redirect).toBe(`${APP}/api/auth/signin?error=OAuthCallback`);
    const signIn = await app(new Map(), "signin", { query: { error: "OAuthCallback" } });
    expect(signIn.status).toBe(302);
    expect(new URL(signIn.redirect!, APP).pathname).toBe("/sign-in");
    expect(new URL(signIn.redirect!, APP).searchParams.get("error")).toBe("OAuthCallback");
  });
});

describe(`password sign-in when the organization signs in with single sign-on only (${testEngine})`, () => {
  const from = { actorUserId: null, actorLabel: "anonymous", ip: null, userAgent: "vitest" };
  const ssoOnlyMessage = { ok: false, reason: "sso_only", providerName: "Test IdP" };

  it("refuses everyone but admins with one answer, whether the email exists or the password matches", async () => {
    const { signIn } = await import("@/lib/auth/sign-in");
    await prisma.organization.updateMany({ data: { ssoOnly: true } });
    const { user: admin } = await makeUser({ email: "breakglass@example.org", grants: [{ role: "admin" }] });
    await makeUser({ email: "ma.password@example.org" });
    expect(await signIn({ email: "breakglass@example.org", password: FACTORY_PASSWORD }, from)).toEqual({ ok: true, userId: admin.id, sessionVersion: admin.sessionVersion });
    expect(await signIn({ email: "ma.password@example.org", password: FACTORY_PASSWORD }, from)).toEqual(ssoOnlyMessage);
    expect(await signIn({ email: "ma.password@example.org", password: "a wrong password!" }, from)).toEqual(ssoOnlyMessage);
    expect(await signIn({ email: "nobody.here@example.org", password: "a wrong password!" }, from)).toEqual(ssoOnlyMessage);
    expect(await signIn({ email: "breakglass@example.org", password: "a wrong password!" }, from)).toEqual(ssoOnlyMessage);
    expect((await lastEvent("auth.sign_in_failed"))?.after).toEqual({ outcome: "bad_credentials" });
    const refused = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorLabel: "ma.password@example.org" }, select: { after: true } });
    expect(refused.map((e) => e.after)).toEqual([{ outcome: "sso_only" }, { outcome: "bad_credentials" }]);
  });

  it("lets passwords work again while single sign-on is not configured", async () => {
    const { signIn } = await import("@/lib/auth/sign-in");
    await prisma.organization.updateMany({ data: { ssoOnly: true } });
    await makeUser({ email: "ma.unconfigured@example.org" });
    const issuer = process.env.OIDC_ISSUER;
    delete process.env.OIDC_ISSUER;
    try {
      expect((await signIn({ email: "ma.unconfigured@example.org", password: FACTORY_PASSWORD }, from)).ok).toBe(true);
    } finally {
      process.env.OIDC_ISSUER = issuer;
    }
  });
});

describe(`the sign-in settings an admin saves (${testEngine})`, () => {
  const admin = { actorUserId: null, actorLabel: "admin@example.org", ip: null, userAgent: "vitest" };
  const input = (change: { ssoCreatesUsers: boolean; ssoOnly: boolean }, seen = { ssoCreatesUsers: false, ssoOnly: false }) => ({ ...change, seenCreatesUsers: seen.ssoCreatesUsers, seenSsoOnly: seen.ssoOnly });

  it("saves both switches with an audit event of before and after", async () => {
    const { saveSsoSettings } = await import("@/lib/organization/mutations");
    expect(await saveSsoSettings(input({ ssoCreatesUsers: true, ssoOnly: true }), true, admin)).toMatchObject({ ok: true });
    expect(await prisma.organization.findFirstOrThrow()).toMatchObject({ ssoCreatesUsers: true, ssoOnly: true });
    expect(await lastEvent("organization.sso_settings")).toMatchObject({ actorLabel: "admin@example.org", before: { ssoCreatesUsers: false, ssoOnly: false }, after: { ssoCreatesUsers: true, ssoOnly: true } });
  });

  it("refuses single sign-on only while no provider is configured, and changes nothing", async () => {
    const { saveSsoSettings } = await import("@/lib/organization/mutations");
    const before = await prisma.auditEvent.count();
    const refused = await saveSsoSettings(input({ ssoCreatesUsers: true, ssoOnly: true }), false, admin);
    expect(refused).toMatchObject({ ok: false, code: "REFUSED" });
    expect(!refused.ok && english(refused.message)).toMatch(/^Single sign-on is not configured/);
    expect(!refused.ok && spanish(refused.fieldErrors?.ssoOnly)).toBe("Primero configure el inicio de sesión único.");
    const unchanged = await saveSsoSettings(input({ ssoCreatesUsers: false, ssoOnly: false }), false, admin);
    expect(unchanged.ok && [english(unchanged.message), spanish(unchanged.message)]).toEqual(["Nothing changed.", "No cambió nada."]);
    expect(await prisma.organization.findFirstOrThrow()).toMatchObject({ ssoCreatesUsers: false, ssoOnly: false });
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("refuses a save based on values changed meanwhile, naming who changed them", async () => {
    const { saveSsoSettings } = await import("@/lib/organization/mutations");
    await saveSsoSettings(input({ ssoCreatesUsers: true, ssoOnly: false }), true, admin);
    const stale = await saveSsoSettings(input({ ssoCreatesUsers: false, ssoOnly: true }), true, { ...admin, actorLabel: "other.admin@example.org" });
    expect(stale).toMatchObject({ ok: false, code: "STALE", message: expect.stringContaining("admin@example.org") });
    expect(await prisma.organization.findFirstOrThrow()).toMatchObject({ ssoCreatesUsers: true, ssoOnly: false });
  });
});
