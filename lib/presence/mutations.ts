import { prisma } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { employedOn } from "@/lib/person/employment";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { versionsOf } from "@/lib/version/rows";
import type { PresenceInput } from "./schema";

/**
 * A provider's "I'm on site now" or "I'm leaving", at the instant of the tap. Only the provider
 * themselves, signed in, only where they work today; a second check-in (or a check-out while not
 * checked in) is refused so the day's record reads as it happened. With the audit event, in one
 * transaction, serialized per provider and location.
 */
export async function recordPresence(input: PresenceInput, actor: Actor, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ kind: PresenceInput["kind"]; time: string }>> {
  if (input.providerId !== actor.personId) {
    return fail("REFUSED", `You are signed in as ${actor.name}: a provider checks in or out only for themselves, signed in as themselves.`);
  }
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `presence:${input.providerId}:${input.locationId}`);
    const [person, location] = await Promise.all([
      tx.person.findUnique({ where: { id: input.providerId }, select: { providerType: true, employments: { where: { locationId: input.locationId } } } }),
      tx.location.findUnique({ where: { id: input.locationId }, select: { name: true, timeZone: true, active: true } }),
    ]);
    if (!person || !location?.active) return fail("NOT_FOUND");
    if (!person.providerType) return fail("REFUSED", "Only providers check in: you are not on record as a provider.");
    const today = wallClock(now, location.timeZone).date;
    if (!employedOn(versionsOf(person.employments), input.locationId, today, now)) {
      return fail("REFUSED", `You are not on record as working at ${location.name} today, so you cannot check in or out there. Ask the location's manager.`);
    }
    const events = await tx.presenceEvent.findMany({ where: { providerId: input.providerId, locationId: input.locationId, at: { gte: startOfLocalDay(today, location.timeZone), lte: now } }, select: { kind: true, at: true } });
    const state = checkInState(events, now, location.timeZone);
    if (input.kind === "check_in" && state.checkedIn) return fail("CONFLICT", `You are already checked in at ${location.name} (since ${formatMinute(state.since!)}).`);
    if (input.kind === "check_out" && !state.checkedIn) return fail("CONFLICT", `You are not checked in at ${location.name} today.`);
    const event = await tx.presenceEvent.create({ data: { locationId: input.locationId, providerId: input.providerId, kind: input.kind, at: now, recordedById: actor.userId }, select: { id: true } });
    const time = wallClock(now, location.timeZone).time;
    await appendAuditEvent(tx, context, { action: input.kind === "check_in" ? "presence.check_in" : "presence.check_out", entityType: "PresenceEvent", entityId: event.id, locationId: input.locationId, after: { providerId: input.providerId, kind: input.kind, at: now.toISOString() } });
    return ok({ kind: input.kind, time }, input.kind === "check_in" ? `Checked in at ${location.name} at ${time}.` : `Checked out of ${location.name} at ${time}.`);
  });
}
