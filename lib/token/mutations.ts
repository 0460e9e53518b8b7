import { addDays } from "date-fns";
import { prisma } from "@/lib/db/client";
import { appendAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import type { CreateTokenInput } from "./schema";
import { newTokenSecret } from "./secret";
import { TOUCH_INTERVAL_MS } from "./status";

/**
 * Creates a token and returns its secret, the only time it exists outside the caller: the database
 * keeps its hash. The audit event names the token, its scopes and locations, never the secret.
 */
export async function createToken(input: CreateTokenInput, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ tokenId: string; secret: string; expiresAt: Date }>> {
  const { secret, prefix, hash } = newTokenSecret();
  const expiresAt = addDays(now, input.expiresInDays);
  return prisma.$transaction(async (tx) => {
    const known = await tx.location.count({ where: { id: { in: input.locationIds } } });
    if (known !== input.locationIds.length) return fail("VALIDATION", say("token.outcome.unknownLocation"), { locationIds: say("token.field.locationsFromList") });
    const token = await tx.apiToken.create({
      data: { name: input.name, prefix, secretHash: hash, scopes: input.scopes, locationIds: input.locationIds, expiresAt, createdBy: context.actorLabel, createdAt: now },
      select: { id: true },
    });
    await appendAuditEvent(tx, context, {
      action: "token.create",
      entityType: "ApiToken",
      entityId: token.id,
      after: { name: input.name, prefix, scopes: input.scopes, locationIds: input.locationIds, expiresAt: expiresAt.toISOString() },
    });
    return ok({ tokenId: token.id, secret, expiresAt });
  });
}

/** Revokes a token from now on; revoking one already revoked changes nothing and says so. */
export async function revokeToken(tokenId: string, context: AuditContext, now: Date = new Date()): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { name: true, prefix: true, revokedAt: true } });
    if (!token) return fail("NOT_FOUND");
    if (token.revokedAt) return fail("CONFLICT", say("token.outcome.alreadyRevoked", { name: token.name }));
    await tx.apiToken.update({ where: { id: tokenId }, data: { revokedAt: now } });
    await appendAuditEvent(tx, context, { action: "token.revoke", entityType: "ApiToken", entityId: tokenId, before: { revokedAt: null }, after: { name: token.name, prefix: token.prefix, revokedAt: now.toISOString() } });
    return ok(undefined, say("token.outcome.revoked", { name: token.name }));
  });
}

/**
 * Records that a token was used. Not audited: the call itself is (its answer or its refusal), and
 * this is bookkeeping for the admin list. The condition keeps two calls in the same minute from both writing.
 */
export async function touchToken(tokenId: string, now: Date): Promise<void> {
  const olderThan = new Date(now.getTime() - TOUCH_INTERVAL_MS);
  await prisma.apiToken.updateMany({ where: { id: tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: olderThan } }] }, data: { lastUsedAt: now } });
}
