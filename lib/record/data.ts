import "server-only";
import type { Target } from "@/lib/access/policy";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { fromDbDate, fromDbDateOrNull } from "@/lib/time/calendar";

export type EvidenceView = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string; uploadedAt: string };

export type RecordView = {
  id: string;
  lineageId: string;
  version: number;
  kind: "training" | "competency" | "certification";
  title: string;
  tasks: { id: string; name: string }[];
  trainingProvider: string | null;
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  /** Calendar dates; `expiresOn` is the first day the record no longer counts. */
  completedOn: string;
  expiresOn: string | null;
  /** Set when withdrawn: from this day on the record counts for nothing. */
  withdrawnFrom: string | null;
  supersedes: number | null;
  validatedBy: string | null;
  validationMethod: string | null;
  attestation: string | null;
  validatedAt: string | null;
  notes: string | null;
  correctionReason: string | null;
  recordedAt: string;
  evidence: EvidenceView[];
};

const SELECT = {
  id: true, lineageId: true, version: true, kind: true, title: true, trainingProvider: true, hours: true, procedureCount: true, certificationType: true,
  completedOn: true, expiresOn: true, withdrawnFrom: true, supersedesVersion: true, validationMethod: true, attestation: true, validatedAt: true, notes: true, correctionReason: true, recordedAt: true,
  validatedBy: { select: { firstName: true, lastName: true, providerType: true } },
  tasks: { select: { task: { select: { id: true, name: true } } } },
} satisfies Prisma.TrainingRecordSelect;

type Row = Prisma.TrainingRecordGetPayload<{ select: typeof SELECT }>;

function view({ supersedesVersion, ...row }: Row, evidence: EvidenceView[]): RecordView {
  return {
    ...row,
    supersedes: supersedesVersion,
    hours: row.hours === null ? null : Number(row.hours),
    tasks: row.tasks.map((t) => t.task),
    completedOn: fromDbDate(row.completedOn),
    expiresOn: fromDbDateOrNull(row.expiresOn),
    withdrawnFrom: fromDbDateOrNull(row.withdrawnFrom),
    validatedAt: row.validatedAt?.toISOString() ?? null,
    recordedAt: row.recordedAt.toISOString(),
    validatedBy: row.validatedBy ? `${row.validatedBy.firstName} ${row.validatedBy.lastName}${row.validatedBy.providerType ? `, ${row.validatedBy.providerType}` : ""}` : null,
    evidence,
  };
}

async function evidenceByLineage(lineageIds: readonly string[]): Promise<Map<string, EvidenceView[]>> {
  const files = await prisma.evidenceFile.findMany({
    where: { lineageId: { in: [...lineageIds] } },
    orderBy: { uploadedAt: "asc" },
    select: { id: true, lineageId: true, fileName: true, contentType: true, sizeBytes: true, sha256: true, uploadedAt: true },
  });
  const map = new Map<string, EvidenceView[]>();
  for (const { lineageId, uploadedAt, ...f } of files) map.set(lineageId, [...(map.get(lineageId) ?? []), { ...f, uploadedAt: uploadedAt.toISOString() }]);
  return map;
}

/**
 * The current version of each of a person's records (every correction and withdrawal replaces the
 * version before it, so that is the newest), newest first, with their evidence (two queries).
 */
export async function listRecords(personId: string): Promise<(RecordView & { versions: number })[]> {
  const rows = await prisma.trainingRecord.findMany({ where: { personId }, orderBy: [{ completedOn: "desc" }, { version: "desc" }], select: SELECT });
  const latest = new Map<string, Row & { versions: number }>();
  for (const row of rows) {
    const seen = latest.get(row.lineageId);
    if (!seen) latest.set(row.lineageId, { ...row, versions: 1 });
    else latest.set(row.lineageId, row.version > seen.version ? { ...row, versions: seen.versions + 1 } : { ...seen, versions: seen.versions + 1 });
  }
  const evidence = await evidenceByLineage([...latest.keys()]);
  return [...latest.values()].map((r) => ({ ...view(r, evidence.get(r.lineageId) ?? []), versions: r.versions }));
}

/** Every version of one record, newest first; null when no such record belongs to the person. */
export async function recordHistory(personId: string, lineageId: string): Promise<RecordView[] | null> {
  const rows = await prisma.trainingRecord.findMany({ where: { personId, lineageId }, orderBy: { version: "desc" }, select: SELECT });
  if (rows.length === 0) return null;
  const evidence = (await evidenceByLineage([lineageId])).get(lineageId) ?? [];
  return rows.map((r) => view(r, evidence.filter((e) => e.uploadedAt <= r.recordedAt.toISOString())));
}

/** Where an evidence file sits, for the guard: the person whose record it backs. */
export async function evidenceTarget(fileId: string): Promise<Target | null> {
  const file = await prisma.evidenceFile.findUnique({
    where: { id: fileId },
    select: { record: { select: { person: { select: { id: true, locations: { select: { locationId: true } } } } } } },
  });
  if (!file) return null;
  const person = file.record.person;
  return { kind: "person", personId: person.id, locationIds: person.locations.map((l) => l.locationId) };
}

export async function evidenceContent(fileId: string) {
  return prisma.evidenceFile.findUnique({ where: { id: fileId }, select: { fileName: true, contentType: true, sizeBytes: true, sha256: true, data: true } });
}
