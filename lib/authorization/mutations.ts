import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, appendAuditEvents, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { STATUS_CHANGES } from "./schema";

export type NewAuthorization = { personId: string; taskId: string; locationId: string; effectiveFrom: Date; effectiveTo: Date | null; conditions: string | null };

/**
 * Writes the authorizations of one grant and, per person, one audit event listing them, in one
 * transaction. The unique constraint on (person, task, location, start) makes two managers granting
 * the same task at the same moment produce one authorization: the second gets a conflict.
 */
export async function createAuthorizations(rows: readonly NewAuthorization[], actor: Actor, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ count: number }>> {
  const withIds = rows.map((row) => ({ ...row, id: newId() }));
  try {
    await prisma.$transaction(async (tx) => {
      await tx.authorization.createMany({
        data: withIds.map((r) => ({ ...r, grantedById: actor.userId, grantedByName: actor.name, grantedAt: now, status: "active" as const })),
      });
      await tx.authorizationStatusChange.createMany({
        data: withIds.map((r) => ({ id: newId(), authorizationId: r.id, status: "active" as const, at: now, byUserId: actor.userId, byName: actor.name })),
      });
      const byPerson = new Map<string, typeof withIds>();
      for (const row of withIds) byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
      await appendAuditEvents(
        tx,
        context,
        [...byPerson].map(([personId, granted]) => ({
          action: "authorization.grant",
          entityType: "Authorization",
          entityId: granted.length === 1 ? granted[0]!.id : null,
          personId,
          locationId: granted[0]!.locationId,
          after: granted.map((g) => ({ id: g.id, taskId: g.taskId, effectiveFrom: g.effectiveFrom, effectiveTo: g.effectiveTo, conditions: g.conditions })),
        })),
      );
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("CONFLICT", "Someone authorized one of these tasks at the same moment. Nothing was saved: reload to see the current authorizations, then grant what is still missing.");
    }
    throw error;
  }
  return ok({ count: withIds.length });
}

/**
 * Suspends, reinstates or revokes, with a reason, appending to the authorization's history.
 * Revocation is final: a revoked authorization is granted again, not reinstated.
 */
export async function changeAuthorizationStatus(
  input: { authorizationId: string; version: number; change: keyof typeof STATUS_CHANGES; reason: string },
  actor: Actor,
  context: AuditContext,
  timeZone: string,
): Promise<Outcome> {
  const status = STATUS_CHANGES[input.change];
  return prisma.$transaction(async (tx) => {
    const current = await tx.authorization.findUnique({ where: { id: input.authorizationId }, select: { status: true, version: true, personId: true, locationId: true, task: { select: { name: true } } } });
    if (!current) return fail("NOT_FOUND");
    if (current.version !== input.version) return fail("STALE", await staleMessage(tx, "Authorization", input.authorizationId, timeZone));
    if (current.status === "revoked") return fail("REFUSED", "This authorization was revoked; a revoked authorization cannot change again. Grant the task anew if it applies again.");
    if (current.status === status) return fail("REFUSED", `This authorization is already ${status === "active" ? "active" : status}.`);
    const bumped = await tx.authorization.updateMany({ where: { id: input.authorizationId, version: input.version }, data: { status, version: { increment: 1 } } });
    if (bumped.count !== 1) return fail("STALE", await staleMessage(tx, "Authorization", input.authorizationId, timeZone));
    await tx.authorizationStatusChange.create({ data: { authorizationId: input.authorizationId, status, reason: input.reason, byUserId: actor.userId, byName: actor.name } });
    await appendAuditEvent(tx, context, {
      action: `authorization.${input.change}`,
      entityType: "Authorization",
      entityId: input.authorizationId,
      personId: current.personId,
      locationId: current.locationId,
      before: { status: current.status },
      after: { status, reason: input.reason },
    });
    const verb = { suspend: "suspended", reinstate: "reinstated", revoke: "revoked" }[input.change];
    return ok(undefined, `${current.task.name}: authorization ${verb}.`);
  });
}
