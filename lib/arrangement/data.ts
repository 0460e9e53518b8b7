import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { ScheduleWindow, SupervisionLevel } from "@/lib/clearance/facts";

export type ArrangementView = {
  id: string;
  lineageId: string;
  version: number;
  locationId: string;
  supervisor: { id: string; name: string; providerType: string | null };
  level: SupervisionLevel;
  allMedicalAssistants: boolean;
  supervisees: { id: string; name: string }[];
  allClinicalTasks: boolean;
  tasks: { id: string; name: string }[];
  effectiveFrom: string;
  effectiveTo: string | null;
  windows: ScheduleWindow[];
  recordedAt: string;
};

const SELECT = {
  id: true, lineageId: true, version: true, locationId: true, level: true, allMedicalAssistants: true, allClinicalTasks: true, effectiveFrom: true, effectiveTo: true, recordedAt: true,
  supervisor: { select: { id: true, firstName: true, lastName: true, providerType: true } },
  supervisees: { select: { person: { select: { id: true, firstName: true, lastName: true } } } },
  tasks: { select: { task: { select: { id: true, name: true } } } },
  windows: { select: { weekday: true, startMinute: true, endMinute: true }, orderBy: [{ weekday: "asc" }, { startMinute: "asc" }] },
} satisfies Prisma.SupervisionArrangementSelect;

type Row = Prisma.SupervisionArrangementGetPayload<{ select: typeof SELECT }>;

function view(r: Row): ArrangementView {
  return {
    id: r.id, lineageId: r.lineageId, version: r.version, locationId: r.locationId, level: r.level,
    allMedicalAssistants: r.allMedicalAssistants, allClinicalTasks: r.allClinicalTasks,
    supervisor: { id: r.supervisor.id, name: `${r.supervisor.firstName} ${r.supervisor.lastName}`, providerType: r.supervisor.providerType },
    supervisees: r.supervisees.map((s) => ({ id: s.person.id, name: `${s.person.firstName} ${s.person.lastName}` })),
    tasks: r.tasks.map((t) => t.task),
    effectiveFrom: r.effectiveFrom.toISOString(), effectiveTo: r.effectiveTo?.toISOString() ?? null, recordedAt: r.recordedAt.toISOString(),
    windows: r.windows,
  };
}

/** The newest version of each arrangement at the locations, whether or not it is in force yet. */
export async function listArrangements(locationIds: readonly string[], personId?: string): Promise<ArrangementView[]> {
  const rows = await prisma.supervisionArrangement.findMany({
    where: {
      locationId: { in: [...locationIds] },
      ...(personId ? { OR: [{ allMedicalAssistants: true }, { supervisees: { some: { personId } } }] } : {}),
    },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    select: SELECT,
  });
  const newest = new Map<string, Row>();
  for (const row of rows) if (!newest.has(row.lineageId)) newest.set(row.lineageId, row);
  return [...newest.values()].map(view).sort((a, b) => a.supervisor.name.localeCompare(b.supervisor.name));
}

export async function arrangementHistory(lineageId: string): Promise<ArrangementView[]> {
  const rows = await prisma.supervisionArrangement.findMany({ where: { lineageId }, orderBy: { version: "desc" }, select: SELECT });
  return rows.map(view);
}

/** Providers who can supervise: people with a provider type. */
export async function listSupervisors() {
  const people = await prisma.person.findMany({
    where: { providerType: { not: null } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, providerType: true },
  });
  return people.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, providerType: p.providerType as string }));
}
