import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as clearances } from "@/app/api/v1/clearances/route";
import { GET as whoCan } from "@/app/api/v1/who-can/route";
import { prisma } from "@/lib/db/client";
import { seedDemo } from "@/tests/support/demo";
import { makeApiToken } from "@/tests/support/factories";
import { jar } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

let demo: Awaited<ReturnType<typeof seedDemo>>;
const bearer = (secret: string) => ({ headers: { Authorization: `Bearer ${secret}` } });
const clearancesFor = (secret: string, location: string) =>
  clearances(new Request(`http://test/api/v1/clearances?person=${demo.person("Maria").id}&location=${location}&task=taskvenipuncture`, bearer(secret)));
const whoCanAt = (init: RequestInit, location: string, query = "") => whoCan(new Request(`http://test/api/v1/who-can?task=taskvenipuncture&location=${location}${query}`, init));

beforeAll(async () => {
  demo = await seedDemo(new Date("2026-11-20T17:00:00Z"));
  jar.session = null;
});

async function events(action: string, entityId?: string) {
  return prisma.auditEvent.findMany({ where: { action, ...(entityId ? { entityId } : {}) }, orderBy: { seq: "desc" } });
}

describe("Authorization: Bearer on /api/v1/*", () => {
  it("answers a token with the scope, logs the decision under the token's name and records its use", async () => {
    const token = await makeApiToken({ name: "Scheduler", scopes: ["clearances:read"] });
    const response = await clearancesFor(token.secret, demo.location("Oakland"));
    expect(response.status).toBe(200);
    expect((await response.json()).decisions[0]).toMatchObject({ request: { personId: demo.person("Maria").id } });
    const logged = await prisma.decisionLog.findFirstOrThrow({ where: { source: "api", personId: demo.person("Maria").id }, orderBy: { seq: "desc" } });
    expect(logged).toMatchObject({ askedByUserId: null, askedByLabel: expect.stringContaining(token.prefix) });
    const used = await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("writes the last use at most once a minute", async () => {
    const token = await makeApiToken();
    await clearancesFor(token.secret, demo.location("Oakland"));
    const first = (await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt;
    await clearancesFor(token.secret, demo.location("Oakland"));
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).lastUsedAt).toEqual(first);
  });

  it.each([
    ["an unknown token", async () => "clr_" + "A".repeat(43)],
    ["a header that is not a token of ours", async () => "not-a-token"],
    ["a revoked token", async () => (await makeApiToken({ revokedAt: new Date(Date.now() - 1000) })).secret],
    ["an expired token", async () => (await makeApiToken({ expiresAt: new Date(Date.now() - 1000) })).secret],
  ])("refuses %s with 401 and an audit event", async (_label, secret) => {
    const before = (await events("token.refused")).length;
    const response = await clearancesFor(await secret(), demo.location("Oakland"));
    expect(response.status).toBe(401);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    expect((await events("token.refused")).length).toBe(before + 1);
  });

  it("says why a revoked token is refused, on the record with the token", async () => {
    const token = await makeApiToken({ revokedAt: new Date(Date.now() - 1000) });
    const response = await clearancesFor(token.secret, demo.location("Oakland"));
    expect((await response.json()).detail).toContain("revoked");
    const [event] = await events("token.refused", token.id);
    expect(event?.after).toMatchObject({ reason: "revoked", entry: "GET /api/v1/clearances" });
  });

  it("refuses a token without the route's scope with 403, recorded as a denied access", async () => {
    const token = await makeApiToken({ scopes: ["who-can:read"] });
    const response = await clearancesFor(token.secret, demo.location("Oakland"));
    expect(response.status).toBe(403);
    expect((await response.json()).detail).toContain("clearances:read");
    const [denied] = await events("access.denied");
    expect(denied).toMatchObject({ actorUserId: null, actorLabel: expect.stringContaining(token.prefix) });
  });

  it("refuses a token limited to another location with 403, whatever location the person also works at", async () => {
    const token = await makeApiToken({ locationIds: [demo.location("Tacoma")] });
    expect((await clearancesFor(token.secret, demo.location("Oakland"))).status).toBe(403);
    // Maria does not work in Tacoma: the token reaches the location, not her there.
    expect((await clearancesFor(token.secret, demo.location("Tacoma"))).status).toBe(404);
    const limited = await makeApiToken({ locationIds: [demo.location("Oakland")] });
    expect((await clearancesFor(limited.secret, demo.location("Oakland"))).status).toBe(200);
  });

  it("still accepts a session where no Authorization header is sent", async () => {
    expect((await whoCanAt({}, demo.location("Oakland"))).status).toBe(401);
  });
});

describe("GET /api/v1/who-can", () => {
  it("answers every MA working there with the engine's decision, and records the call", async () => {
    const token = await makeApiToken({ scopes: ["who-can:read"], locationIds: [demo.location("Oakland")] });
    const response = await whoCanAt(bearer(token.secret), demo.location("Oakland"), "&at=2026-11-24T10:40:00-08:00");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ moment: "2026-11-24T18:40:00.000Z", task: { id: "taskvenipuncture" }, location: { id: demo.location("Oakland") } });
    const names = body.people.map((p: { person: { name: string } }) => p.person.name);
    expect(names).toEqual(expect.arrayContaining(["Maria Gonzalez", "Kevin Tran"]));
    expect(names).not.toContain("Emily Nguyen");
    const [served] = await events("report.served");
    expect(served).toMatchObject({ actorLabel: expect.stringContaining(token.prefix), after: { entry: "GET /api/v1/who-can" } });
  });

  it("refuses another location (403), a missing scope (403), bad input (400) and an unknown task (404)", async () => {
    const oakland = await makeApiToken({ scopes: ["who-can:read"], locationIds: [demo.location("Oakland")] });
    expect((await whoCanAt(bearer(oakland.secret), demo.location("Tacoma"))).status).toBe(403);
    const clearancesOnly = await makeApiToken({ scopes: ["clearances:read"] });
    expect((await whoCanAt(bearer(clearancesOnly.secret), demo.location("Oakland"))).status).toBe(403);
    const everywhere = await makeApiToken({ scopes: ["who-can:read"] });
    const bad = await whoCanAt(bearer(everywhere.secret), demo.location("Oakland"), "&at=yesterday");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toEqual([expect.objectContaining({ field: "at" })]);
    const unknown = await whoCan(new Request(`http://test/api/v1/who-can?task=tasknosuchthing&location=${demo.location("Oakland")}`, bearer(everywhere.secret)));
    expect(unknown.status).toBe(404);
  });
});
