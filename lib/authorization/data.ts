import "server-only";
import type { Target } from "@/lib/access/policy";
import { prisma } from "@/lib/db/client";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/lib/time/calendar";

/** Where an authorization sits, for the guard: its location (managers act per location). */
export async function authorizationTarget(authorizationId: string): Promise<(Target & { kind: "location" }) | null> {
  const found = await prisma.authorization.findUnique({ where: { id: authorizationId }, select: { locationId: true } });
  return found ? { kind: "location", locationId: found.locationId } : null;
}

/** The medical assistants among `personIds` who work at the location; others cannot be authorized there. */
export async function medicalAssistantsAt(locationId: string, personIds: readonly string[]) {
  const people = await prisma.person.findMany({
    where: { id: { in: [...personIds] }, isMedicalAssistant: true, locations: { some: { locationId } } },
    select: { id: true, firstName: true, lastName: true },
  });
  return people.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}` }));
}

/** Medical assistants working at a location, for pickers. */
export async function listMedicalAssistants(locationId: string) {
  const people = await prisma.person.findMany({
    where: { isMedicalAssistant: true, locations: { some: { locationId } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, credentialTier: true },
  });
  return people.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, credentialTier: p.credentialTier }));
}

/** Authorizations of these people for these tasks at the location that are active and not ended on a calendar date there. */
export async function activeAuthorizations(locationId: string, personIds: readonly string[], taskIds: readonly string[], on: string) {
  const rows = await prisma.authorization.findMany({
    where: {
      locationId,
      personId: { in: [...personIds] },
      taskId: { in: [...taskIds] },
      status: "active",
      OR: [{ effectiveTo: null }, { effectiveTo: { gt: toDbDate(on) } }],
    },
    select: { personId: true, taskId: true, effectiveFrom: true, grantedByName: true },
  });
  return rows.map((r) => ({ ...r, effectiveFrom: fromDbDate(r.effectiveFrom) }));
}

/**
 * The tasks each of these people already holds at each of these locations, active and not ended by
 * the location's today: what a new grant would leave as it is (see `activeAuthorizations`), shown
 * in the grant form before anyone submits. One statement for every person and location.
 */
export async function heldAuthorizations(locations: readonly { id: string; today: string }[], personIds: readonly string[]) {
  if (locations.length === 0 || personIds.length === 0) return [];
  const today = new Map(locations.map((l) => [l.id, l.today]));
  const earliest = [...today.values()].sort()[0]!;
  const rows = await prisma.authorization.findMany({
    where: {
      locationId: { in: [...today.keys()] },
      personId: { in: [...personIds] },
      status: "active",
      OR: [{ effectiveTo: null }, { effectiveTo: { gt: toDbDate(earliest) } }],
    },
    select: { personId: true, taskId: true, locationId: true, effectiveTo: true },
  });
  return rows
    .filter((r) => r.effectiveTo === null || fromDbDate(r.effectiveTo) > today.get(r.locationId)!)
    .map((r) => ({ personId: r.personId, taskId: r.taskId, locationId: r.locationId }));
}

export type AuthorizationView = {
  id: string;
  version: number;
  taskId: string;
  taskName: string;
  locationId: string;
  locationName: string;
  status: "active" | "suspended" | "revoked";
  effectiveFrom: string;
  effectiveTo: string | null;
  conditions: string | null;
  grantedByName: string;
  grantedAt: string;
  /** Newest first: when each change took effect and when it was entered. */
  history: { status: string; effectiveAt: string; recordedAt: string; reason: string | null; byName: string }[];
};

export async function listAuthorizations(personId: string, locationIds: readonly string[]): Promise<AuthorizationView[]> {
  const rows = await prisma.authorization.findMany({
    where: { personId, locationId: { in: [...locationIds] } },
    orderBy: [{ location: { name: "asc" } }, { task: { sortOrder: "asc" } }, { effectiveFrom: "desc" }],
    select: {
      id: true, version: true, taskId: true, locationId: true, status: true, effectiveFrom: true, effectiveTo: true, conditions: true, grantedByName: true, grantedAt: true,
      task: { select: { name: true } },
      location: { select: { name: true } },
      history: { orderBy: [{ effectiveAt: "desc" }, { recordedAt: "desc" }], select: { status: true, effectiveAt: true, recordedAt: true, reason: true, byName: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    version: r.version,
    taskId: r.taskId,
    taskName: r.task.name,
    locationId: r.locationId,
    locationName: r.location.name,
    status: r.status,
    effectiveFrom: fromDbDate(r.effectiveFrom),
    effectiveTo: fromDbDateOrNull(r.effectiveTo),
    conditions: r.conditions,
    grantedByName: r.grantedByName,
    grantedAt: r.grantedAt.toISOString(),
    history: r.history.map((h) => ({ ...h, effectiveAt: h.effectiveAt.toISOString(), recordedAt: h.recordedAt.toISOString() })),
  }));
}
