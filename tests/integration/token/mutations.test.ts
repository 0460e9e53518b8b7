import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createToken, revokeToken } from "@/lib/token/mutations";
import { createTokenSchema } from "@/lib/token/schema";
import { hashTokenSecret } from "@/lib/token/secret";
import { makeApiToken, makeLocation } from "@/tests/support/factories";

const context = { actorUserId: null, actorLabel: "admin@example.org", ip: null, userAgent: null };
const now = new Date("2026-06-01T12:00:00Z");

describe("creating a token", () => {
  it("keeps only the secret's hash, and audits the token without its secret", async () => {
    const location = await makeLocation();
    const outcome = await createToken(createTokenSchema.parse({ name: "Scheduler", scopes: ["who-can:read"], locationIds: [location.id], expiresInDays: "30" }), context, now);
    if (!outcome.ok) throw new Error(outcome.message);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: outcome.data.tokenId } });
    expect(stored).toMatchObject({ name: "Scheduler", scopes: ["who-can:read"], locationIds: [location.id], secretHash: hashTokenSecret(outcome.data.secret), createdBy: "admin@example.org", lastUsedAt: null, revokedAt: null });
    expect(stored.expiresAt).toEqual(new Date("2026-07-01T12:00:00Z"));
    expect(outcome.data.secret.startsWith(stored.prefix)).toBe(true);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "token.create", entityId: stored.id } });
    expect(JSON.stringify(event)).not.toContain(outcome.data.secret);
    expect(event.after).toMatchObject({ name: "Scheduler", scopes: ["who-can:read"], prefix: stored.prefix });
  });

  it("refuses a location that does not exist, and writes nothing", async () => {
    const before = await prisma.apiToken.count();
    const outcome = await createToken(createTokenSchema.parse({ name: "Scheduler", scopes: "clearances:read", locationIds: "nosuchlocation1" }), context, now);
    expect(outcome).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { locationIds: expect.any(String) } });
    expect(await prisma.apiToken.count()).toBe(before);
  });

  it.each([
    ["no name", { scopes: "clearances:read" }, "name"],
    ["no scope", { name: "X" }, "scopes"],
    ["an unknown scope", { name: "X", scopes: "admin:all" }, "scopes"],
    ["more than a year", { name: "X", scopes: "clearances:read", expiresInDays: "366" }, "expiresInDays"],
    ["a NUL in the name", { name: "X\u0000", scopes: "clearances:read" }, "name"],
  ])("refuses %s with a message on the field", (_label, input, field) => {
    const parsed = createTokenSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path[0])).toContain(field);
  });

  it("lasts 90 days unless told otherwise", () => {
    expect(createTokenSchema.parse({ name: "X", scopes: "clearances:read" }).expiresInDays).toBe(90);
  });
});

describe("revoking a token", () => {
  it("stops it from now, audited, and refuses a second revocation", async () => {
    const token = await makeApiToken();
    expect(await revokeToken(token.id, context, now)).toMatchObject({ ok: true });
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).toEqual(now);
    expect(await prisma.auditEvent.count({ where: { action: "token.revoke", entityId: token.id } })).toBe(1);
    expect(await revokeToken(token.id, context, now)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await revokeToken("nosuchtoken1", context, now)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
