import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { governing } from "@/lib/version/governing";
import type { LocationInput } from "./schema";

/** Valid time of a location's first version: it has always been where it is. */
const SINCE_ALWAYS = "1900-01-01";

async function locationVersions(tx: Tx, locationId: string) {
  const rows = await tx.locationVersion.findMany({ where: { locationId }, orderBy: { version: "asc" } });
  return rows.map((r) => ({ ...r, supersedes: r.supersedesVersion, effectiveFrom: r.effectiveFrom.toISOString(), effectiveTo: null }));
}

/**
 * Creates or edits a location. Name and address are edited in place. A change of state or time zone
 * is a new version: a correction (it was entered wrong, so answers for every moment use the new
 * value) or a change from a date, which may be past but not future (answers before it keep the old
 * state, whose law applied then). Requiring check-ins (or no longer) is a new version from the moment
 * saved: answers before it stay as they were. The values kept on the location are the version in
 * force now; decisions read the versions.
 */
export async function saveLocation(input: LocationInput, context: AuditContext, timeZone: string, now: Date = new Date()): Promise<Outcome<{ id: string }>> {
  const { locationId, version, change, changeFrom, requiresCheckIn, ...fields } = input;
  try {
    return await prisma.$transaction(async (tx) => {
      if (!locationId) {
        const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
        const created = await tx.location.create({ data: { ...fields, requiresCheckIn, organizationId: organization.id }, select: { id: true } });
        await tx.locationVersion.create({ data: { locationId: created.id, version: 1, state: fields.state, timeZone: fields.timeZone, requiresCheckIn, effectiveFrom: startOfLocalDay(SINCE_ALWAYS, fields.timeZone), recordedAt: now, recordedById: context.actorUserId } });
        await appendAuditEvent(tx, context, { action: "location.create", entityType: "Location", entityId: created.id, locationId: created.id, after: { ...fields, requiresCheckIn } });
        return ok({ id: created.id }, say("location.outcome.added"));
      }
      const before = await tx.location.findUnique({ where: { id: locationId }, select: { name: true, address: true, state: true, timeZone: true, requiresCheckIn: true } });
      if (!before) return fail("NOT_FOUND");
      const moved = before.state !== fields.state || before.timeZone !== fields.timeZone;
      const checkInChanged = before.requiresCheckIn !== requiresCheckIn;
      if (moved && !change) return fail("VALIDATION", say("location.outcome.sayWhichChange"), { change: say("location.field.chooseOne") });
      const today = wallClock(now, fields.timeZone).date;
      if (moved && change === "from_date" && (!changeFrom || changeFrom > today)) {
        return fail("VALIDATION", say("location.outcome.chooseChangeDay"), { changeFrom: say("location.field.todayOrEarlier") });
      }
      let versions = await locationVersions(tx, locationId);
      const addVersion = async (data: { supersedesVersion: number | null; state: string; timeZone: string; requiresCheckIn: boolean; effectiveFrom: Date; reason: string }) => {
        await tx.locationVersion.create({ data: { ...data, locationId, version: (versions[versions.length - 1]?.version ?? 0) + 1, recordedAt: now, recordedById: context.actorUserId } });
        versions = await locationVersions(tx, locationId);
      };
      if (moved) {
        const inForce = governing(versions, now.toISOString(), now);
        await addVersion({
          supersedesVersion: change === "correction" ? (inForce?.version ?? null) : null,
          state: fields.state,
          timeZone: fields.timeZone,
          requiresCheckIn: inForce?.requiresCheckIn ?? before.requiresCheckIn,
          effectiveFrom: change === "correction" && inForce ? new Date(inForce.effectiveFrom) : startOfLocalDay(changeFrom ?? today, fields.timeZone),
          reason: change === "correction" ? "Corrected" : `Changed on ${changeFrom}`,
        });
      }
      if (checkInChanged) {
        await addVersion({ supersedesVersion: null, state: fields.state, timeZone: fields.timeZone, requiresCheckIn, effectiveFrom: now, reason: requiresCheckIn ? "Check-ins required" : "Check-ins no longer required" });
      }
      const current = governing(versions, now.toISOString(), now);
      const cache = current ? { state: current.state, timeZone: current.timeZone, requiresCheckIn: current.requiresCheckIn } : {};
      const { state: _s, timeZone: _z, ...named } = fields;
      const updated = await tx.location.updateMany({ where: { id: locationId, version: version ?? 0 }, data: { ...named, ...cache, version: { increment: 1 } } });
      if (updated.count !== 1) return fail("STALE", await staleMessage(tx, "Location", locationId, timeZone));
      const action = moved ? (change === "correction" ? "location.correct_state" : "location.change_state") : checkInChanged ? "location.check_in_setting" : "location.update";
      await appendAuditEvent(tx, context, { action, entityType: "Location", entityId: locationId, locationId, before, after: { ...fields, requiresCheckIn, change: change ?? null, changeFrom: changeFrom ?? null } });
      const saved = moved ? (change === "correction" ? say("location.outcome.corrected") : say("location.outcome.changedFrom", { date: changeFrom ?? today })) : say("location.outcome.saved");
      if (!checkInChanged) return ok({ id: locationId }, saved);
      return ok({ id: locationId }, say("location.outcome.withCheckIns", { saved, checkIns: say(requiresCheckIn ? "location.outcome.checkInsRequired" : "location.outcome.checkInsDropped") }));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("CONFLICT", undefined, { name: say("location.field.nameTaken") });
    throw error;
  }
}
