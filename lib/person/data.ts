import "server-only";
import type { Target } from "@/lib/access/policy";
import { prisma } from "@/lib/db/client";
import { literalLike } from "@/lib/db/like";
import { lastDayOf } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { governing } from "@/lib/version/governing";
import { versionsOf } from "@/lib/version/rows";
import { standingPeriods } from "./employment";

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
