import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/lib/time/calendar";
import { governing } from "@/lib/version/governing";
import { nextVersion } from "@/lib/version/edit";
import { versionsOf } from "@/lib/version/rows";
import { describePeriod, overlapping, standingPeriods, type Period } from "./employment";
import { lockFor } from "@/lib/db/lock";

type By = { actor: Actor | null; now: Date };
const recorded = ({ actor, now }: By) => ({ recordedAt: now, recordedById: actor?.userId ?? null });

export type NewPerson = {
  organizationId: string;
  firstName: string;
  lastName: string;
  employeeId: string | null;
  isMedicalAssistant: boolean;
  providerType: "MD" | "DO" | "DPM" | "PA" | "NP" | "CNM" | null;
  credentialTier: string;
  /** Where and from when they work (calendar dates; `effectiveTo` first day no longer employed). */
  employment: { locationId: string; effectiveFrom: string; effectiveTo: string | null }[];
};

/**
 * Writes a person with the first versions of everything a decision reads about them: an employment
 * period per location, their tier and their provider type, each from the first day of work. Used by
 * every way a person arrives (the people page, user administration, the demo).
 */
export async function insertPerson(tx: Tx, person: NewPerson, by: By): Promise<string> {
  const { employment, ...fields } = person;
  const today = fromDbDate(by.now);
  // Tier and provider type hold from the first day of work, or from today for someone who starts
  // later: like every change of them, never dated ahead.
  const first = employment.map((e) => e.effectiveFrom).sort()[0];
  const since = first && first < today ? first : today;
  const backwards = employment.find((e) => e.effectiveTo !== null && e.effectiveTo <= e.effectiveFrom);
  if (backwards) throw new Error("insertPerson(): an employment period ends before it starts");
  const created = await tx.person.create({
    data: {
      ...fields,
      credentialTier: fields.credentialTier as never,
      locations: { create: [...new Set(employment.map((e) => e.locationId))].map((locationId) => ({ locationId })) },
      employments: { create: employment.map((e) => ({ lineageId: newId(), version: 1, locationId: e.locationId, effectiveFrom: toDbDate(e.effectiveFrom), effectiveTo: e.effectiveTo ? toDbDate(e.effectiveTo) : null, ...recorded(by) })) },
      tiers: { create: [{ version: 1, credentialTier: fields.credentialTier as never, effectiveFrom: toDbDate(since), ...recorded(by) }] },
      providerRoles: { create: fields.providerType ? [{ version: 1, providerType: fields.providerType, effectiveFrom: toDbDate(since), ...recorded(by) }] : [] },
    },
    select: { id: true },
  });
  return created.id;
}

export async function createPerson(person: Omit<NewPerson, "organizationId">, actor: Actor, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ personId: string }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
      const locationIds = [...new Set(person.employment.map((e) => e.locationId))];
      if ((await tx.location.count({ where: { id: { in: locationIds }, active: true } })) !== locationIds.length) {
        return fail("VALIDATION", say("person.field.locationFromList"), { locationId: say("person.field.locationFromList") });
      }
      const personId = await insertPerson(tx, { ...person, organizationId: organization.id }, { actor, now });
      await appendAuditEvent(tx, context, { action: "person.create", entityType: "Person", entityId: personId, personId, locationId: person.employment[0]?.locationId ?? null, after: person });
      return ok({ personId }, say("person.outcome.added", { firstName: person.firstName, lastName: person.lastName }));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("CONFLICT", say("person.field.employeeIdTaken"), { employeeId: say("person.field.employeeIdTaken") });
    throw error;
  }
}

/** Name and employee ID, edited in place: they name a person, no decision reads them. */
export async function updatePerson(input: { personId: string; version: number; firstName: string; lastName: string; employeeId: string | null }, context: AuditContext, timeZone: string): Promise<Outcome> {
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.person.findUnique({ where: { id: input.personId }, select: { firstName: true, lastName: true, employeeId: true } });
      if (!before) return fail("NOT_FOUND");
      const { personId, version, ...after } = input;
      const updated = await tx.person.updateMany({ where: { id: personId, version }, data: { ...after, version: { increment: 1 } } });
      if (updated.count !== 1) return fail("STALE", await staleMessage(tx, "Person", personId, timeZone));
      await appendAuditEvent(tx, context, { action: "person.update", entityType: "Person", entityId: personId, personId, before, after });
      return ok(undefined, say("person.outcome.saved"));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("CONFLICT", say("person.field.employeeIdTaken"), { employeeId: say("person.field.employeeIdTaken") });
    throw error;
  }
}

export type DatedKind = "tier" | "provider";
type DatedChange = { personId: string; version: number; from: string; corrects: number | null; reason: string | null; value: string | null };

type DatedRow = { version: number; supersedesVersion: number | null; effectiveFrom: Date; recordedAt: Date; value: string | null };

async function datedVersions(tx: Tx, kind: DatedKind, personId: string): Promise<DatedRow[]> {
  const pick = (r: Omit<DatedRow, "value">, value: string | null): DatedRow => ({ version: r.version, supersedesVersion: r.supersedesVersion, effectiveFrom: r.effectiveFrom, recordedAt: r.recordedAt, value });
  if (kind === "tier") return (await tx.personTier.findMany({ where: { personId }, orderBy: { version: "asc" } })).map((r) => pick(r, r.credentialTier));
  return (await tx.providerRole.findMany({ where: { personId }, orderBy: { version: "asc" } })).map((r) => pick(r, r.providerType));
}

/**
 * A person's credential tier or provider type from a date on (or a correction of one version).
 * Such changes are recorded on or after the day they apply, never scheduled, so the value kept on the
 * person for lists (the one in force today) stays true until the next change; decisions read the
 * versions, so answers for any other moment use the value in force then.
 */
export async function changeDated(kind: DatedKind, change: DatedChange, today: string, actor: Actor, context: AuditContext, timeZone: string, now: Date = new Date()): Promise<Outcome> {
  if (change.from > today) return fail("VALIDATION", say("person.outcome.futureChange"), { from: say("person.field.futureDate") });
  return prisma.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: change.personId }, select: { version: true, isMedicalAssistant: true, employments: { select: { effectiveFrom: true }, orderBy: { effectiveFrom: "asc" }, take: 1 } } });
    if (!person) return fail("NOT_FOUND");
    if (person.version !== change.version) return fail("STALE", await staleMessage(tx, "Person", change.personId, timeZone));
    const versions = versionsOf(await datedVersions(tx, kind, change.personId)).map((v) => ({ ...v, effectiveTo: null }));
    let version = 1;
    let supersedes: number | null = null;
    if (versions.length > 0) {
      const next = nextVersion(versions, { version: versions[versions.length - 1]!.version, corrects: change.corrects }, now);
      if (next === "stale" || !next.ok) return next === "stale" ? fail("STALE") : next;
      ({ version, supersedes } = next.data);
    } else if (change.corrects !== null) return fail("NOT_FOUND");
    const data = { personId: change.personId, version, supersedesVersion: supersedes, effectiveFrom: toDbDate(change.from), reason: change.reason, recordedAt: now, recordedById: actor.userId };
    if (kind === "tier") await tx.personTier.create({ data: { ...data, credentialTier: (change.value ?? "none") as never } });
    else await tx.providerRole.create({ data: { ...data, providerType: change.value as never } });
    const all = [...versions, { ...data, supersedes, effectiveFrom: change.from, effectiveTo: null, value: change.value }];
    const inForce = governing(all, today, now)?.value ?? (kind === "tier" ? "none" : null);
    await tx.person.update({ where: { id: change.personId }, data: { version: { increment: 1 }, ...(kind === "tier" ? { credentialTier: inForce as never } : { providerType: inForce as never }) } });
    await appendAuditEvent(tx, context, { action: kind === "tier" ? "person.change_tier" : "person.change_provider_type", entityType: "Person", entityId: change.personId, personId: change.personId, after: { [kind === "tier" ? "credentialTier" : "providerType"]: change.value, from: change.from, version, supersedesVersion: supersedes, reason: change.reason } });
    return ok(undefined, supersedes !== null ? say(`person.outcome.${kind}Corrected`, { version: supersedes }) : say(`person.outcome.${kind}Changes`, { from: change.from }));
  });
}

async function standingAt(tx: Tx, personId: string, now: Date): Promise<Period[]> {
  const rows = await tx.employment.findMany({ where: { personId }, orderBy: [{ lineageId: "asc" }, { version: "asc" }] });
  return standingPeriods(versionsOf(rows), now);
}

function overlapMessage(other: Period, locationName: string): string {
  return say("person.outcome.overlap", { location: locationName, period: describePeriod(other) });
}

/** A new period of work at a location; it may not overlap another one there. */
const END_BEFORE_START = say("person.field.endBeforeStart");

export async function addEmployment(input: { personId: string; locationId: string; from: string; effectiveTo: string | null; reason: string | null }, actor: Actor, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ lineageId: string }>> {
  if (input.effectiveTo !== null && input.effectiveTo <= input.from) return fail("VALIDATION", END_BEFORE_START, { lastDay: END_BEFORE_START });
  return prisma.$transaction(async (tx) => {
    // Two managers adding periods for one person at once: the second sees the first.
    await lockFor(tx, `employment:${input.personId}`);
    const location = await tx.location.findUnique({ where: { id: input.locationId }, select: { name: true, active: true } });
    if (!location?.active) return fail("NOT_FOUND");
    const lineageId = newId();
    const candidate: Period = { lineageId, locationId: input.locationId, effectiveFrom: input.from, effectiveTo: input.effectiveTo };
    const other = overlapping(await standingAt(tx, input.personId, now), candidate);
    if (other) return fail("CONFLICT", overlapMessage(other, location.name), { from: overlapMessage(other, location.name) });
    await tx.employment.create({ data: { lineageId, version: 1, personId: input.personId, locationId: input.locationId, effectiveFrom: toDbDate(input.from), effectiveTo: input.effectiveTo ? toDbDate(input.effectiveTo) : null, reason: input.reason, recordedAt: now, recordedById: actor.userId } });
    await tx.personLocation.upsert({ where: { personId_locationId: { personId: input.personId, locationId: input.locationId } }, create: { personId: input.personId, locationId: input.locationId }, update: {} });
    await appendAuditEvent(tx, context, { action: "employment.add", entityType: "Employment", entityId: lineageId, personId: input.personId, locationId: input.locationId, after: { ...candidate, reason: input.reason } });
    return ok({ lineageId }, say("person.outcome.employmentSaved", { location: location.name, period: describePeriod(candidate) }));
  });
}

/**
 * A period's dates corrected, or its end: a new version replacing the one before it. Answers for
 * moments after the end change from then on (the decision log keeps what was said before).
 */
export async function changeEmployment(input: { personId: string; lineageId: string; version: number; from: string; effectiveTo: string | null; reason: string }, actor: Actor, context: AuditContext, timeZone: string, now: Date = new Date()): Promise<Outcome> {
  if (input.effectiveTo !== null && input.effectiveTo <= input.from) return fail("VALIDATION", END_BEFORE_START, { lastDay: END_BEFORE_START });
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `employment:${input.personId}`);
    const versions = await tx.employment.findMany({ where: { personId: input.personId, lineageId: input.lineageId }, orderBy: { version: "asc" }, include: { location: { select: { name: true } } } });
    const latest = versions[versions.length - 1];
    if (!latest) return fail("NOT_FOUND");
    if (latest.version !== input.version) return fail("STALE", await staleMessage(tx, "Employment", input.lineageId, timeZone));
    const candidate: Period = { lineageId: input.lineageId, locationId: latest.locationId, effectiveFrom: input.from, effectiveTo: input.effectiveTo };
    const other = overlapping(await standingAt(tx, input.personId, now), candidate);
    if (other) return fail("CONFLICT", overlapMessage(other, latest.location.name), { from: overlapMessage(other, latest.location.name) });
    const before = { effectiveFrom: fromDbDate(latest.effectiveFrom), effectiveTo: fromDbDateOrNull(latest.effectiveTo) };
    if (before.effectiveFrom === candidate.effectiveFrom && before.effectiveTo === candidate.effectiveTo) return fail("REFUSED", say("person.outcome.nothingChanged"));
    await tx.employment.create({
      data: { lineageId: input.lineageId, version: latest.version + 1, supersedesVersion: latest.version, personId: input.personId, locationId: latest.locationId, effectiveFrom: toDbDate(input.from), effectiveTo: input.effectiveTo ? toDbDate(input.effectiveTo) : null, reason: input.reason, recordedAt: now, recordedById: actor.userId },
    });
    const ended = before.effectiveTo === null && candidate.effectiveTo !== null;
    await appendAuditEvent(tx, context, { action: ended ? "employment.end" : "employment.correct", entityType: "Employment", entityId: input.lineageId, personId: input.personId, locationId: latest.locationId, before, after: { ...candidate, reason: input.reason } });
    return ok(undefined, say("person.outcome.employmentNow", { location: latest.location.name, period: describePeriod(candidate) }));
  });
}
