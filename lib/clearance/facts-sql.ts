/**
 * The clearance loader's statement, built from one list of fields per kind of fact. Each fact
 * travels as a JSON array of its values in the order of its list (half the bytes of an object
 * with named keys, and a third less work for PostgreSQL to build), and `decode` turns it back into
 * an object with those names: the list is the single place both sides read.
 */
/** A fact's field names and the SQL building its tuple, in the same order. */
export type Tuple = { keys: readonly string[]; sql: string };

function tuple(fields: Readonly<Record<string, string>>): Tuple {
  return { keys: Object.keys(fields), sql: `json_build_array(${Object.values(fields).join(", ")})` };
}

/** A JSON array of tuples, in order; '[]' when there are none. */
const list = (item: Tuple, from: string, order: string) => `(SELECT coalesce(json_agg(${item.sql} ORDER BY ${order}), '[]') ${from})`;

export function decode(spec: Tuple, values: readonly unknown[]): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  for (let i = 0; i < spec.keys.length; i++) item[spec.keys[i]!] = values[i];
  return item;
}

export const LOCATION_VERSION = tuple({ version: "v.version", supersedes: 'v."supersedesVersion"', state: "v.state", timeZone: 'v."timeZone"', requiresCheckIn: 'v."requiresCheckIn"', effectiveFrom: 'v."effectiveFrom"', recordedAt: 'v."recordedAt"' });

export const TIER = tuple({ version: "t.version", supersedes: 't."supersedesVersion"', credentialTier: 't."credentialTier"', effectiveFrom: 't."effectiveFrom"', recordedAt: 't."recordedAt"' });

export const EMPLOYMENT = tuple({ lineageId: 'e."lineageId"', version: "e.version", supersedes: 'e."supersedesVersion"', effectiveFrom: 'e."effectiveFrom"', effectiveTo: 'e."effectiveTo"', recordedAt: 'e."recordedAt"' });

const employmentOf = (person: string) => list(EMPLOYMENT, `FROM "Employment" e WHERE e."personId" = ${person} AND e."locationId" = $1::text AND e."recordedAt" <= $3::timestamptz`, 'e."lineageId", e.version');

export const PERSON = tuple({
  id: "p.id",
  name: `p."firstName" || ' ' || p."lastName"`,
  tiers: list(TIER, `FROM "PersonTier" t WHERE t."personId" = p.id AND t."recordedAt" <= $3::timestamptz`, "t.version"),
  employment: employmentOf("p.id"),
});

export const TASK = tuple({
  id: "t.id",
  code: "t.code",
  name: "t.name",
  category: "t.category",
  providerOnly: 't."providerOnly"',
  parentId: 't."parentId"',
  // Whether it is retired at the moment asked is the conversion's to say (facts-row.ts): a load
  // serves a span of moments (and the live cache, later ones).
  retiredAt: 't."retiredAt"',
});

export const RULE = tuple({
  id: "r.id",
  lineageId: 'r."lineageId"',
  version: "r.version",
  supersedes: 'r."supersedesVersion"',
  state: "r.state",
  taskId: 'r."taskId"',
  credentialTier: 'r."credentialTier"',
  outcome: "r.outcome",
  supervisionLevel: 'r."supervisionLevel"',
  supervisorTypes: 'r."supervisorTypes"',
  minTrainingHours: 'r."minTrainingHours"',
  minProcedureCount: 'r."minProcedureCount"',
  acceptedCertifications: 'r."acceptedCertifications"',
  citation: "r.citation",
  sourceUrl: 'r."sourceUrl"',
  effectiveFrom: 'r."effectiveFrom"',
  effectiveTo: 'r."effectiveTo"',
  lastVerifiedOn: 'r."lastVerifiedOn"',
  lastVerifiedBy: 'r."lastVerifiedBy"',
  recordedAt: 'r."recordedAt"',
});

export const POLICY = tuple({
  id: "e.id",
  lineageId: 'e."lineageId"',
  version: "e.version",
  supersedes: 'e."supersedesVersion"',
  locationId: 'e."locationId"',
  taskId: 'e."taskId"',
  maMayPerform: 'e."maMayPerform"',
  minSupervisionLevel: 'e."minSupervisionLevel"',
  requiresCompetency: 'e."requiresCompetency"',
  revalidationMonths: 'e."revalidationMonths"',
  documentRef: `nullif(concat_ws(' ', e."documentRef", e."documentVersion"), '')`,
  effectiveFrom: 'e."effectiveFrom"',
  effectiveTo: 'e."effectiveTo"',
  recordedAt: 'e."recordedAt"',
});

export const STATUS = tuple({ status: "h.status", effectiveFrom: 'h."effectiveAt"', recordedAt: 'h."recordedAt"', reason: "h.reason", byName: 'h."byName"' });

export const AUTHORIZATION = tuple({
  personId: 'a."personId"',
  id: "a.id",
  taskId: 'a."taskId"',
  locationId: 'a."locationId"',
  locationName: "al.name",
  conditions: "a.conditions",
  grantedByName: 'a."grantedByName"',
  effectiveFrom: 'a."effectiveFrom"',
  effectiveTo: 'a."effectiveTo"',
  history: list(STATUS, `FROM "AuthorizationStatusChange" h WHERE h."authorizationId" = a.id AND h."recordedAt" <= $3::timestamptz`, 'h."recordedAt", h.id'),
});

export const RECORD = tuple({
  personId: 'c."personId"',
  id: "c.id",
  lineageId: 'c."lineageId"',
  version: "c.version",
  supersedes: 'c."supersedesVersion"',
  kind: "c.kind",
  title: "c.title",
  hours: "c.hours",
  procedureCount: 'c."procedureCount"',
  certificationType: 'c."certificationType"',
  completedOn: 'c."completedOn"',
  expiresOn: 'c."expiresOn"',
  withdrawnFrom: 'c."withdrawnFrom"',
  recordedAt: 'c."recordedAt"',
  validatedByName: `(SELECT CASE WHEN v."providerType" IN ('MD', 'DO') THEN 'Dr. ' ELSE '' END || v."firstName" || ' ' || v."lastName" FROM "Person" v WHERE v.id = c."validatedById")`,
  taskIds: `(SELECT coalesce(json_agg(rt."taskId" ORDER BY rt."taskId"), '[]') FROM "TrainingRecordTask" rt WHERE rt."recordId" = c.id)`,
});

export const WINDOW = tuple({ weekday: "w.weekday", startMinute: 'w."startMinute"', endMinute: 'w."endMinute"' });

export const ARRANGEMENT = tuple({
  id: "s.id",
  lineageId: 's."lineageId"',
  version: "s.version",
  supersedes: 's."supersedesVersion"',
  locationId: 's."locationId"',
  supervisorId: 's."supervisorId"',
  level: "s.level",
  allMedicalAssistants: 's."allMedicalAssistants"',
  allClinicalTasks: 's."allClinicalTasks"',
  effectiveFrom: 's."effectiveFrom"',
  effectiveTo: 's."effectiveTo"',
  recordedAt: 's."recordedAt"',
  superviseeIds: `(SELECT coalesce(json_agg(x."personId" ORDER BY x."personId"), '[]') FROM "ArrangementSupervisee" x WHERE x."arrangementId" = s.id AND x."personId" = ANY($2::text[]))`,
  taskIds: `(SELECT coalesce(json_agg(st."taskId" ORDER BY st."taskId"), '[]') FROM "ArrangementTask" st WHERE st."arrangementId" = s.id)`,
  windows: list(WINDOW, `FROM "ScheduleWindow" w WHERE w."arrangementId" = s.id`, 'w.weekday, w."startMinute"'),
});

export const EXCEPTION = tuple({
  id: "x.id",
  lineageId: 'x."lineageId"',
  version: "x.version",
  supersedes: 'x."supersedesVersion"',
  kind: "x.kind",
  providerId: 'x."providerId"',
  level: "x.level",
  reason: "x.reason",
  allDay: 'x."allDay"',
  cancelled: "x.cancelled",
  effectiveFrom: 'x."startsAt"',
  effectiveTo: 'x."endsAt"',
  recordedAt: 'x."recordedAt"',
});

export const PRESENCE = tuple({ providerId: 'e."providerId"', kind: "e.kind", at: "e.at" });

export const PROVIDER_ROLE = tuple({ version: "pr.version", supersedes: 'pr."supersedesVersion"', providerType: 'pr."providerType"', effectiveFrom: 'pr."effectiveFrom"', recordedAt: 'pr."recordedAt"' });

export const SUPERVISOR = tuple({
  id: "sp.id",
  name: `sp."firstName" || ' ' || sp."lastName"`,
  providerRoles: list(PROVIDER_ROLE, `FROM "ProviderRole" pr WHERE pr."personId" = sp.id AND pr."recordedAt" <= $3::timestamptz`, "pr.version"),
  employment: employmentOf("sp.id"),
});

/**
 * $1 the location, $2 the people, $3 the record time facts are known at, $4 and $5 the instants
 * exceptions and check-ins are loaded for. Prepared once per connection (the marker),
 * one row of JSON columns.
 */
export const FACTS_SQL = `/* prepared: clearance_facts_v6 */
    WITH loc AS (
      SELECT l.id, l.name, l.state, l."timeZone", l."organizationId", o."ruleStaleAfterDays"
      FROM "Location" l JOIN "Organization" o ON o.id = l."organizationId" WHERE l.id = $1::text
    ),
    locv AS (SELECT * FROM "LocationVersion" v WHERE v."locationId" = $1::text AND v."recordedAt" <= $3::timestamptz),
    arrangement_lineages AS (
      SELECT g."lineageId" FROM "SupervisionArrangement" g WHERE g."locationId" = $1::text AND g."allMedicalAssistants" AND g."recordedAt" <= $3::timestamptz
      UNION
      SELECT g."lineageId" FROM "ArrangementSupervisee" x JOIN "SupervisionArrangement" g ON g.id = x."arrangementId"
      WHERE x."personId" = ANY($2::text[]) AND g."locationId" = $1::text AND g."recordedAt" <= $3::timestamptz
    ),
    arr AS (SELECT s.* FROM "SupervisionArrangement" s WHERE s."lineageId" IN (SELECT "lineageId" FROM arrangement_lineages) AND s."recordedAt" <= $3::timestamptz),
    -- Every version of each exception lineage with a version overlapping the span: a correction may have moved it.
    exc AS (
      SELECT x.* FROM "SupervisionException" x WHERE x."recordedAt" <= $3::timestamptz AND x."lineageId" IN (
        SELECT y."lineageId" FROM "SupervisionException" y
        WHERE y."locationId" = $1::text AND y."endsAt" > $4::timestamptz AND y."startsAt" < $5::timestamptz AND y."recordedAt" <= $3::timestamptz
      )
    )
    SELECT
      (SELECT row_to_json(loc) FROM loc) AS location,
      ${list(LOCATION_VERSION, "FROM locv v", "v.version")} AS "locationVersions",
      ${list(PERSON, `FROM "Person" p WHERE p.id = ANY($2::text[])`, "p.id")} AS people,
      ${list(TASK, `FROM "Task" t`, 't."sortOrder", t.name, t.id')} AS tasks,
      ${list(RULE, `FROM "StateRule" r WHERE r.state IN (SELECT state FROM locv UNION SELECT state FROM loc) AND r."recordedAt" <= $3::timestamptz`, 'r."lineageId", r.version')} AS rules,
      ${list(POLICY, `FROM "EmployerPolicy" e WHERE e."organizationId" = (SELECT "organizationId" FROM loc) AND (e."locationId" IS NULL OR e."locationId" = $1::text) AND e."recordedAt" <= $3::timestamptz`, 'e."lineageId", e.version')} AS policies,
      ${list(AUTHORIZATION, `FROM "Authorization" a JOIN "Location" al ON al.id = a."locationId" WHERE a."personId" = ANY($2::text[]) AND a."grantedAt" <= $3::timestamptz`, "a.id")} AS authorizations,
      ${list(RECORD, `FROM "TrainingRecord" c WHERE c."personId" = ANY($2::text[]) AND c."recordedAt" <= $3::timestamptz`, 'c."lineageId", c.version')} AS records,
      ${list(ARRANGEMENT, "FROM arr s", 's."lineageId", s.version')} AS arrangements,
      ${list(EXCEPTION, "FROM exc x", 'x."lineageId", x.version')} AS exceptions,
      ${list(PRESENCE, `FROM "PresenceEvent" e WHERE e."locationId" = $1::text AND e.at >= $4::timestamptz AND e.at < $5::timestamptz AND e.at <= $3::timestamptz`, 'e."providerId", e.at, e.id')} AS presence,
      -- One supervisor at a time by primary key (a join would read every person).
      (SELECT coalesce(json_agg((SELECT ${SUPERVISOR.sql} FROM "Person" sp WHERE sp.id = named.id) ORDER BY named.id), '[]')
         FROM (SELECT "supervisorId" AS id FROM arr UNION SELECT "providerId" FROM exc WHERE kind = 'extra_session') named) AS supervisors`;
