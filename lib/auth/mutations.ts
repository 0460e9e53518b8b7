import { appendAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import type { AuditAction } from "@/lib/audit/wording";
import { prisma, type Tx } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import { recentFailures } from "./data";
import { throttleDecision } from "./throttle";

export type SignInOutcome = "succeeded" | "bad_credentials" | "inactive" | "wrong_code" | "replayed_code" | "recovery_code" | "sso_only";

/**
 * `step` is which factor is being tried. Second-factor attempts are counted on their own, so that
 * the right password (which ends the password count) does not also reset the count of wrong codes.
 */
type Attempt = { email: string; ip: string | null; userId: string | null; personId: string | null; context: AuditContext; at: Date; step?: "password" | "second_factor" };

const SUCCEEDED: ReadonlySet<SignInOutcome> = new Set(["succeeded", "recovery_code"]);

function throttleKey(attempt: Attempt): string {
  return attempt.step === "second_factor" ? `second-factor:${attempt.email}` : attempt.email;
}

export type AttemptStart = { throttled: true; retryAt: Date } | { throttled: false; attemptId: string };

// The column predates addresses being optional; no trustworthy address is never counted (see recentFailures).
const NO_ADDRESS = "unknown";

/**
 * The throttle's check and its count as one step. Under a lock on the account (and the address),
 * the recent failures are read and, unless they reach a limit, the attempt is written as a failure
 * before its password is checked; `finishSignInAttempt` turns it into a success if the password
 * matches. Concurrent attempts for one account therefore queue on the lock and each sees the ones
 * before it: thirty at once get five password checks, not thirty. The password is checked outside
 * the transaction, so no connection is held while argon2 runs. A throttled attempt is logged but
 * not counted, so an attacker cannot extend a pause indefinitely.
 */
export async function startSignInAttempt(attempt: Attempt): Promise<AttemptStart> {
  return prisma.$transaction(async (tx) => {
    // Always the account first, then the address: one order for everyone, so no two attempts wait on each other.
    const key = throttleKey(attempt);
    await lockFor(tx, `sign-in:account:${key}`);
    if (attempt.ip !== null) await lockFor(tx, `sign-in:address:${attempt.ip}`);
    const failures = await recentFailures(tx, key, attempt.ip, attempt.at);
    const decision = throttleDecision(failures.account, failures.address, attempt.at);
    if (decision.blocked) {
      await appendSignInEvent(tx, attempt, "throttled");
      return { throttled: true, retryAt: decision.retryAt };
    }
    const row = await tx.signInAttempt.create({
      data: { email: key, ip: attempt.ip ?? NO_ADDRESS, succeeded: false, at: attempt.at },
      select: { id: true },
    });
    return { throttled: false, attemptId: row.id };
  });
}

/** Records how a started attempt ended (ASVS V16): the throttle counter and the audit trail, together. */
export async function finishSignInAttempt(attemptId: string, attempt: Attempt, outcome: SignInOutcome): Promise<void> {
  await prisma.$transaction(async (tx) => {
    if (SUCCEEDED.has(outcome)) {
      await tx.signInAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
      if (attempt.userId && attempt.step !== "second_factor") await tx.user.update({ where: { id: attempt.userId }, data: { lastSignInAt: attempt.at } });
    }
    await appendSignInEvent(tx, attempt, outcome);
  });
}

function appendSignInEvent(tx: Tx, attempt: Attempt, outcome: SignInOutcome | "throttled") {
  return appendAuditEvent(tx, { ...attempt.context, actorUserId: attempt.userId, actorLabel: attempt.email }, {
    action: `auth.${attempt.step === "second_factor" ? "second_factor" : "sign_in"}${SUCCEEDED.has(outcome as SignInOutcome) ? "" : "_failed"}`,
    entityType: "User",
    entityId: attempt.userId,
    personId: attempt.personId,
    after: { outcome },
  });
}

/**
 * Ends every session of the user (tokens carry the version they were issued with). Without a
 * context the user is ending their own sessions, and is named in the trail by their email.
 */
export async function endSessions(userId: string, action: AuditAction, context?: AuditContext): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { personId: true, email: true },
    });
    const actor = context ?? { actorUserId: userId, actorLabel: user.email, ip: null, userAgent: null };
    await appendAuditEvent(tx, actor, { action, entityType: "User", entityId: userId, personId: user.personId });
  });
}
