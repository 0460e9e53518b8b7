import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { signIn } from "@/lib/auth/sign-in";
import { currentActor, pendingSession } from "@/lib/auth/guard";
import { createUserAction } from "@/lib/user/actions";
import { GET as clearancesApi } from "@/app/api/v1/clearances/route";
import { completeSetupAction, confirmSetupAction, resetSecondFactorAction, turnOffSecondFactorAction, verifySignInCodeAction } from "@/lib/second-factor/actions";
import { confirmSetup, startSetup, verifySignInCode } from "@/lib/second-factor/mutations";
import { codeAt, stepAt } from "@/lib/second-factor/totp";
import { FACTORY_PASSWORD, makeLocation, makeUser } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";
import { englishOutcome } from "@/tests/support/words";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const context = { actorUserId: null, actorLabel: "vitest", ip: "203.0.113.20", userAgent: "vitest" };
const who = (user: { id: string; personId: string; email: string }) => ({ userId: user.id, personId: user.personId, email: user.email });

async function manager() {
  const location = await makeLocation();
  return (await makeUser({ grants: [{ role: "manager", locationId: location.id }], locationIds: [location.id] })).user;
}

/** A user with an app set up; returns its secret and the recovery codes shown once. */
async function enrolled(user: { id: string; personId: string; email: string }, at = new Date(Date.now() - 60_000)) {
  const secret = await startSetup(who(user), context);
  const outcome = await confirmSetup(who(user), { code: codeAt(secret, at) }, context, at);
  if (!outcome.ok) throw new Error(outcome.message);
  return { secret, recoveryCodes: outcome.data.recoveryCodes };
}

/** Runs an action that ends in a redirect; returns where it went. */
async function redirected(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(() => null, (e: unknown) => e as { digest?: string });
  expect(error?.digest, "expected a redirect").toMatch(/^NEXT_REDIRECT/);
  return error!.digest!.split(";")[2]!;
}

const events = (userId: string, action: string) => prisma.auditEvent.findMany({ where: { entityId: userId, action }, orderBy: { seq: "asc" } });

beforeEach(() => {
  jar.session = null;
});

describe("a session that owes the second factor", () => {
  it("reaches nothing: no actor for pages, actions refused as signed out, the API answers 401", async () => {
    const user = await manager();
    await signInAs(user, { secondFactor: false });
    expect(await currentActor()).toBeNull();
    expect(await pendingSession()).toMatchObject({ step: "setup", required: true });
    const created = await createUserAction(undefined, { firstName: "A", lastName: "B", email: "ab@example.org", employmentStart: "2026-01-05", roles: "medical_assistant" });
    expect(created).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
    expect(await prisma.user.count({ where: { email: "ab@example.org" } })).toBe(0);
    expect((await clearancesApi(new Request("http://test/api/v1/clearances?person=x&location=y&task=z"))).status).toBe(401);
  });

  it("asks for a code once an app is set up, for medical assistants who chose one too", async () => {
    const { user } = await makeUser();
    await signInAs(user, { secondFactor: false });
    expect(await currentActor()).not.toBeNull();
    await enrolled(user);
    expect(await currentActor()).toBeNull();
    expect(await pendingSession()).toMatchObject({ step: "verify", required: false });
  });

  it("ends ten minutes after the password, whatever is entered then", async () => {
    const user = await manager();
    const { secret } = await enrolled(user);
    await signInAs(user, { secondFactor: false, authAt: Math.floor(Date.now() / 1000) - 11 * 60 });
    expect(await pendingSession()).toBeNull();
    expect(await verifySignInCodeAction(undefined, { code: codeAt(secret, new Date()) })).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
  });
});

describe("setting an app up", () => {
  it("answers a Spanish-speaking user's wrong code in Spanish (the step is not built with authorizedAction)", async () => {
    const user = await manager();
    await prisma.user.update({ where: { id: user.id }, data: { locale: "es" } });
    await signInAs(user);
    const secret = await startSetup(who(user), context);
    const wrong = await confirmSetupAction(undefined, { code: "000000" === codeAt(secret, new Date()) ? "111111" : "000000" });
    expect(wrong).toMatchObject({ status: "error", code: "VALIDATION", message: expect.stringMatching(/^Ese código no coincide\./), fieldErrors: { code: expect.stringMatching(/^Ese código no coincide\./) } });
    expect(await confirmSetupAction(undefined, { code: "" })).toMatchObject({ status: "error", fieldErrors: { code: "Escriba el código de su aplicación de autenticación." } });
  });

  it("from a session whose role requires one: the code confirms it, ten recovery codes are stored hashed, the session is complete", async () => {
    const user = await manager();
    await signInAs(user, { secondFactor: false });
    const secret = await startSetup(who(user), context);
    expect(await startSetup(who(user), context)).toBe(secret);
    const wrong = await confirmSetupAction(undefined, { code: "000000" === codeAt(secret, new Date()) ? "111111" : "000000" });
    expect(wrong).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { code: expect.stringContaining("does not match") } });
    expect(await prisma.secondFactor.findUniqueOrThrow({ where: { userId: user.id } })).toMatchObject({ secret: null, confirmedAt: null });

    const done = await confirmSetupAction(undefined, { code: codeAt(secret, new Date()) });
    expect(done.status).toBe("success");
    const codes = (done as { data: { recoveryCodes: string[] } }).data.recoveryCodes;
    expect(codes).toHaveLength(10);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(10);
    for (const row of stored) for (const code of codes) expect(row.codeHash).not.toContain(code.replace("-", ""));
    const factor = await prisma.secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(factor.secret).not.toContain(secret);
    expect(factor.pendingSecret).toBeNull();
    expect(await events(user.id, "auth.second_factor_enrolled")).toHaveLength(1);

    // The codes are on screen; continuing completes this session, and only this one.
    const { proof } = (done as { data: { proof: string } }).data;
    expect(await currentActor()).toBeNull();
    const thisSession = jar.session;
    await signInAs(user, { secondFactor: false, authAt: Math.floor(Date.now() / 1000) - 60 });
    expect(await completeSetupAction(undefined, { proof })).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
    jar.session = thisSession;
    expect(await completeSetupAction(undefined, { proof: "forged" })).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
    expect(await currentActor()).toBeNull();
    expect(await redirected(() => completeSetupAction(undefined, { proof, returnTo: "/people" }))).toBe("/people");
    expect((await currentActor())?.userId).toBe(user.id);
  });

  it("is refused to a session that owes a code for an app already set up (it cannot swap in its own)", async () => {
    const user = await manager();
    await enrolled(user);
    await signInAs(user, { secondFactor: false });
    const before = await prisma.secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await confirmSetupAction(undefined, { code: "123456" })).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
    expect(await prisma.secondFactor.findUniqueOrThrow({ where: { userId: user.id } })).toEqual(before);
  });

  it("replacing an app takes a code from the current one (or a recovery code)", async () => {
    const user = await manager();
    const old = await enrolled(user, new Date(Date.now() - 120_000));
    await signInAs(user);
    const next = await startSetup(who(user), context);
    expect(await confirmSetupAction(undefined, { code: codeAt(next, new Date()) })).toMatchObject({ status: "error", fieldErrors: { currentCode: expect.any(String) } });
    expect(await confirmSetupAction(undefined, { code: codeAt(next, new Date()), currentCode: old.recoveryCodes[0] })).toMatchObject({ status: "success" });
    const factor = await prisma.secondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(factor.pendingSecret).toBeNull();
    expect(await events(user.id, "auth.second_factor_replaced")).toHaveLength(1);
    // The old recovery codes went with the old app.
    expect(await prisma.recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(10);
  });
});

describe("the second step of signing in", () => {
  it("a right code completes the session and returns to the page asked for; a wrong one is refused and logged", async () => {
    const user = await manager();
    const { secret } = await enrolled(user);
    await signInAs(user, { secondFactor: false });
    const wrong = await verifySignInCodeAction(undefined, { code: "12345", returnTo: "/people" });
    expect(wrong).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await verifySignInCodeAction(undefined, { code: "0000\u00000" })).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await redirected(() => verifySignInCodeAction(undefined, { code: codeAt(secret, new Date()), returnTo: "/people" }))).toBe("/people");
    expect((await currentActor())?.userId).toBe(user.id);
    const failed = await events(user.id, "auth.second_factor_failed");
    expect(failed.map((e) => e.after)).toEqual([{ outcome: "wrong_code" }]);
    expect(await events(user.id, "auth.second_factor")).toHaveLength(1);
  });

  it("refuses a code already used (a replay), even from another browser, and logs it as one", async () => {
    const user = await manager();
    const { secret } = await enrolled(user, new Date(Date.now() - 90_000));
    const code = codeAt(secret, new Date());
    expect((await verifySignInCode(who(user), code, context)).ok).toBe(true);
    const again = await verifySignInCode(who(user), code, { ...context, ip: "198.51.100.77" });
    expect(again).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await events(user.id, "auth.second_factor_failed")).map((e) => e.after)).toEqual([{ outcome: "replayed_code" }]);
  });

  it("lets one of two simultaneous uses of the same code win", async () => {
    const user = await manager();
    const { secret } = await enrolled(user, new Date(Date.now() - 90_000));
    const code = codeAt(secret, new Date());
    const results = await Promise.all([verifySignInCode(who(user), code, context), verifySignInCode(who(user), code, { ...context, ip: "198.51.100.78" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("takes each recovery code once", async () => {
    const user = await manager();
    const { recoveryCodes } = await enrolled(user);
    const code = recoveryCodes[3]!.toLowerCase();
    expect(await verifySignInCode(who(user), code, context)).toMatchObject({ ok: true, data: { method: "recovery_code", recoveryCodesLeft: 9 } });
    expect(await verifySignInCode(who(user), code, context)).toMatchObject({ ok: false });
    expect(await verifySignInCode(who(user), "ZZZZZ-ZZZZZ", context)).toMatchObject({ ok: false });
  });

  it("pauses after five wrong codes, and the right password does not lift the pause", async () => {
    const user = await manager();
    const { secret } = await enrolled(user, new Date(Date.now() - 90_000));
    for (let i = 0; i < 5; i++) await verifySignInCode(who(user), String(100000 + i), { ...context, ip: `198.51.100.${10 + i}` });
    expect((await signIn({ email: user.email, password: FACTORY_PASSWORD }, context)).ok).toBe(true);
    const paused = await verifySignInCode(who(user), codeAt(secret, new Date()), context);
    expect(englishOutcome(paused)).toMatchObject({ ok: false, code: "RATE_LIMITED", message: expect.stringContaining("paused for 15 minutes") });
    // The code was not spent while paused: the step is still unused.
    expect((await prisma.secondFactor.findUniqueOrThrow({ where: { userId: user.id } })).lastUsedStep).toBeLessThan(stepAt(new Date()) - 1);
  });
});

describe("turning it off and resetting it", () => {
  it("a medical assistant may turn it off with a current code; a manager may not", async () => {
    const { user: ma } = await makeUser();
    const { secret } = await enrolled(ma, new Date(Date.now() - 90_000));
    await signInAs(ma);
    expect(await turnOffSecondFactorAction(undefined, { code: "000001" })).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await turnOffSecondFactorAction(undefined, { code: codeAt(secret, new Date()) })).toMatchObject({ status: "success" });
    expect(await prisma.secondFactor.count({ where: { userId: ma.id } })).toBe(0);
    expect(await events(ma.id, "auth.second_factor_removed")).toHaveLength(1);

    const boss = await manager();
    const own = await enrolled(boss, new Date(Date.now() - 90_000));
    await signInAs(boss);
    expect(await turnOffSecondFactorAction(undefined, { code: codeAt(own.secret, new Date()) })).toMatchObject({ status: "error", code: "REFUSED" });
    expect(await prisma.secondFactor.count({ where: { userId: boss.id } })).toBe(1);
  });

  it("an admin's reset needs a reason, removes app and codes, ends the user's sessions and is audited; never their own", async () => {
    const target = await manager();
    await enrolled(target);
    const { user: admin } = await makeUser({ grants: [{ role: "admin" }] });
    await signInAs(admin);
    expect(await resetSecondFactorAction(undefined, { userId: target.id, reason: "" })).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reason: expect.any(String) } });
    expect(await prisma.secondFactor.count({ where: { userId: target.id } })).toBe(1);
    expect(await resetSecondFactorAction(undefined, { userId: target.id, reason: "Lost phone, confirmed in person" })).toMatchObject({ status: "success" });
    expect(await prisma.secondFactor.count({ where: { userId: target.id } })).toBe(0);
    expect(await prisma.recoveryCode.count({ where: { userId: target.id } })).toBe(0);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).sessionVersion).toBe(target.sessionVersion + 1);
    const [event] = await events(target.id, "auth.second_factor_reset");
    expect(event).toMatchObject({ actorUserId: admin.id, after: { reason: "Lost phone, confirmed in person" } });
    expect(await resetSecondFactorAction(undefined, { userId: admin.id, reason: "Testing" })).toMatchObject({ status: "error", code: "REFUSED" });
  });
});
