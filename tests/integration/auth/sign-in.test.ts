import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { SIGN_IN_MESSAGES, signIn } from "@/lib/auth/sign-in";
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
    expect(result).toEqual({ ok: false, reason: "throttled", minutes: 15, retryAfter: 900 });
    const throttled = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorLabel: "target@example.org" }, orderBy: { seq: "desc" }, take: 1 });
    expect(throttled[0]?.after).toEqual({ outcome: "throttled" });
    const later = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect((await signIn({ email: "target@example.org", password: FACTORY_PASSWORD }, from("203.0.113.99"), later)).ok).toBe(true);
  });

  it("checks at most five passwords when thirty wrong ones for one account arrive at once, and pauses the rest", async () => {
    await makeUser({ email: "burst@example.org" });
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn({ email: "burst@example.org", password: `burst guess ${i}` }, from(`198.51.100.${100 + i}`), now)));
    const checked = results.filter((r) => !r.ok && r.reason === "invalid");
    const paused = results.flatMap((r) => (!r.ok && r.reason === "throttled" ? [SIGN_IN_MESSAGES.throttled(r.minutes)] : []));
    expect(checked).toHaveLength(5);
    expect(paused).toHaveLength(25);
    for (const message of paused) expect(message).toMatch(/sign-in is paused for 15 minutes/);
    expect(await prisma.signInAttempt.count({ where: { email: "burst@example.org" } })).toBe(5);
    const outcomes = await prisma.auditEvent.findMany({ where: { action: "auth.sign_in_failed", actorLabel: "burst@example.org" }, select: { after: true } });
    expect(outcomes.filter((e) => (e.after as { outcome: string }).outcome === "bad_credentials")).toHaveLength(5);
    expect(outcomes.filter((e) => (e.after as { outcome: string }).outcome === "throttled")).toHaveLength(25);
  });

  it("keeps no per-address count for attempts without a trustworthy address", async () => {
    const now = new Date();
    for (let i = 0; i < 20; i++) await signIn({ email: `nowhere${i}@example.org`, password: "Winter2026!!" }, { ...from("x"), ip: null }, now);
    await makeUser({ email: "elsewhere@example.org" });
    expect((await signIn({ email: "elsewhere@example.org", password: FACTORY_PASSWORD }, { ...from("x"), ip: null }, now)).ok).toBe(true);
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
