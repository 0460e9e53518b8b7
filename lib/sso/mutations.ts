import { randomBytes } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import { appendAuditEvent, recordAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { insertPerson } from "@/lib/person/mutations";
import type { SsoAccount } from "./rules";

/**
 * Single sign-on outcomes in the audit trail, named like password sign-ins (the email as the actor's
 * label, the request's address and browser). They write no SignInAttempt row: that table is the
 * password throttle's counter, and an identity provider's answer is not a password guess. Counting it
 * would let refused single sign-ons pause a person's password sign-in (an admin's break-glass among
 * them), and a successful one reset the count a password guesser is held to.
 */
export type SsoAttempt = { email: string | null; context: AuditContext; at: Date };

export const SSO_PROVIDER = "oidc";

function actor(attempt: SsoAttempt, userId: string | null): AuditContext {
  return { ...attempt.context, actorUserId: userId, actorLabel: attempt.email ?? attempt.context.actorLabel };
}

function appendSignIn(tx: Tx, attempt: SsoAttempt, account: { id: string; personId: string }, created: boolean) {
  return appendAuditEvent(tx, actor(attempt, account.id), {
    action: "auth.sso_sign_in",
    entityType: "User",
    entityId: account.id,
    personId: account.personId,
    after: { provider: SSO_PROVIDER, created },
  });
}

export async function recordSsoSignIn(attempt: SsoAttempt, account: SsoAccount): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: account.id }, data: { lastSignInAt: attempt.at } });
    await appendSignIn(tx, attempt, account, false);
  });
}

/**
 * A refused single sign-on, or one next-auth rejected before Cleared saw any claim (`stage`
 * "callback": a forged state, a token for another client...). `account` only when the email was
 * verified and names a user (an inactive one): an unverified email proves nothing about who it is.
 */
export async function recordSsoRefusal(attempt: SsoAttempt, reason: string, details: { account?: { id: string; personId: string } | null; stage?: "claims" | "callback" | "start"; providerError?: string } = {}): Promise<void> {
  const { account = null, stage = "claims", providerError } = details;
  await recordAuditEvent(actor(attempt, account?.id ?? null), {
    action: "auth.sso_refused",
    entityType: "User",
    entityId: account?.id ?? null,
    personId: account?.personId ?? null,
    after: { provider: SSO_PROVIDER, reason, stage, ...(providerError ? { providerError } : {}) },
  });
}

/**
 * First single sign-on of someone the organization lets in without an account: a person and a user
 * with the medical assistant role only (no locations, so nothing to see until a manager adds their
 * employment), created, audited and signed in in one transaction. The password hash is of 32 random
 * bytes nobody ever sees, so the account has no usable password until an admin resets it. Null when
 * another request created the same email first (the caller looks it up again).
 */
export async function createSsoUser(attempt: SsoAttempt & { email: string }, name: { firstName: string; lastName: string }): Promise<SsoAccount | null> {
  const passwordHash = await hashPassword(randomBytes(32).toString("base64url"));
  try {
    return await prisma.$transaction(async (tx) => {
      const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
      const personId = await insertPerson(
        tx,
        { organizationId: organization.id, ...name, employeeId: null, isMedicalAssistant: true, providerType: null, credentialTier: "none", employment: [] },
        { actor: null, now: attempt.at },
      );
      const grants = [{ role: "medical_assistant" as const, locationId: null, taskId: null }];
      const user = await tx.user.create({
        data: { personId, email: attempt.email, passwordHash, lastSignInAt: attempt.at, roleGrants: { create: grants } },
        select: { id: true, active: true, sessionVersion: true, personId: true },
      });
      await appendAuditEvent(tx, actor(attempt, user.id), {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        personId,
        after: { email: attempt.email, name: `${name.firstName} ${name.lastName}`.trim(), grants, workLocationIds: [], via: "single_sign_on" },
      });
      await appendSignIn(tx, attempt, user, true);
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}
