import { prisma } from "@/lib/db/client";
import { appendAuditEvent, type AuditContext } from "@/lib/audit/mutations";

export type SignInOutcome = "succeeded" | "bad_credentials" | "inactive" | "throttled";

/** Logs every sign-in attempt (ASVS V16): the throttle counter and the audit trail, together. */
export async function recordSignInAttempt(input: {
  email: string;
  userId: string | null;
  personId: string | null;
  outcome: SignInOutcome;
  context: AuditContext;
  at: Date;
}): Promise<void> {
  await prisma.$transaction(async (tx) => {
    // A throttled attempt is refused before the password is checked: it is logged but not counted,
    // so an attacker cannot extend a lock indefinitely.
    if (input.outcome !== "throttled") {
      await tx.signInAttempt.create({
        data: { email: input.email, ip: input.context.ip ?? "unknown", succeeded: input.outcome === "succeeded", at: input.at },
      });
    }
    if (input.outcome === "succeeded" && input.userId) {
      await tx.user.update({ where: { id: input.userId }, data: { lastSignInAt: input.at } });
    }
    await appendAuditEvent(tx, { ...input.context, actorUserId: input.userId, actorLabel: input.email }, {
      action: input.outcome === "succeeded" ? "auth.sign_in" : "auth.sign_in_failed",
      entityType: "User",
      entityId: input.userId,
      personId: input.personId,
      after: { outcome: input.outcome },
    });
  });
}

/**
 * Ends every session of the user (tokens carry the version they were issued with). Without a
 * context the user is ending their own sessions, and is named in the trail by their email.
 */
export async function endSessions(userId: string, action: string, context?: AuditContext): Promise<void> {
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
