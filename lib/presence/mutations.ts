import { prisma } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, type AuditContext } from "@/lib/audit/mutations";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { employedOn } from "@/lib/person/employment";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { versionsOf } from "@/lib/version/rows";
import type { PresenceInput } from "./schema";

/**
 * A provider's "I'm on site now" or "I'm leaving", at the instant of the tap. Only the provider
 * themselves, signed in, only where they work today; a second check-in (or a check-out while not
 * checked in) is refused so the day's record reads as it happened. With the audit event, in one
 * transaction, serialized per provider and location. The answer is in the provider's language.
 */
export async function recordPresence(input: PresenceInput, actor: Actor, context: AuditContext, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<Outcome<{ kind: PresenceInput["kind"]; time: string }>> {
  const t = translatorFor(locale, "presence");
  if (input.providerId !== actor.personId) {
    return fail("REFUSED", t("outcome.notYourself", { name: actor.name }));
  }
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `presence:${input.providerId}:${input.locationId}`);
    const [person, location] = await Promise.all([
      tx.person.findUnique({ where: { id: input.providerId }, select: { providerType: true, employments: { where: { locationId: input.locationId } } } }),
      tx.location.findUnique({ where: { id: input.locationId }, select: { name: true, timeZone: true, active: true } }),
    ]);
    if (!person || !location?.active) return fail("NOT_FOUND");
    if (!person.providerType) return fail("REFUSED", t("outcome.notProvider"));
    const today = wallClock(now, location.timeZone).date;
    if (!employedOn(versionsOf(person.employments), input.locationId, today, now)) {
      return fail("REFUSED", t("outcome.notWorkingHere", { location: location.name }));
    }
    const events = await tx.presenceEvent.findMany({ where: { providerId: input.providerId, locationId: input.locationId, at: { gte: startOfLocalDay(today, location.timeZone), lte: now } }, select: { kind: true, at: true } });
    const state = checkInState(events, now, location.timeZone);
    if (input.kind === "check_in" && state.checkedIn) return fail("CONFLICT", t("outcome.alreadyIn", { location: location.name, time: formatMinute(state.since!) }));
    if (input.kind === "check_out" && !state.checkedIn) return fail("CONFLICT", t("outcome.notIn", { location: location.name }));
    const event = await tx.presenceEvent.create({ data: { locationId: input.locationId, providerId: input.providerId, kind: input.kind, at: now, recordedById: actor.userId }, select: { id: true } });
    const time = wallClock(now, location.timeZone).time;
    await appendAuditEvent(tx, context, { action: input.kind === "check_in" ? "presence.check_in" : "presence.check_out", entityType: "PresenceEvent", entityId: event.id, locationId: input.locationId, after: { providerId: input.providerId, kind: input.kind, at: now.toISOString() } });
    return ok({ kind: input.kind, time }, input.kind === "check_in" ? t("outcome.checkedIn", { location: location.name, time }) : t("outcome.checkedOut", { location: location.name, time }));
  });
}
