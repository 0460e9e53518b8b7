import "server-only";
import { DEFAULT_SETTINGS, type Facts, type ScheduleWindow, type SupervisionLevel } from "@/lib/clearance/facts";
import { loadFactsRow } from "@/lib/clearance/data";
import { toFacts } from "@/lib/clearance/facts-row";
import { PERSON } from "@/lib/clearance/facts-sql";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { REFERENCE_MA } from "./task-coverage";
import { wallClock } from "@/lib/time/zoned";
import { byLineage, governing, standing } from "@/lib/version/governing";
import { versionsOf, type VersionOf } from "@/lib/version/rows";

export type ArrangementView = {
  id: string;
  lineageId: string;
  version: number;
  supersedes: number | null;
  locationId: string;
  supervisor: { id: string; name: string; providerType: string | null };
  level: SupervisionLevel;
  allMedicalAssistants: boolean;
  supervisees: { id: string; name: string }[];
  allClinicalTasks: boolean;
  tasks: { id: string; name: string }[];
  /** Calendar dates at the location; `effectiveTo` is the first day no longer in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  windows: ScheduleWindow[];
  recordedAt: string;
};

const SELECT = {
  id: true, lineageId: true, version: true, supersedesVersion: true, locationId: true, level: true, allMedicalAssistants: true, allClinicalTasks: true, effectiveFrom: true, effectiveTo: true, recordedAt: true,
  supervisor: { select: { id: true, firstName: true, lastName: true, providerType: true } },
  supervisees: { select: { person: { select: { id: true, firstName: true, lastName: true } } } },
  tasks: { select: { task: { select: { id: true, name: true } } } },
  windows: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
  location: { select: { timeZone: true } },
} satisfies Prisma.SupervisionArrangementSelect;

type Row = Prisma.SupervisionArrangementGetPayload<{ select: typeof SELECT }>;

function view(r: VersionOf<Row>): ArrangementView {
  return {
    id: r.id, lineageId: r.lineageId, version: r.version, supersedes: r.supersedes, locationId: r.locationId, level: r.level,
    allMedicalAssistants: r.allMedicalAssistants, allClinicalTasks: r.allClinicalTasks,
    supervisor: { id: r.supervisor.id, name: `${r.supervisor.firstName} ${r.supervisor.lastName}`, providerType: r.supervisor.providerType },
    supervisees: r.supervisees.map((s) => ({ id: s.person.id, name: `${s.person.firstName} ${s.person.lastName}` })),
    tasks: r.tasks.map((t) => t.task),
    effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, recordedAt: r.recordedAt.toISOString(),
    windows: r.windows,
  };
}

/**
 * Per arrangement at the locations, the version in force today at its location (or, for one not in
 * force today, its newest standing version); with a person, only arrangements whose version shown
 * covers them.
 */
export async function listArrangements(locationIds: readonly string[], personId?: string, now: Date = new Date()): Promise<(ArrangementView & { inForce: boolean })[]> {
  const rows = await prisma.supervisionArrangement.findMany({
    where: { locationId: { in: [...locationIds] } },
    orderBy: [{ lineageId: "asc" }, { version: "asc" }],
    select: SELECT,
  });
  const shown = byLineage(versionsOf(rows), (r) => r.lineageId).map((versions) => {
    const today = wallClock(now, versions[0]!.location.timeZone).date;
    const inForce = governing(versions, today, now);
    return { ...view(inForce ?? standing(versions, now).sort((a, b) => b.version - a.version)[0]!), inForce: inForce !== null };
  });
  return shown
    .filter((a) => !personId || a.allMedicalAssistants || a.supervisees.some((s) => s.id === personId))
    .sort((a, b) => a.supervisor.name.localeCompare(b.supervisor.name) || a.lineageId.localeCompare(b.lineageId));
}

/** Every version of an arrangement, newest first. */
export async function arrangementHistory(lineageId: string): Promise<ArrangementView[]> {
  const rows = await prisma.supervisionArrangement.findMany({ where: { lineageId }, orderBy: { version: "desc" }, select: SELECT });
  return versionsOf(rows).map(view);
}

/** Providers who can supervise at a location: people with a provider type who work there. */
export async function listSupervisors(locationId: string) {
  const people = await prisma.person.findMany({
    where: { providerType: { not: null }, locations: { some: { locationId } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, providerType: true },
  });
  return people.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, providerType: p.providerType as string }));
}

/**
 * What the engine needs to say whether supervision is met at a location over an interval, for any
 * medical assistant: the clearance loader's own statement (one, however many tasks and days), asked
 * about nobody in particular, so that only arrangements for all medical assistants come back; the
 * reference MA takes the place of a person (see task-coverage.ts). Null when there is no such location.
 */
export async function loadCoverageFacts(locationId: string, from: Date, to: Date, knownAt: Date = new Date()): Promise<Facts | null> {
  const row = await loadFactsRow(locationId, [], knownAt, from, to);
  if (!row?.location) return null;
  const reference: Record<string, unknown> = { id: REFERENCE_MA, name: "Any medical assistant", tiers: [], employment: [] };
  const settings = { ...DEFAULT_SETTINGS, ruleStaleAfterDays: row.location.ruleStaleAfterDays };
  return toFacts({ ...row, people: [PERSON.keys.map((k) => reference[k])] }, settings, { from, to }, knownAt)[0] ?? null;
}
