import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, appendAuditEvents, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { toDbDate } from "@/lib/time/calendar";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { governing } from "@/lib/version/governing";
import { STATUS_CHANGES } from "./schema";

/** Dates are calendar dates at the location; `effectiveTo` is the first day no longer in force. */
export type NewAuthorization = { personId: string; taskId: string; locationId: string; effectiveFrom: string; effectiveTo: string | null; conditions: string | null };

/**
 * Writes the authorizations of one grant and, per person, one audit event listing them, in one
 * transaction. The unique constraint on (person, task, location, start) makes two managers granting
 * the same task at the same moment produce one authorization: the second gets a conflict.
 */
export async function createAuthorizations(rows: readonly NewAuthorization[], actor: Actor, context: AuditContext, timeZone: string, now: Date = new Date()): Promise<Outcome<{ count: number }>> {
  const withIds = rows.map((row) => ({ ...row, id: newId() }));
  // Active from the start of its first day when that has come (a grant entered late, "from last
  // Monday", was in force from then), otherwise from now.
  const activeFrom = (r: NewAuthorization) => {
    const start = startOfLocalDay(r.effectiveFrom, timeZone);
    return start < now ? start : now;
  };
  try {
    await prisma.$transaction(async (tx) => {
      await tx.authorization.createMany({
        data: withIds.map((r) => ({
          ...r,
          effectiveFrom: toDbDate(r.effectiveFrom),
          effectiveTo: r.effectiveTo ? toDbDate(r.effectiveTo) : null,
          grantedById: actor.userId,
          grantedByName: actor.name,
          grantedAt: now,
          status: "active" as const,
        })),
      });
      await tx.authorizationStatusChange.createMany({
        data: withIds.map((r) => ({ id: newId(), authorizationId: r.id, status: "active" as const, effectiveAt: activeFrom(r), recordedAt: now, byUserId: actor.userId, byName: actor.name })),
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
      return fail("CONFLICT", say("authorization.outcome.grantedMeanwhile"));
    }
    throw error;
  }
  return ok({ count: withIds.length });
}

/**
 * Suspends, reinstates or revokes, with a reason, appending to the authorization's history. The
 * change takes effect at `effectiveAt`, which may be in the past ("revoked last Tuesday", recorded
 * now) but not before the authorization starts, not before the change now in force, and not in the
 * future: answers for moments after it change, the decision log keeps what was said then.
 * Revocation is final: a revoked authorization is granted again, not reinstated.
 */
export async function changeAuthorizationStatus(
  input: { authorizationId: string; version: number; change: keyof typeof STATUS_CHANGES; reason: string; effectiveAt: Date },
  actor: Actor,
  context: AuditContext,
  timeZone: string,
  now: Date = new Date(),
): Promise<Outcome> {
  const status = STATUS_CHANGES[input.change];
  return prisma.$transaction(async (tx) => {
    const current = await tx.authorization.findUnique({
      where: { id: input.authorizationId },
      select: { status: true, version: true, personId: true, locationId: true, effectiveFrom: true, task: { select: { name: true } }, history: { select: { status: true, effectiveAt: true, recordedAt: true } } },
    });
    if (!current) return fail("NOT_FOUND");
    if (current.version !== input.version) return fail("STALE", await staleMessage(tx, "Authorization", input.authorizationId, timeZone));
    const changes = current.history.map((h, i) => ({ ...h, version: i + 1, supersedes: null, effectiveFrom: h.effectiveAt.toISOString(), effectiveTo: null }));
    const inForce = governing(changes, now.toISOString(), now);
    const local = (at: Date) => `${wallClock(at, timeZone).date} ${wallClock(at, timeZone).time}`;
    if (inForce?.status === "revoked") return fail("REFUSED", say("authorization.outcome.revokedFinal"));
    if (inForce?.status === status) return fail("REFUSED", say("authorization.outcome.already", { status }));
    const when = (message: string) => fail("VALIDATION", message, { effectiveOn: message });
    if (input.effectiveAt > now) return when(say("authorization.outcome.notFuture"));
    const starts = startOfLocalDay(current.effectiveFrom.toISOString().slice(0, 10), timeZone);
    if (input.effectiveAt < starts) return when(say("authorization.outcome.beforeStart", { date: current.effectiveFrom.toISOString().slice(0, 10) }));
    if (inForce && input.effectiveAt <= new Date(inForce.effectiveFrom)) {
      return when(say("authorization.outcome.afterCurrent", { status: inForce.status, at: local(new Date(inForce.effectiveFrom)) }));
    }
    const bumped = await tx.authorization.updateMany({ where: { id: input.authorizationId, version: input.version }, data: { status, version: { increment: 1 } } });
    if (bumped.count !== 1) return fail("STALE", await staleMessage(tx, "Authorization", input.authorizationId, timeZone));
    await tx.authorizationStatusChange.create({ data: { authorizationId: input.authorizationId, status, reason: input.reason, effectiveAt: input.effectiveAt, recordedAt: now, byUserId: actor.userId, byName: actor.name } });
    await appendAuditEvent(tx, context, {
      action: `authorization.${input.change}`,
      entityType: "Authorization",
      entityId: input.authorizationId,
      personId: current.personId,
      locationId: current.locationId,
      before: { status: current.status },
      after: { status, reason: input.reason, effectiveAt: input.effectiveAt.toISOString() },
    });
    const backdated = now.getTime() - input.effectiveAt.getTime() > 60_000;
    const said = { change: input.change, task: current.task.name };
    return ok(undefined, backdated ? say("authorization.outcome.changedBackdated", { ...said, at: local(input.effectiveAt) }) : say("authorization.outcome.changed", said));
  });
}
