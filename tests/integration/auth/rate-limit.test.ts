import { describe, expect, it, vi } from "vitest";
import { GET as auditEvents } from "@/app/api/audit/events/route";
import { GET as recordsExport } from "@/app/api/export/records/route";
import { GET as clearances } from "@/app/api/v1/clearances/route";
import { prisma } from "@/lib/db/client";
import { bucketKey, RATE_LIMITS, windowStart, type Caller, type LimitKind } from "@/lib/rate-limit/window";
import { makeApiToken, makeUser } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

const clearancesUrl = "http://test/api/v1/clearances?person=cnoperson000000000000000&location=cnolocation00000000000000";
const bearer = (secret: string) => ({ headers: { Authorization: `Bearer ${secret}` } });

/** Uses up a caller's limit in this window and the next, so a test running across a minute's edge still finds it spent. */
async function spend(limit: LimitKind, caller: Caller) {
  const { max, windowMs } = RATE_LIMITS[limit];
  const now = Date.now();
  for (const at of [now, now + windowMs]) {
    await prisma.rateLimitBucket.create({ data: { key: bucketKey(limit, caller), windowStart: windowStart(new Date(at), windowMs), count: max } });
  }
}

async function expectTooMany(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const retryAfter = Number(response.headers.get("retry-after"));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await response.json()).toMatchObject({ status: 429, title: "Too many requests" });
}

const limitedEvents = (entityId: string) => prisma.auditEvent.findMany({ where: { action: "rate.limited", entityId } });

describe(`rate limits in the guard's route wrappers (${testEngine})`, () => {
  it("answers an API token over its limit with 429 and Retry-After, audited once per window without the secret", async () => {
    const token = await makeApiToken();
    expect((await clearances(new Request(clearancesUrl, bearer(token.secret)))).status).toBe(404);
    await prisma.rateLimitBucket.deleteMany({ where: { key: bucketKey("api", { kind: "token", id: token.id }) } });
    await spend("api", { kind: "token", id: token.id });
    await expectTooMany(await clearances(new Request(clearancesUrl, bearer(token.secret))));
    await expectTooMany(await clearances(new Request(clearancesUrl, bearer(token.secret))));
    const events = await limitedEvents(token.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ entityType: "ApiToken", after: { limit: "api", caller: "token", max: RATE_LIMITS.api.max, windowSeconds: 60, entry: "GET /api/v1/clearances" } });
    expect(JSON.stringify(events[0])).not.toContain(token.secret);
  });

  it("still answers an unknown token and a missing session with 401, counting nothing", async () => {
    jar.session = null;
    expect((await clearances(new Request(clearancesUrl, bearer("clr_" + "B".repeat(43))))).status).toBe(401);
    expect((await recordsExport(new Request("http://test/api/export/records?format=csv"))).status).toBe(401);
    expect(await prisma.rateLimitBucket.count({ where: { key: { startsWith: "export:" } } })).toBe(0);
  });

  it("limits /api/v1/* per signed-in user when called with a session", async () => {
    const { user } = await makeUser();
    await signInAs(user);
    await spend("api", { kind: "user", id: user.id });
    await expectTooMany(await clearances(new Request(clearancesUrl)));
    expect(await limitedEvents(user.id)).toMatchObject([{ entityType: "User", after: { limit: "api", caller: "user" } }]);
  });

  it("admits the export limit in a window and answers the next download with 429", async () => {
    const { user } = await makeUser({ grants: [{ role: "auditor" }] });
    await signInAs(user);
    // Not across a minute's edge, where the next window would admit the last call.
    const toEdge = RATE_LIMITS.export.windowMs - (Date.now() % RATE_LIMITS.export.windowMs);
    if (toEdge < 10_000) await new Promise((r) => setTimeout(r, toEdge + 50));
    for (let i = 0; i < RATE_LIMITS.export.max; i++) expect((await auditEvents(new Request("http://test/api/audit/events"))).status).toBe(200);
    await expectTooMany(await auditEvents(new Request("http://test/api/audit/events")));
  });

  it("answers exports over the user's limit with 429, on every export route, and leaves other routes alone", async () => {
    const { user } = await makeUser({ grants: [{ role: "auditor" }] });
    await signInAs(user);
    expect((await auditEvents(new Request("http://test/api/audit/events"))).status).toBe(200);
    await prisma.rateLimitBucket.deleteMany({ where: { key: bucketKey("export", { kind: "user", id: user.id }) } });
    await spend("export", { kind: "user", id: user.id });
    await expectTooMany(await auditEvents(new Request("http://test/api/audit/events")));
    await expectTooMany(await recordsExport(new Request("http://test/api/export/records?format=csv")));
    expect(await limitedEvents(user.id)).toMatchObject([{ after: { limit: "export", caller: "user", entry: "GET /api/audit/events" } }]);
    expect((await clearances(new Request(clearancesUrl))).status).toBe(404);
  });
});
