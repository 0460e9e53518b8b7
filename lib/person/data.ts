import "server-only";
import type { Target } from "@/lib/access/policy";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { renewedBy } from "@/lib/dashboard/expirations";
import { databaseDriver, prisma } from "@/lib/db/client";
import type { CredentialTier, Prisma } from "@/lib/db/generated/client";
import { literalLike } from "@/lib/db/like";
import { daysBetween, fromDbDate, fromDbDateOrNull, lastDayOf, plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { governing } from "@/lib/version/governing";
import { versionsOf } from "@/lib/version/rows";
import { compareRows, EXPIRING_WITHIN_DAYS, expiringWithin, matchesCompliance, notClearedTasks, pageWindow, type ExpiringRecord, type NotClearedTask } from "./compliance";
import { listRow, type ListedPerson, type PeopleListRow } from "./list-row";
import { standingPeriods } from "./employment";
import { PEOPLE_PAGE_SIZE, type PeopleListQuery } from "./schema";

/**
 * Where a person sits, for the guard: every location where they have employment on record (past,
 * current or future; the periods say when), so that their history stays reachable by the people
 * responsible for those locations. Null when no such person exists.
 */
export async function personTarget(personId: string): Promise<Target | null> {
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: { id: true, locations: { select: { locationId: true } } },
  });
  return person ? { kind: "person", personId: person.id, locationIds: person.locations.map((l) => l.locationId) } : null;
}

/** A person's name, for pages that show nothing else of them (the answers pages); null when there is no such person. */
export async function getPersonName(personId: string): Promise<{ id: string; name: string } | null> {
  const person = await prisma.person.findUnique({ where: { id: personId }, select: { id: true, firstName: true, lastName: true } });
  return person ? { id: person.id, name: `${person.firstName} ${person.lastName}` } : null;
}

/** The location of one of a person's employment periods, for the guard; null when there is no such period. */
export async function employmentLocation(personId: string, lineageId: string): Promise<string | null> {
  return (await prisma.employment.findFirst({ where: { personId, lineageId }, select: { locationId: true } }))?.locationId ?? null;
}

/** One version of a dated value (tier, provider type), for history. */
export type DatedValue<T> = { version: number; value: T; from: string; recordedAt: string; reason: string | null; supersedes: number | null; standing: boolean; inForce: boolean };

/** An employment period as it stands, with every version of it (corrections, an end date). */
export type EmploymentPeriod = {
  lineageId: string;
  version: number;
  locationId: string;
  locationName: string;
  from: string;
  lastDay: string | null;
  current: boolean;
  history: { version: number; from: string; lastDay: string | null; recordedAt: string; reason: string | null }[];
};

export type PersonProfile = {
  id: string;
  version: number;
  name: string;
  firstName: string;
  lastName: string;
  employeeId: string | null;
  isMedicalAssistant: boolean;
  /** In force today. */
  providerType: string | null;
  credentialTier: string;
  loginRoles: string[];
  userId: string | null;
  locations: { id: string; name: string; state: string }[];
  employment: EmploymentPeriod[];
  tiers: DatedValue<string>[];
  providerRoles: DatedValue<string | null>[];
  email: string | null;
  active: boolean | null;
};

const VERSION = { version: true, supersedesVersion: true, effectiveFrom: true, recordedAt: true, reason: true } as const;

function dated<T, R extends { version: number; supersedesVersion: number | null; effectiveFrom: Date; recordedAt: Date; reason: string | null }>(rows: readonly R[], value: (r: R) => T, today: string, now: Date): DatedValue<T>[] {
  const versions = versionsOf(rows).map((v) => ({ ...v, effectiveTo: null }));
  const inForce = governing(versions, today, now);
  const replaced = new Set(versions.map((v) => v.supersedes));
  return versions
    .map((v, i) => ({ version: v.version, value: value(rows[i]!), from: v.effectiveFrom, recordedAt: v.recordedAt.toISOString(), reason: v.reason, supersedes: v.supersedes, standing: !replaced.has(v.version), inForce: v === inForce }))
    .reverse();
}

/** A person with their employment, tier and provider type over time; `today`: the calendar date they are read for (default: the organization's today). */
export async function getPersonProfile(personId: string, today?: string, now: Date = new Date()): Promise<PersonProfile | null> {
  const day = today ?? wallClock(now, (await prisma.organization.findFirst({ select: { timeZone: true } }))?.timeZone ?? "UTC").date;
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      version: true,
      firstName: true,
      lastName: true,
      employeeId: true,
      isMedicalAssistant: true,
      providerType: true,
      credentialTier: true,
      locations: { select: { location: { select: { id: true, name: true, state: true } } }, orderBy: { location: { name: "asc" } } },
      employments: { orderBy: [{ lineageId: "asc" }, { version: "asc" }], select: { ...VERSION, lineageId: true, locationId: true, effectiveTo: true, location: { select: { name: true } } } },
      tiers: { orderBy: { version: "asc" }, select: { ...VERSION, credentialTier: true } },
      providerRoles: { orderBy: { version: "asc" }, select: { ...VERSION, providerType: true } },
      user: { select: { id: true, email: true, active: true, roleGrants: { select: { role: true } } } },
    },
  });
  if (!person) return null;
  const versions = versionsOf(person.employments);
  const employment = standingPeriods(versions, now)
    .map((p): EmploymentPeriod => ({
      lineageId: p.lineageId,
      version: p.version,
      locationId: p.locationId,
      locationName: p.location.name,
      from: p.effectiveFrom,
      lastDay: p.effectiveTo ? lastDayOf(p.effectiveTo) : null,
      current: p.effectiveFrom <= day && (p.effectiveTo === null || day < p.effectiveTo),
      history: versions
        .filter((v) => v.lineageId === p.lineageId)
        .map((v) => ({ version: v.version, from: v.effectiveFrom, lastDay: v.effectiveTo ? lastDayOf(v.effectiveTo) : null, recordedAt: v.recordedAt.toISOString(), reason: v.reason }))
        .reverse(),
    }))
    .sort((a, b) => (a.from === b.from ? a.locationName.localeCompare(b.locationName) : a.from < b.from ? 1 : -1));
  return {
    id: person.id,
    version: person.version,
    name: `${person.firstName} ${person.lastName}`,
    firstName: person.firstName,
    lastName: person.lastName,
    employeeId: person.employeeId,
    isMedicalAssistant: person.isMedicalAssistant,
    providerType: person.providerType,
    loginRoles: [...new Set(person.user?.roleGrants.map((g) => g.role) ?? [])],
    userId: person.user?.id ?? null,
    credentialTier: person.credentialTier,
    locations: person.locations.map((l) => l.location),
    employment,
    tiers: dated(person.tiers, (t) => t.credentialTier as string, day, now),
    providerRoles: dated(person.providerRoles, (r) => r.providerType as string | null, day, now),
    email: person.user?.email ?? null,
    active: person.user?.active ?? null,
  };
}

export type PersonRow = { id: string; name: string; isMedicalAssistant: boolean; providerType: string | null; loginRoles: string[]; locations: string[]; hasLogin: boolean };

/** People working at the given locations (or everyone), for lists; sorted by last name. */
export async function listPeople(scope: "all" | readonly string[], query?: string): Promise<PersonRow[]> {
  // NUL cannot be stored or searched in PostgreSQL text: a query containing one matches nobody.
  const q = query?.trim();
  if (q?.includes("\u0000")) return [];
  const people = await prisma.person.findMany({
    where: {
      ...(scope === "all" ? {} : { locations: { some: { locationId: { in: [...scope] } } } }),
      ...(q
        ? { OR: [{ firstName: { contains: literalLike(q), mode: "insensitive" } }, { lastName: { contains: literalLike(q), mode: "insensitive" } }] }
        : {}),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 500,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      isMedicalAssistant: true,
      providerType: true,
      user: { select: { id: true, roleGrants: { select: { role: true } } } },
      locations: { select: { location: { select: { name: true } } } },
    },
  });
  return people.map((p) => ({
    id: p.id,
    name: `${p.firstName} ${p.lastName}`,
    isMedicalAssistant: p.isMedicalAssistant,
    providerType: p.providerType,
    loginRoles: [...new Set(p.user?.roleGrants.map((g) => g.role) ?? [])],
    locations: p.locations.map((l) => l.location.name).sort(),
    hasLogin: p.user !== null,
  }));
}

/** What a row of the list shows of a person, naming only the locations in `within`. */
function listedSelect(within: "all" | readonly string[]) {
  return {
    id: true,
    firstName: true,
    lastName: true,
    isMedicalAssistant: true,
    providerType: true,
    credentialTier: true,
    user: { select: { roleGrants: { select: { role: true } } } },
    locations: { where: within === "all" ? {} : { locationId: { in: [...within] } }, select: { location: { select: { id: true, name: true } } } },
  } satisfies Prisma.PersonSelect;
}

/**
 * The People list's rows for the people `personIds` names, as the list shows them, by name: for
 * exporting a selection. Within `scope` only (the guard's): an id outside it is simply not found.
 */
export async function loadPeopleRows(scope: "all" | readonly string[], personIds: readonly string[], now: Date = new Date()): Promise<PeopleListRow[]> {
  if (personIds.length === 0 || (scope !== "all" && scope.length === 0)) return [];
  const today = wallClock(now, (await prisma.organization.findFirst({ select: { timeZone: true } }))?.timeZone ?? "UTC").date;
  const people = await prisma.person.findMany({
    where: { id: { in: [...personIds] }, ...(scope === "all" ? {} : { locations: { some: { locationId: { in: [...scope] } } } }) },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: listedSelect(scope),
  });
  const [notCleared, expiring] = await Promise.all([notClearedFor(people, now), expiringFor(people, today)]);
  return people.map((p) => listRow(p, notCleared, expiring));
}

/** `tooMany`: the compliance filter or sort was set aside, as it would ask the engine about this many medical assistants. */
export type PeopleList = { rows: PeopleListRow[]; total: number; page: number; pages: number; pageClamped: boolean; today: string; tooMany: number | null };

/**
 * One page of the People list, within `scope` (the locations the actor may see, from the guard;
 * `query.location` only narrows it). Ordered by name, it counts and loads only the page and works
 * out the compliance columns for those rows alone: one facts statement per location on the page,
 * one records query. Filtering or sorting on expiring records asks SQL who has one and how soon
 * (`soonestExpiring`, one statement), cuts the page on that and the names, and then loads and
 * works out the page alone, as above, whatever the number of people. Filtering or sorting on
 * clearances needs the engine's answers for every matching medical assistant before the page can
 * be cut, about 3 s for a clinic of 250 on the benchmark (scripts/bench/people.ts), so it is
 * offered up to ENGINE_LIMIT of them and set aside, saying so, beyond: choosing a location brings
 * it back.
 */
export async function loadPeopleList(scope: "all" | readonly string[], query: PeopleListQuery, now: Date = new Date(), engineLimit: number = ENGINE_LIMIT): Promise<PeopleList> {
  const today = wallClock(now, (await prisma.organization.findFirst({ select: { timeZone: true } }))?.timeZone ?? "UTC").date;
  const within = query.location ? (scope === "all" || scope.includes(query.location) ? [query.location] : []) : scope;
  const q = query.q;
  if ((within !== "all" && within.length === 0) || q.includes("\u0000")) return { rows: [], total: 0, page: 1, pages: 1, pageClamped: query.page > 1, today, tooMany: null };
  const where: Prisma.PersonWhereInput = {
    ...(within === "all" ? {} : { locations: { some: { locationId: { in: [...within] } } } }),
    ...(q ? { OR: [{ firstName: { contains: literalLike(q), mode: "insensitive" } }, { lastName: { contains: literalLike(q), mode: "insensitive" } }] } : {}),
    ...(query.role === "medical_assistant" ? { isMedicalAssistant: true } : query.role === "provider" ? { providerType: { not: null } } : query.role === "staff" ? { isMedicalAssistant: false, providerType: null } : {}),
    ...(query.tier ? { credentialTier: query.tier as CredentialTier } : {}),
  };
  const select = listedSelect(within);
  const direction = query.sort === "-name" ? "desc" : "asc";
  const orderBy = [{ lastName: direction }, { firstName: direction }, { id: "asc" }] satisfies Prisma.PersonOrderByWithRelationInput[];
  const byEngine = (query.compliance !== null && query.compliance !== "expiring") || query.sort === "gaps";
  const byRecords = query.compliance === "expiring" || query.sort === "expiring";

  if (byEngine) {
    const assistants = await prisma.person.count({ where: { AND: [where, { isMedicalAssistant: true }] } });
    if (assistants > engineLimit) return { ...(await loadPeopleList(scope, { ...query, compliance: null, sort: query.sort === "gaps" ? "name" : query.sort }, now)), tooMany: assistants };
  }
  if (!byEngine && !byRecords) {
    const total = await prisma.person.count({ where });
    const window = pageWindow(total, query.page, PEOPLE_PAGE_SIZE);
    const people = await prisma.person.findMany({ where, orderBy, skip: window.skip, take: PEOPLE_PAGE_SIZE, select });
    const [notCleared, expiring] = await Promise.all([notClearedFor(people, now), expiringFor(people, today)]);
    return { rows: people.map((p) => listRow(p, notCleared, expiring)), total, page: window.page, pages: window.pages, pageClamped: window.clamped, today, tooMany: null };
  }
  if (!byEngine) {
    // Records alone filter and sort: which people have a record expiring is worked out in SQL, the
    // page is cut on names and that answer, and only the page's people are loaded and computed.
    const [candidates, soonest] = await Promise.all([prisma.person.findMany({ where, select: { id: true, firstName: true, lastName: true } }), soonestExpiring(within, today)]);
    const matching = candidates
      .map((p) => ({ ...p, name: `${p.firstName} ${p.lastName}`, compliance: { notCleared: null, expiring: soonest.has(p.id) ? [{ daysLeft: daysBetween(today, soonest.get(p.id)!) }] : [] } }))
      .filter((p) => query.compliance === null || matchesCompliance(p.compliance, query.compliance))
      .sort(compareRows(query.sort));
    const window = pageWindow(matching.length, query.page, PEOPLE_PAGE_SIZE);
    const shown = matching.slice(window.skip, window.skip + PEOPLE_PAGE_SIZE).map((p) => p.id);
    const loaded = new Map((await prisma.person.findMany({ where: { AND: [where, { id: { in: shown } }] }, select })).map((p) => [p.id, p]));
    const people = shown.flatMap((id) => (loaded.has(id) ? [loaded.get(id)!] : []));
    const [notCleared, expiring] = await Promise.all([notClearedFor(people, now), expiringFor(people, today)]);
    return { rows: people.map((p) => listRow(p, notCleared, expiring)), total: matching.length, page: window.page, pages: window.pages, pageClamped: window.clamped, today, tooMany: null };
  }
  const everyone = await prisma.person.findMany({ where, orderBy, select });
  const [notCleared, expiring] = await Promise.all([notClearedFor(everyone, now), expiringFor(everyone, today)]);
  const matching = everyone
    .map((p) => listRow(p, notCleared, expiring))
    .filter((row) => query.compliance === null || matchesCompliance(row.compliance, query.compliance))
    .sort(compareRows(query.sort));
  const window = pageWindow(matching.length, query.page, PEOPLE_PAGE_SIZE);
  return { rows: matching.slice(window.skip, window.skip + PEOPLE_PAGE_SIZE), total: matching.length, page: window.page, pages: window.pages, pageClamped: window.clamped, today, tooMany: null };
}

/** How many medical assistants a filter or sort on clearances may ask the engine about at once: about one large clinic. */
export const ENGINE_LIMIT = 300;

/** The authorized tasks not cleared at `now` of the medical assistants among `people`: one facts statement per location among theirs. */
async function notClearedFor(people: readonly ListedPerson[], now: Date): Promise<Map<string, NotClearedTask[]>> {
  const found = new Map<string, NotClearedTask[]>();
  const atLocation = new Map<string, string[]>();
  for (const p of people) {
    if (!p.isMedicalAssistant) continue;
    found.set(p.id, []);
    for (const { location } of p.locations) atLocation.set(location.id, [...(atLocation.get(location.id) ?? []), p.id]);
  }
  // The loads go out together: the pool runs them side by side (an admin's page spans about 20 locations).
  const loads = await Promise.all([...atLocation].map(([locationId, ids]) => loadFactsForPeople(ids, locationId, now, now)));
  for (const [personId, facts] of loads.flatMap((load) => [...load])) found.get(personId)?.push(...notClearedTasks(facts, now));
  for (const tasks of found.values()) tasks.sort((a, b) => a.locationName.localeCompare(b.locationName) || a.taskName.localeCompare(b.taskName));
  return found;
}

/** Records expiring within 30 days, as the dashboard counts them: as they stand (not withdrawn), a renewed one no longer a concern. One query. */
async function expiringFor(people: readonly ListedPerson[], today: string): Promise<Map<string, ExpiringRecord[]>> {
  const records = await prisma.trainingRecord.findMany({
    where: { personId: { in: people.map((p) => p.id) } },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    select: { lineageId: true, personId: true, kind: true, title: true, completedOn: true, expiresOn: true, withdrawnFrom: true, tasks: { select: { taskId: true } } },
  });
  const standing = new Map<string, { lineageId: string; personId: string; kind: string; title: string; taskIds: string[]; completedOn: string; expiresOn: string | null }[]>();
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.lineageId)) continue;
    seen.add(r.lineageId);
    if (r.withdrawnFrom !== null) continue;
    standing.set(r.personId, [...(standing.get(r.personId) ?? []), { lineageId: r.lineageId, personId: r.personId, kind: r.kind, title: r.title, taskIds: r.tasks.map((t) => t.taskId), completedOn: fromDbDate(r.completedOn), expiresOn: fromDbDateOrNull(r.expiresOn) }]);
  }
  return new Map([...standing].map(([personId, own]) => [personId, expiringWithin(own.filter((r) => !renewedBy(own, r, today)), today)]));
}

/**
 * For every person with a record expiring within 30 days (as `expiringFor` counts them), the soonest
 * day such a record stops counting: one statement, which reads only the lineages with a version
 * expiring in the window and the records that could renew them. `within` only narrows the work;
 * the caller keeps the people its own scope allows.
 */
async function soonestExpiring(within: "all" | readonly string[], today: string): Promise<Map<string, string>> {
  const driver = await databaseDriver();
  const rows = await driver.query<{ personId: string; expiresOn: string }>(
    `WITH standing AS (
       SELECT DISTINCT ON (r."lineageId") r.id, r."lineageId", r."personId", r.kind, r."completedOn", r."expiresOn", r."withdrawnFrom"
       FROM "TrainingRecord" r
       WHERE r."lineageId" IN (
         SELECT e."lineageId" FROM "TrainingRecord" e
         WHERE e."expiresOn" > $1::date AND e."expiresOn" <= $2::date
           AND (cardinality($3::text[]) = 0 OR e."personId" IN (SELECT pl."personId" FROM "PersonLocation" pl WHERE pl."locationId" = ANY($3::text[]))))
       ORDER BY r."lineageId", r.version DESC)
     SELECT s."personId" AS "personId", to_char(min(s."expiresOn"), 'YYYY-MM-DD') AS "expiresOn"
     FROM standing s
     WHERE s."withdrawnFrom" IS NULL AND s."expiresOn" > $1::date AND s."expiresOn" <= $2::date
       -- Renewed (lib/dashboard/expirations.ts renewedBy): a later standing record of the same kind, valid today, with every task of this one.
       AND NOT EXISTS (
         SELECT 1 FROM "TrainingRecord" n
         WHERE n."personId" = s."personId" AND n.kind = s.kind AND n."lineageId" <> s."lineageId" AND n."withdrawnFrom" IS NULL
           AND n."completedOn" > s."completedOn" AND (n."expiresOn" IS NULL OR n."expiresOn" > $1::date)
           AND NOT EXISTS (SELECT 1 FROM "TrainingRecord" later WHERE later."lineageId" = n."lineageId" AND later.version > n.version)
           AND NOT EXISTS (
             SELECT 1 FROM "TrainingRecordTask" t WHERE t."recordId" = s.id
               AND NOT EXISTS (SELECT 1 FROM "TrainingRecordTask" u WHERE u."recordId" = n.id AND u."taskId" = t."taskId")))
     GROUP BY s."personId"`,
    [today, plusDays(today, EXPIRING_WITHIN_DAYS), within === "all" ? [] : within],
  );
  return new Map(rows.map((r) => [r.personId, r.expiresOn]));
}
