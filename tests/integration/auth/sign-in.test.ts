import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { signIn } from "@/lib/auth/sign-in";
import { FACTORY_PASSWORD, makeUser } from "@/tests/support/factories";

const from = (ip: string) => ({ actorUserId: null, actorLabel: "anonymous", ip, userAgent: "vitest" });

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the email, and logs it", async () => {
    const { user } = await makeUser({ email: "ok@example.org" });
    expect(await signIn({ email: " OK@Example.org ", password: FACTORY_PASSWORD }, from("198.51.100.1"))).toEqual({ ok: true, userId: user.id, sessionVersion: 1 });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "auth.sign_in", entityId: user.id } });
    expect(event).toMatchObject({ actorLabel: "ok@example.org", ip: "198.51.100.1", userAgent: "vitest" });
  });

  it("gives the same answer for an unknown email and a wrong password, and logs both", async () => {
    await makeUser({ email: "known@example.org" });
    const wrong = await signIn({ email: "known@example.org", password: "not the password" }, from("198.51.100.2"));
    const unknown = await signIn({ email: "nobody@example.org", password: "not the password" }, from("198.51.100.2"));
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
    expect(await prisma.auditEvent.count({ where: { action: "auth.sign_in_failed", actorLabel: { in: ["known@example.org", "nobody@example.org"] } } })).toBe(2);
  });

  it("pauses an account after five failures, even for the right password, and says for how long", async () => {
    await makeUser({ email: "target@example.org" });
    const now = new Date();
    for (let i = 0; i < 5; i++) await signIn({ email: "target@example.org", password: `guess number ${i}` }, from(`203.0.113.${i}`), now);
    const result = await signIn({ email: "target@example.org", password: FACTORY_PASSWORD }, from("203.0.113.99"), now);
    expect(result).toEqual({ ok: false, reason: "throttled", minutes: 15 });
    const throttled = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorLabel: "target@example.org" }, orderBy: { seq: "desc" }, take: 1 });
    expect(throttled[0]?.after).toEqual({ outcome: "throttled" });
    const later = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect((await signIn({ email: "target@example.org", password: FACTORY_PASSWORD }, from("203.0.113.99"), later)).ok).toBe(true);
  });

  it("pauses an address after twenty failures across accounts", async () => {
    const now = new Date();
    for (let i = 0; i < 20; i++) await signIn({ email: `spray${i}@example.org`, password: "Winter2026!!" }, from("192.0.2.50"), now);
    const { user } = await makeUser({ email: "innocent@example.org" });
    void user;
    expect(await signIn({ email: "innocent@example.org", password: FACTORY_PASSWORD }, from("192.0.2.50"), now)).toMatchObject({ reason: "throttled" });
    expect((await signIn({ email: "innocent@example.org", password: FACTORY_PASSWORD }, from("192.0.2.51"), now)).ok).toBe(true);
  });

  it("refuses malformed credentials without touching the database's data", async () => {
    const before = await prisma.signInAttempt.count();
    expect(await signIn({ email: ["a"], password: { $gt: "" } }, from("192.0.2.9"))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn(undefined, from("192.0.2.9"))).toEqual({ ok: false, reason: "invalid" });
    expect(await prisma.signInAttempt.count()).toBe(before);
  });
});
