import "server-only";
import { prisma } from "@/lib/db/client";
import { DEFAULT_SETTINGS, type Facts } from "./facts";

/**
 * Everything the engine needs about one person at one location. See `loadFactsForPeople`.
 */
export async function loadFacts(personId: string, locationId: string, moment: Date, now: Date = new Date()): Promise<Facts | null> {
  return (await loadFactsForPeople([personId], locationId, moment, now)).get(personId) ?? null;
}

/**
 * Everything the engine needs about some people at one location, in one SQL statement whatever the
 * number of people, tasks, records or arrangements: "all my tasks" costs what one task costs, and a
 * location's dashboard costs what one person's check costs. (Through Prisma's query builder one
 * person's load took eight queries and four times as long: this is the product's hot path, so it is
 * written as SQL once, here.)
 *
 * Only what was on record at the moment asked about is loaded (knownAt = the earlier of the moment
 * and now): an answer for a past moment is the answer the records gave then, and nothing entered
 * later, even backdated, changes it. People who do not exist are absent from the result.
 */
export async function loadFactsForPeople(personIds: readonly string[], locationId: string, moment: Date, now: Date = new Date()): Promise<Map<string, Facts>> {
  const facts = new Map<string, Facts>();
  if (personIds.length === 0) return facts;
  const ids = [...new Set(personIds)];
  const knownAt = moment < now ? moment : now;
  const [row] = await prisma.$queryRaw<[Row]>`/* prepared: clearance_facts_v2 */
    WITH loc AS (
      SELECT l.id, l.name, l.state, l."timeZone", l."organizationId", o."ruleStaleAfterDays"
      FROM "Location" l JOIN "Organization" o ON o.id = l."organizationId" WHERE l.id = ${locationId}
    )
    SELECT
      (SELECT row_to_json(loc) FROM loc) AS location,
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p."firstName" || ' ' || p."lastName", 'credentialTier', p."credentialTier")), '[]')
         FROM "Person" p WHERE p.id = ANY(${ids})) AS people,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'category', t.category, 'providerOnly', t."providerOnly",
                 'parentId', t."parentId", 'retired', t."retiredAt" IS NOT NULL AND t."retiredAt" <= ${knownAt}) ORDER BY t."sortOrder", t.name), '[]')
         FROM "Task" t) AS tasks,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'lineageId', r."lineageId", 'version', r.version, 'state', r.state, 'taskId', r."taskId",
                 'credentialTier', r."credentialTier", 'outcome', r.outcome, 'supervisionLevel', r."supervisionLevel", 'supervisorTypes', r."supervisorTypes",
                 'minTrainingHours', r."minTrainingHours", 'minProcedureCount', r."minProcedureCount", 'acceptedCertifications', r."acceptedCertifications",
                 'citation', r.citation, 'sourceUrl', r."sourceUrl", 'effectiveFrom', r."effectiveFrom", 'effectiveTo', r."effectiveTo",
                 'lastVerifiedAt', r."lastVerifiedAt", 'lastVerifiedBy', r."lastVerifiedBy")), '[]')
         FROM "StateRule" r WHERE r.state = (SELECT state FROM loc) AND r."recordedAt" <= ${knownAt}) AS rules,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'lineageId', e."lineageId", 'version', e.version, 'locationId', e."locationId", 'taskId', e."taskId",
                 'maMayPerform', e."maMayPerform", 'minSupervisionLevel', e."minSupervisionLevel", 'requiresCompetency', e."requiresCompetency",
                 'revalidationMonths', e."revalidationMonths", 'documentRef', nullif(concat_ws(' ', e."documentRef", e."documentVersion"), ''),
                 'effectiveFrom', e."effectiveFrom", 'effectiveTo', e."effectiveTo")), '[]')
         FROM "EmployerPolicy" e WHERE e."organizationId" = (SELECT "organizationId" FROM loc)
           AND (e."locationId" IS NULL OR e."locationId" = ${locationId}) AND e."recordedAt" <= ${knownAt}) AS policies,
      (SELECT coalesce(json_agg(json_build_object('personId', a."personId", 'id', a.id, 'taskId', a."taskId", 'locationId', a."locationId", 'locationName', al.name,
                 'conditions', a.conditions, 'grantedByName', a."grantedByName", 'effectiveFrom', a."effectiveFrom", 'effectiveTo', a."effectiveTo",
                 'history', (SELECT coalesce(json_agg(json_build_object('status', h.status, 'at', h.at, 'reason', h.reason, 'byName', h."byName") ORDER BY h.at), '[]')
                               FROM "AuthorizationStatusChange" h WHERE h."authorizationId" = a.id AND h.at <= ${knownAt}))), '[]')
         FROM "Authorization" a JOIN "Location" al ON al.id = a."locationId" WHERE a."personId" = ANY(${ids}) AND a."grantedAt" <= ${knownAt}) AS authorizations,
      (SELECT coalesce(json_agg(json_build_object('personId', c."personId", 'id', c.id, 'lineageId', c."lineageId", 'version', c.version, 'kind', c.kind, 'title', c.title,
                 'hours', c.hours, 'procedureCount', c."procedureCount", 'certificationType', c."certificationType", 'completedAt', c."completedAt",
                 'expiresAt', c."expiresAt",
                 'validatedByName', (SELECT CASE WHEN v."providerType" IN ('MD', 'DO') THEN 'Dr. ' ELSE '' END || v."firstName" || ' ' || v."lastName"
                                       FROM "Person" v WHERE v.id = c."validatedById"),
                 'taskIds', (SELECT coalesce(json_agg(rt."taskId"), '[]') FROM "TrainingRecordTask" rt WHERE rt."recordId" = c.id))), '[]')
         FROM "TrainingRecord" c WHERE c."personId" = ANY(${ids}) AND c."recordedAt" <= ${knownAt}) AS records,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'lineageId', s."lineageId", 'version', s.version, 'locationId', s."locationId", 'level', s.level,
                 'allMedicalAssistants', s."allMedicalAssistants", 'allClinicalTasks', s."allClinicalTasks", 'effectiveFrom', s."effectiveFrom", 'effectiveTo', s."effectiveTo",
                 'supervisor', json_build_object('id', sp.id, 'name', sp."firstName" || ' ' || sp."lastName", 'providerType', sp."providerType"),
                 'superviseeIds', (SELECT coalesce(json_agg(x."personId"), '[]') FROM "ArrangementSupervisee" x WHERE x."arrangementId" = s.id AND x."personId" = ANY(${ids})),
                 'taskIds', (SELECT coalesce(json_agg(st."taskId"), '[]') FROM "ArrangementTask" st WHERE st."arrangementId" = s.id),
                 'windows', (SELECT coalesce(json_agg(json_build_object('weekday', w.weekday, 'startMinute', w."startMinute", 'endMinute', w."endMinute")), '[]')
                               FROM "ScheduleWindow" w WHERE w."arrangementId" = s.id))), '[]')
         FROM "SupervisionArrangement" s JOIN "Person" sp ON sp.id = s."supervisorId"
         WHERE s."locationId" = ${locationId} AND s."recordedAt" <= ${knownAt}
           AND s.id IN (SELECT g.id FROM "SupervisionArrangement" g WHERE g."locationId" = ${locationId} AND g."allMedicalAssistants"
                        UNION ALL SELECT x."arrangementId" FROM "ArrangementSupervisee" x WHERE x."personId" = ANY(${ids}))) AS arrangements`;
  if (!row?.location) return facts;
  const { location } = row;
  const shared = {
    settings: { ...DEFAULT_SETTINGS, ruleStaleAfterDays: location.ruleStaleAfterDays },
    location: { id: location.id, name: location.name, state: location.state, timeZone: location.timeZone },
    tasks: row.tasks,
    rules: row.rules.map((r) => ({ ...r, minTrainingHours: r.minTrainingHours === null ? null : Number(r.minTrainingHours), ...effective(r), lastVerifiedAt: new Date(r.lastVerifiedAt) })),
    policies: row.policies.map((p) => ({ ...p, ...effective(p) })),
  };
  const arrangements = row.arrangements.map((a) => ({ ...a, ...effective(a) }));
  for (const person of row.people) {
    facts.set(person.id, {
      ...shared,
      person,
      authorizations: row.authorizations
        .filter((a) => a.personId === person.id)
        .map(({ personId: _, ...a }) => ({ ...a, ...effective(a), history: a.history.map((h) => ({ ...h, at: new Date(h.at) })) })),
      records: row.records
        .filter((r) => r.personId === person.id)
        .map(({ personId: _, ...r }) => ({ ...r, hours: r.hours === null ? null : Number(r.hours), completedAt: new Date(r.completedAt), expiresAt: r.expiresAt === null ? null : new Date(r.expiresAt) })),
      arrangements: arrangements.filter((a) => a.allMedicalAssistants || a.superviseeIds.includes(person.id)),
    });
  }
  return facts;
}

type Json<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K] };
type Dated = { effectiveFrom: string; effectiveTo: string | null };

function effective(x: Dated): { effectiveFrom: Date; effectiveTo: Date | null } {
  return { effectiveFrom: new Date(x.effectiveFrom), effectiveTo: x.effectiveTo === null ? null : new Date(x.effectiveTo) };
}

type Owned = { personId: string };

/** The statement's one row: each column is JSON, with dates as ISO strings. */
type Row = {
  location: { id: string; name: string; state: string; timeZone: string; organizationId: string; ruleStaleAfterDays: number } | null;
  people: Facts["person"][];
  tasks: Facts["tasks"];
  rules: (Omit<Json<Facts["rules"][number]>, "minTrainingHours"> & { minTrainingHours: number | string | null })[];
  policies: Json<Facts["policies"][number]>[];
  authorizations: (Owned & Omit<Json<Facts["authorizations"][number]>, "history"> & { history: Json<Facts["authorizations"][number]["history"][number]>[] })[];
  records: (Owned & Omit<Json<Facts["records"][number]>, "hours"> & { hours: number | string | null })[];
  arrangements: Json<Facts["arrangements"][number]>[];
};
