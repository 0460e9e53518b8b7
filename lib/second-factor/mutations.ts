import { appendAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import type { AuditAction } from "@/lib/audit/wording";
import { finishSignInAttempt, startSignInAttempt } from "@/lib/auth/mutations";
import { minutesUntil } from "@/lib/auth/throttle";
import { prisma, type Tx } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { decryptSecret, encryptSecret } from "./crypto";
import { hashRecoveryCode, newRecoveryCodes, normalizedRecoveryCode } from "./recovery-codes";
import { checkCode, newTotpSecret } from "./totp";
import { SECOND_FACTOR_MESSAGES as M } from "./wording";

export type FactorUser = { userId: string; personId: string; email: string };

function audit(tx: Tx, context: AuditContext, who: FactorUser, action: AuditAction, after?: Record<string, unknown>) {
  return appendAuditEvent(tx, context, { action, entityType: "User", entityId: who.userId, personId: who.personId, after });
}

/**
 * The secret the setup page shows. A pending one is kept, so reloading the page (or opening it on
 * a second screen) does not invalidate the QR code already scanned.
 */
export async function startSetup(who: FactorUser, context: AuditContext): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `second-factor:${who.userId}`);
    const row = await tx.secondFactor.findUnique({ where: { userId: who.userId }, select: { pendingSecret: true } });
    const kept = row?.pendingSecret ? decryptSecret(row.pendingSecret) : null;
    if (kept) return kept;
    const secret = newTotpSecret();
    const pendingSecret = encryptSecret(secret);
    await tx.secondFactor.upsert({ where: { userId: who.userId }, create: { userId: who.userId, pendingSecret }, update: { pendingSecret } });
    await audit(tx, context, who, "auth.second_factor_setup_started");
    return secret;
  });
}

/**
 * Confirms the app with one of its codes; the new secret replaces any earlier one and a fresh set
 * of recovery codes replaces the old ones. The codes are returned once, in clear, and never again.
 */
export async function confirmSetup(
  who: FactorUser,
  input: { code: string; currentCode?: string },
  context: AuditContext,
  now: Date = new Date(),
): Promise<Outcome<{ recoveryCodes: string[] }>> {
  // Replacing an app takes a code from the old one (or a recovery code): a session left open on a
  // shared computer must not be enough to move someone's second factor to another phone.
  const current = await prisma.secondFactor.findUnique({ where: { userId: who.userId }, select: { confirmedAt: true } });
  if (current?.confirmedAt) {
    const proof = await spendCode(who.userId, input.currentCode ?? "", now, true);
    if (!proof.ok) return fail("VALIDATION", M.currentCodeRefused, { currentCode: M.currentCodeRefused });
  }
  const code = input.code;
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `second-factor:${who.userId}`);
    const row = await tx.secondFactor.findUnique({ where: { userId: who.userId }, select: { secret: true, pendingSecret: true } });
    const pending = row?.pendingSecret ? decryptSecret(row.pendingSecret) : null;
    if (!row || !pending) return fail("STALE", M.setupExpired);
    // A new secret has no used steps yet (the old one's, if any, go with it).
    const check = checkCode(pending, code, now, 0);
    if (!check.ok) return fail("VALIDATION", M.setupCodeWrong, { code: M.setupCodeWrong });
    await tx.secondFactor.update({
      where: { userId: who.userId },
      data: { secret: row.pendingSecret, pendingSecret: null, confirmedAt: now, lastUsedStep: check.step },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, who.userId);
    await audit(tx, context, who, row.secret ? "auth.second_factor_replaced" : "auth.second_factor_enrolled");
    return ok({ recoveryCodes });
  });
}

async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizedRecoveryCode(code)!) })) });
  return codes;
}

type Proof = { ok: true; outcome: "succeeded" | "recovery_code" } | { ok: false; outcome: "wrong_code" | "replayed_code" };

/**
 * Spends a code: an authenticator code moves the user's last used step forward (in one statement,
 * so two requests racing with the same code cannot both win), a recovery code is marked used.
 */
async function spendCode(userId: string, input: string, now: Date, allowRecoveryCode: boolean): Promise<Proof> {
  const recovery = allowRecoveryCode ? normalizedRecoveryCode(input) : null;
  if (recovery) {
    const spent = await prisma.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(recovery), usedAt: null }, data: { usedAt: now } });
    return spent.count === 1 ? { ok: true, outcome: "recovery_code" } : { ok: false, outcome: "wrong_code" };
  }
  const row = await prisma.secondFactor.findUnique({ where: { userId }, select: { secret: true, lastUsedStep: true } });
  const secret = row?.secret ? decryptSecret(row.secret) : null;
  if (!row || !secret) return { ok: false, outcome: "wrong_code" };
  const check = checkCode(secret, input, now, row.lastUsedStep);
  if (!check.ok) return { ok: false, outcome: check.reason };
  const moved = await prisma.secondFactor.updateMany({ where: { userId, lastUsedStep: { lt: check.step } }, data: { lastUsedStep: check.step } });
  return moved.count === 1 ? { ok: true, outcome: "succeeded" } : { ok: false, outcome: "replayed_code" };
}

/**
 * The second step of signing in. Wrong codes are throttled like wrong passwords, on a count of
 * their own, and every attempt is in the audit trail.
 */
export async function verifySignInCode(who: FactorUser, input: string, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ method: "totp" | "recovery_code"; recoveryCodesLeft: number }>> {
  const attempt = { email: who.email, ip: context.ip, userId: who.userId, personId: who.personId, context, at: now, step: "second_factor" as const };
  const started = await startSignInAttempt(attempt);
  if (started.throttled) return fail("RATE_LIMITED", M.throttled(minutesUntil(started.retryAt, now)));
  const proof = await spendCode(who.userId, input, now, true);
  await finishSignInAttempt(started.attemptId, attempt, proof.outcome);
  if (!proof.ok) return fail("VALIDATION", M.codeRefused, { code: M.codeRefused });
  const recoveryCodesLeft = await prisma.recoveryCode.count({ where: { userId: who.userId, usedAt: null } });
  return ok({ method: proof.outcome === "recovery_code" ? "recovery_code" : "totp", recoveryCodesLeft });
}

/** A fresh set of recovery codes; the old ones stop working. */
export async function renewRecoveryCodes(who: FactorUser, context: AuditContext): Promise<Outcome<{ recoveryCodes: string[] }>> {
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `second-factor:${who.userId}`);
    const row = await tx.secondFactor.findUnique({ where: { userId: who.userId }, select: { confirmedAt: true } });
    if (!row?.confirmedAt) return fail("REFUSED", M.notEnrolled);
    const recoveryCodes = await replaceRecoveryCodes(tx, who.userId);
    await audit(tx, context, who, "auth.recovery_codes_renewed");
    return ok({ recoveryCodes });
  });
}

/** Turning the second factor off: only where the role does not require it, and with a current code. */
export async function turnOffSecondFactor(who: FactorUser, code: string, required: boolean, context: AuditContext, now: Date = new Date()): Promise<Outcome> {
  if (required) return fail("REFUSED", M.requiredByRole);
  const proof = await spendCode(who.userId, code, now, false);
  if (!proof.ok) {
    await prisma.$transaction((tx) => audit(tx, context, who, "auth.second_factor_remove_refused", { outcome: proof.outcome }));
    return fail("VALIDATION", M.codeRefused, { code: M.codeRefused });
  }
  return prisma.$transaction(async (tx) => {
    await removeFactor(tx, who.userId);
    await audit(tx, context, who, "auth.second_factor_removed");
    return ok(undefined, M.removed);
  });
}

function removeFactor(tx: Tx, userId: string) {
  return Promise.all([tx.secondFactor.deleteMany({ where: { userId } }), tx.recoveryCode.deleteMany({ where: { userId } })]);
}

/**
 * An admin's reset, for a lost phone: the authenticator and recovery codes are removed and every
 * session of the user ends; a role that requires a second factor sets a new one up at next sign-in.
 */
export async function resetSecondFactor(userId: string, reason: string, context: AuditContext): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { personId: true, email: true } });
    if (!user) return fail("NOT_FOUND");
    if (context.actorUserId === userId) return fail("REFUSED", M.resetOwn);
    await lockFor(tx, `second-factor:${userId}`);
    await removeFactor(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await audit(tx, context, { userId, personId: user.personId, email: user.email }, "auth.second_factor_reset", { reason });
    return ok(undefined, M.reset(user.email));
  });
}
