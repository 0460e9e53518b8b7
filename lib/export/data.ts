import "server-only";
import { databaseDriver, prisma } from "@/lib/db/client";
import { plusDays } from "@/lib/time/calendar";
import { EXPIRING_WITHIN_DAYS, type ExportedRecord, type RecordKind } from "./records";
import type { CredentialVersion, ReportAuthorization, ReportFacts, StatusVersion } from "./report";

/** What an export covers, resolved: locations already checked against the actor's reach. */
export type RecordSelection = {
  locationIds: readonly string[];
  personIds: readonly string[];
  taskIds: readonly string[];
  kinds: readonly RecordKind[];
  status: "all" | "current" | "expiring" | "expired";
  /** Calendar dates; `completedBefore` is exclusive (the day after the last day asked for). */
  completedFrom: string | null;
  completedBefore: string | null;
  asOf: Date;
  /** The organization's calendar date at `asOf`: expiry and withdrawal are read against it. */
  asOfDate: string;
};

type PersonKey = { id: string; firstName: string; lastName: string };
const PEOPLE_PER_PAGE = 50;

/**
 * The people an export covers, by name, a page at a time (keyset on name and id): the records are
 * read per page of people, so an export of any size costs three queries per page and holds one page.
 */
async function peoplePage(selection: RecordSelection, after: PersonKey | null): Promise<PersonKey[]> {
  const driver = await databaseDriver();
  return driver.query<PersonKey>(
    `SELECT p.id, p."firstName", p."lastName" FROM "Person" p
     WHERE EXISTS (SELECT 1 FROM "PersonLocation" pl WHERE pl."personId" = p.id AND pl."locationId" = ANY($1::text[]))
       AND (cardinality($2::text[]) = 0 OR p.id = ANY($2::text[]))
       AND ($3::boolean OR (p."lastName", p."firstName", p.id) > ($4::text, $5::text, $6::text))
     ORDER BY p."lastName", p."firstName", p.id
     LIMIT ${PEOPLE_PER_PAGE}`,
    [selection.locationIds, selection.personIds, after === null, after?.lastName ?? "", after?.firstName ?? "", after?.id ?? ""],
  );
}

/** A row as the SQL returns it: the person and validator flattened, empty aggregates as null. */
type RecordRow = Omit<ExportedRecord, "person" | "locations" | "tasks" | "evidence" | "validator"> & {
  personId: string;
  employeeId: string | null;
  validatorId: string | null;
  validatorName: string | null;
  locations: ExportedRecord["locations"] | null;
  tasks: ExportedRecord["tasks"] | null;
  evidence: ExportedRecord["evidence"] | null;
};

/**
 * The filters on a record version `l` (kind, task, completion dates, status as of the moment), as
 * SQL whose parameters start at $first, with their values.
 */
function recordFilter(selection: RecordSelection, first: number): { sql: string; params: unknown[] } {
  const $ = (n: number) => `$${first + n}`;
  const expiringBy = plusDays(selection.asOfDate, EXPIRING_WITHIN_DAYS);
  // A record withdrawn by the "as of" day (entered by mistake) is not part of anyone's file.
  return {
    sql: `(cardinality(${$(0)}::text[]) = 0 OR l.kind::text = ANY(${$(0)}::text[]))
      AND (cardinality(${$(1)}::text[]) = 0 OR EXISTS (SELECT 1 FROM "TrainingRecordTask" rt WHERE rt."recordId" = l.id AND rt."taskId" = ANY(${$(1)}::text[])))
      AND (${$(2)}::date IS NULL OR l."completedOn" >= ${$(2)}::date)
      AND (${$(3)}::date IS NULL OR l."completedOn" < ${$(3)}::date)
      AND (l."withdrawnFrom" IS NULL OR l."withdrawnFrom" > ${$(5)}::date)
      AND CASE ${$(4)}::text
        WHEN 'expired' THEN l."expiresOn" <= ${$(5)}::date
        WHEN 'expiring' THEN l."expiresOn" > ${$(5)}::date AND l."expiresOn" <= ${$(6)}::date
        WHEN 'current' THEN l."expiresOn" IS NULL OR l."expiresOn" > ${$(5)}::date
        ELSE true END`,
    params: [selection.kinds, selection.taskIds, selection.completedFrom, selection.completedBefore, selection.status, selection.asOfDate, expiringBy],
  };
}

/** The latest version of each record, as known at the moment, for the people `$1..$3` select. */
function latestVersions(people: string): string {
  return `SELECT DISTINCT ON (r."lineageId") r.* FROM "TrainingRecord" r WHERE ${people} AND r."recordedAt" <= $1::timestamptz ORDER BY r."lineageId", r.version DESC`;
}

/** Each record as known at the "as of" moment: its latest version recorded by then. */
async function recordsOf(people: readonly PersonKey[], selection: RecordSelection): Promise<ExportedRecord[]> {
  const ids = people.map((p) => p.id);
  const filter = recordFilter(selection, 4);
  // Read through the driver, not Prisma: for a bulk read Prisma's result conversion made six times
  // the garbage and took twice as long (scripts/bench/export.ts), pushing the export past its
  // memory budget.
  const driver = await databaseDriver();
  const rows = await driver.query<RecordRow>(
    `WITH latest AS (${latestVersions(`r."personId" = ANY($2::text[])`)})
    SELECT l."lineageId", l.version, l."personId", p."employeeId", l.kind::text AS kind, l.title, l."trainingProvider", l.hours::float8 AS hours, l."procedureCount",
      l."certificationType", to_char(l."completedOn", 'YYYY-MM-DD') AS "completedOn", to_char(l."expiresOn", 'YYYY-MM-DD') AS "expiresOn",
      v.id AS "validatorId", v."firstName" || ' ' || v."lastName" AS "validatorName", l."validationMethod"::text AS "validationMethod",
      l."validatedAt", l."recordedAt", l."correctionReason",
      (SELECT json_agg(json_build_object('id', loc.id, 'name', loc.name) ORDER BY loc.name) FROM "PersonLocation" pl JOIN "Location" loc ON loc.id = pl."locationId"
        WHERE pl."personId" = l."personId" AND pl."locationId" = ANY($3::text[])) AS locations,
      (SELECT json_agg(json_build_object('id', t.id, 'name', t.name, 'parentId', t."parentId") ORDER BY t."sortOrder", t.name) FROM "TrainingRecordTask" rt JOIN "Task" t ON t.id = rt."taskId" WHERE rt."recordId" = l.id) AS tasks,
      (SELECT json_agg(json_build_object('id', e.id, 'name', e."fileName", 'sha256', e.sha256, 'bytes', e."sizeBytes") ORDER BY e."uploadedAt", e.id)
        FROM "EvidenceFile" e WHERE e."lineageId" = l."lineageId" AND e."uploadedAt" <= $1::timestamptz) AS evidence
    FROM latest l
    JOIN "Person" p ON p.id = l."personId"
    LEFT JOIN "Person" v ON v.id = l."validatedById"
    WHERE ${filter.sql}
    ORDER BY array_position($2::text[], l."personId"), l."completedOn", l."lineageId"`,
    [selection.asOf, ids, selection.locationIds, ...filter.params],
  );
  const names = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  // Fields are copied one by one: object rest/spread here made dictionary-mode objects and about
  // 1 KB of garbage per row (120 MB more heap over a 100,000-row export).
  return rows.map((r) => ({
    lineageId: r.lineageId,
    version: r.version,
    person: { id: r.personId, name: names.get(r.personId)!, employeeId: r.employeeId },
    locations: r.locations ?? [],
    kind: r.kind,
    title: r.title,
    tasks: r.tasks ?? [],
    trainingProvider: r.trainingProvider,
    hours: r.hours,
    procedureCount: r.procedureCount,
    certificationType: r.certificationType,
    completedOn: r.completedOn,
    expiresOn: r.expiresOn,
    validator: r.validatorId ? { id: r.validatorId, name: r.validatorName! } : null,
    validationMethod: r.validationMethod,
    validatedAt: r.validatedAt,
    recordedAt: r.recordedAt,
    correctionReason: r.correctionReason,
    evidence: r.evidence ?? [],
  }));
}

type FactsRow = {
  authorizations: (Omit<ReportAuthorization, "history"> & { history: { status: StatusVersion["status"]; effectiveAt: string; recordedAt: string; byName: string }[] | null })[] | null;
  providerRoles: RawCredential[] | null;
  tiers: RawCredential[] | null;
};
type RawCredential = { personId: string; version: number; supersedes: number | null; effectiveFrom: string; recordedAt: string; value: string | null };

/**
 * For one page of records: the people's authorizations at the exported locations (with their status
 * changes recorded by the moment) and the validators' provider-type and credential-tier versions.
 * One statement.
 */
async function reportFactsOf(personIds: readonly string[], validatorIds: readonly string[], selection: RecordSelection): Promise<ReportFacts> {
  const driver = await databaseDriver();
  const credential = (table: string, column: string) =>
    `(SELECT json_agg(json_build_object('personId', c."personId", 'version', c.version, 'supersedes', c."supersedesVersion", 'effectiveFrom', to_char(c."effectiveFrom", 'YYYY-MM-DD'), 'recordedAt', c."recordedAt", 'value', c."${column}"::text))
      FROM "${table}" c WHERE c."personId" = ANY($4::text[]))`;
  const [row] = await driver.query<FactsRow>(
    `SELECT
      (SELECT json_agg(json_build_object('personId', a."personId", 'locationId', a."locationId", 'taskId', a."taskId", 'effectiveFrom', to_char(a."effectiveFrom", 'YYYY-MM-DD'),
          'effectiveTo', to_char(a."effectiveTo", 'YYYY-MM-DD'), 'grantedByName', a."grantedByName",
          'history', (SELECT json_agg(json_build_object('status', s.status, 'effectiveAt', s."effectiveAt", 'recordedAt', s."recordedAt", 'byName', s."byName") ORDER BY s."recordedAt", s.id)
            FROM "AuthorizationStatusChange" s WHERE s."authorizationId" = a.id AND s."recordedAt" <= $1::timestamptz)))
        FROM "Authorization" a WHERE a."personId" = ANY($2::text[]) AND a."locationId" = ANY($3::text[]) AND a."grantedAt" <= $1::timestamptz) AS authorizations,
      ${credential("ProviderRole", "providerType")} AS "providerRoles",
      ${credential("PersonTier", "credentialTier")} AS tiers`,
    [selection.asOf, personIds, selection.locationIds, validatorIds],
  );
  const credentials = (raw: RawCredential[] | null): CredentialVersion[] =>
    (raw ?? []).map((c) => ({ personId: c.personId, version: c.version, supersedes: c.supersedes, effectiveFrom: c.effectiveFrom, effectiveTo: null, recordedAt: new Date(c.recordedAt), value: c.value }));
  return {
    authorizations: (row?.authorizations ?? []).map((a) => ({
      personId: a.personId,
      locationId: a.locationId,
      taskId: a.taskId,
      effectiveFrom: a.effectiveFrom,
      effectiveTo: a.effectiveTo,
      grantedByName: a.grantedByName,
      // Status changes are versions of the status, numbered in the order entered (as the engine reads them).
      history: (a.history ?? []).map((h, i) => ({ version: i + 1, supersedes: null, effectiveFrom: new Date(h.effectiveAt).toISOString(), effectiveTo: null, recordedAt: new Date(h.recordedAt), status: h.status, byName: h.byName })),
    })),
    providerRoles: credentials(row?.providerRoles ?? null),
    tiers: credentials(row?.tiers ?? null),
  };
}

/** A page of records with what the report reads about them. */
export type RecordPage = { records: ExportedRecord[]; facts: ReportFacts };

/**
 * Every record the selection covers, in pages, ordered by person (last name, first name) and then
 * completion date. Reads the next page only when the consumer asks for it: three queries a page.
 */
export async function* selectedRecords(selection: RecordSelection): AsyncGenerator<RecordPage> {
  let after: PersonKey | null = null;
  for (;;) {
    const people = await peoplePage(selection, after);
    if (people.length === 0) return;
    const records = await recordsOf(people, selection);
    if (records.length > 0) {
      const validators = [...new Set(records.flatMap((r) => (r.validator ? [r.validator.id] : [])))];
      yield { records, facts: await reportFactsOf([...new Set(records.map((r) => r.person.id))], validators, selection) };
    }
    if (people.length < PEOPLE_PER_PAGE) return;
    after = people[people.length - 1]!;
  }
}

/**
 * How many records an export will hold, how many CSV rows (one per location and task a record
 * covers), for its progress bar, and how many rows the PDF report prints (one per record and
 * location: its tasks share the row), for the document limit: one query.
 */
export async function countSelectedRecords(selection: RecordSelection): Promise<{ records: number; rows: number; documentRows: number }> {
  const filter = recordFilter(selection, 4);
  const driver = await databaseDriver();
  const [row] = await driver.query<{ records: number; rows: number; documentRows: number }>(
    `WITH latest AS (${latestVersions(`(cardinality($2::text[]) = 0 OR r."personId" = ANY($2::text[]))
        AND EXISTS (SELECT 1 FROM "PersonLocation" pl WHERE pl."personId" = r."personId" AND pl."locationId" = ANY($3::text[]))`)}),
    counted AS (
      SELECT (SELECT count(*) FROM "PersonLocation" pl WHERE pl."personId" = l."personId" AND pl."locationId" = ANY($3::text[])) AS locations,
        greatest(1, (SELECT count(*) FROM "TrainingRecordTask" rt WHERE rt."recordId" = l.id)) AS tasks
      FROM latest l WHERE ${filter.sql})
    SELECT count(*)::int AS records, coalesce(sum(locations * tasks), 0)::int AS rows, coalesce(sum(locations), 0)::int AS "documentRows" FROM counted`,
    [selection.asOf, selection.personIds, selection.locationIds, ...filter.params],
  );
  return { records: Number(row!.records), rows: Number(row!.rows), documentRows: Number(row!.documentRows) };
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
