import "server-only";
import { prisma } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { EXPIRING_WITHIN_DAYS, type ExportedRecord, type RecordKind } from "./records";

/** What an export covers, resolved: locations already checked against the actor's reach. */
export type RecordSelection = {
  locationIds: readonly string[];
  personIds: readonly string[];
  taskIds: readonly string[];
  kinds: readonly RecordKind[];
  status: "all" | "current" | "expiring" | "expired";
  completedFrom: Date | null;
  /** Exclusive: the start of the day after the last day asked for. */
  completedBefore: Date | null;
  asOf: Date;
};

type PersonKey = { id: string; firstName: string; lastName: string };
const PEOPLE_PER_PAGE = 200;

/**
 * The people an export covers, by name, a page at a time (keyset on name and id): the records are
 * read per page of people, so an export of any size costs two queries per page and holds one page.
 */
async function peoplePage(selection: RecordSelection, after: PersonKey | null): Promise<PersonKey[]> {
  const [lastName, firstName, id] = after ? [after.lastName, after.firstName, after.id] : ["", "", ""];
  return prisma.$queryRaw<PersonKey[]>`/* prepared: export_people_v1 */
    SELECT p.id, p."firstName", p."lastName" FROM "Person" p
    WHERE EXISTS (SELECT 1 FROM "PersonLocation" pl WHERE pl."personId" = p.id AND pl."locationId" = ANY(${selection.locationIds}::text[]))
      AND (cardinality(${selection.personIds}::text[]) = 0 OR p.id = ANY(${selection.personIds}::text[]))
      AND (${after === null} OR (p."lastName", p."firstName", p.id) > (${lastName}::text, ${firstName}::text, ${id}::text))
    ORDER BY p."lastName", p."firstName", p.id
    LIMIT ${PEOPLE_PER_PAGE}`;
}

type RecordRow = {
  lineageId: string;
  version: number;
  personId: string;
  employeeId: string | null;
  kind: RecordKind;
  title: string;
  trainingProvider: string | null;
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  completedAt: Date;
  expiresAt: Date | null;
  validator: string | null;
  validationMethod: string | null;
  validatedAt: Date | null;
  recordedAt: Date;
  correctionReason: string | null;
  locations: string[] | null;
  tasks: string[] | null;
  evidence: { id: string; name: string; sha256: string; bytes: number }[] | null;
};

/** The filters on a record version `l` (kind, task, completion dates, status as of the moment). */
function recordFilter(selection: RecordSelection): Prisma.Sql {
  const expiringBy = new Date(selection.asOf.getTime() + EXPIRING_WITHIN_DAYS * 86_400_000);
  return Prisma.sql`(cardinality(${selection.kinds}::text[]) = 0 OR l.kind::text = ANY(${selection.kinds}::text[]))
      AND (cardinality(${selection.taskIds}::text[]) = 0 OR EXISTS (SELECT 1 FROM "TrainingRecordTask" rt WHERE rt."recordId" = l.id AND rt."taskId" = ANY(${selection.taskIds}::text[])))
      AND (${selection.completedFrom}::timestamptz IS NULL OR l."completedAt" >= ${selection.completedFrom}::timestamptz)
      AND (${selection.completedBefore}::timestamptz IS NULL OR l."completedAt" < ${selection.completedBefore}::timestamptz)
      AND CASE ${selection.status}::text
        WHEN 'expired' THEN l."expiresAt" <= ${selection.asOf}
        WHEN 'expiring' THEN l."expiresAt" > ${selection.asOf} AND l."expiresAt" <= ${expiringBy}
        WHEN 'current' THEN l."expiresAt" IS NULL OR l."expiresAt" > ${selection.asOf}
        ELSE true END`;
}

/** Each record as known at the "as of" moment: its latest version recorded by then. */
async function recordsOf(people: readonly PersonKey[], selection: RecordSelection): Promise<ExportedRecord[]> {
  const ids = people.map((p) => p.id);
  const rows = await prisma.$queryRaw<RecordRow[]>`/* prepared: export_records_v1 */
    WITH latest AS (
      SELECT DISTINCT ON (r."lineageId") r.* FROM "TrainingRecord" r
      WHERE r."personId" = ANY(${ids}::text[]) AND r."recordedAt" <= ${selection.asOf}
      ORDER BY r."lineageId", r.version DESC
    )
    SELECT l."lineageId", l.version, l."personId", p."employeeId", l.kind::text AS kind, l.title, l."trainingProvider", l.hours::float8 AS hours, l."procedureCount",
      l."certificationType", l."completedAt", l."expiresAt", v."firstName" || ' ' || v."lastName" AS validator, l."validationMethod"::text AS "validationMethod",
      l."validatedAt", l."recordedAt", l."correctionReason",
      (SELECT array_agg(loc.name ORDER BY loc.name) FROM "PersonLocation" pl JOIN "Location" loc ON loc.id = pl."locationId"
        WHERE pl."personId" = l."personId" AND pl."locationId" = ANY(${selection.locationIds}::text[])) AS locations,
      (SELECT array_agg(t.name ORDER BY t."sortOrder", t.name) FROM "TrainingRecordTask" rt JOIN "Task" t ON t.id = rt."taskId" WHERE rt."recordId" = l.id) AS tasks,
      (SELECT json_agg(json_build_object('id', e.id, 'name', e."fileName", 'sha256', e.sha256, 'bytes', e."sizeBytes") ORDER BY e."uploadedAt", e.id)
        FROM "EvidenceFile" e WHERE e."lineageId" = l."lineageId" AND e."uploadedAt" <= ${selection.asOf}) AS evidence
    FROM latest l
    JOIN "Person" p ON p.id = l."personId"
    LEFT JOIN "Person" v ON v.id = l."validatedById"
    WHERE ${recordFilter(selection)}
    ORDER BY array_position(${ids}::text[], l."personId"), l."completedAt", l."lineageId"`;
  const names = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  return rows.map(({ personId, employeeId, locations, tasks, evidence, ...r }) => ({
    ...r,
    version: Number(r.version),
    procedureCount: r.procedureCount === null ? null : Number(r.procedureCount),
    person: { id: personId, name: names.get(personId)!, employeeId },
    locations: locations ?? [],
    tasks: tasks ?? [],
    evidence: (evidence ?? []).map((e) => ({ ...e, bytes: Number(e.bytes) })),
  }));
}

/**
 * Every record the selection covers, in pages, ordered by person (last name, first name) and then
 * completion date. Reads the next page only when the consumer asks for it.
 */
export async function* selectedRecords(selection: RecordSelection): AsyncGenerator<ExportedRecord[]> {
  let after: PersonKey | null = null;
  for (;;) {
    const people = await peoplePage(selection, after);
    if (people.length === 0) return;
    const records = await recordsOf(people, selection);
    if (records.length > 0) yield records;
    if (people.length < PEOPLE_PER_PAGE) return;
    after = people[people.length - 1]!;
  }
}

/** How many records an export will hold, for its progress bar: one query. */
export async function countSelectedRecords(selection: RecordSelection): Promise<number> {
  const [row] = await prisma.$queryRaw<[{ count: number }]>`/* prepared: export_count_v1 */
    WITH latest AS (
      SELECT DISTINCT ON (r."lineageId") r.* FROM "TrainingRecord" r
      WHERE r."recordedAt" <= ${selection.asOf}
        AND (cardinality(${selection.personIds}::text[]) = 0 OR r."personId" = ANY(${selection.personIds}::text[]))
        AND EXISTS (SELECT 1 FROM "PersonLocation" pl WHERE pl."personId" = r."personId" AND pl."locationId" = ANY(${selection.locationIds}::text[]))
      ORDER BY r."lineageId", r.version DESC
    )
    SELECT count(*)::int AS count FROM latest l WHERE ${recordFilter(selection)}`;
  return Number(row.count);
}

/** The stored bytes of some evidence files; callers batch by size. */
export async function evidenceContents(ids: readonly string[]): Promise<Map<string, Uint8Array>> {
  const files = await prisma.evidenceFile.findMany({ where: { id: { in: [...ids] } }, select: { id: true, data: true } });
  return new Map(files.map((f) => [f.id, new Uint8Array(f.data)]));
}

/** The audit chain's last event when an export is produced, printed on its cover. */
export async function auditChainHead(): Promise<{ seq: number; hash: string } | null> {
  return prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
}

export type ExportMatch = {
  exportId: string;
  occurredAt: Date;
  actorLabel: string;
  kind: string;
  fileName: string;
  /** The file inside a bundle that matched, when the match is a bundle member. */
  member: string | null;
  filters: Record<string, unknown>;
};

/** Completed exports whose file, or a file inside whose bundle, has this SHA-256. */
export async function findExportsByHash(sha256: string): Promise<ExportMatch[]> {
  const rows = await prisma.$queryRaw<{ entityId: string; occurredAt: Date; actorLabel: string; after: { kind: string; fileName: string; sha256: string; filters: Record<string, unknown>; members?: { name: string; sha256: string }[] } }[]>`
    SELECT "entityId", "occurredAt", "actorLabel", after FROM "AuditEvent"
    WHERE action = 'export.completed'
      AND (after->>'sha256' = ${sha256} OR after->'members' @> jsonb_build_array(jsonb_build_object('sha256', ${sha256}::text)))
    ORDER BY seq DESC LIMIT 20`;
  return rows.map((r) => ({
    exportId: r.entityId,
    occurredAt: r.occurredAt,
    actorLabel: r.actorLabel,
    kind: r.after.kind,
    fileName: r.after.fileName,
    member: r.after.sha256 === sha256 ? null : (r.after.members?.find((m) => m.sha256 === sha256)?.name ?? null),
    filters: r.after.filters ?? {},
  }));
}
