import "server-only";
import { prisma } from "@/lib/db/client";
import { DEFAULT_SETTINGS, type Facts } from "./facts";
import { toFacts, type FactsRow } from "./facts-row";

/**
 * Everything the engine needs about one person at one location. See `loadFactsForPeople`.
 */
export async function loadFacts(personId: string, locationId: string, moment: Date, knownAt: Date = new Date()): Promise<Facts | null> {
  return (await loadFactsForPeople([personId], locationId, moment, knownAt)).get(personId) ?? null;
}

/**
 * Everything the engine needs about some people at one location, in one SQL statement whatever the
 * number of people, tasks, records or arrangements: "all my tasks" costs what one task costs, and a
 * location's dashboard costs what one person's check costs. (Through Prisma's query builder one
 * person's load took eight queries and four times as long: this is the product's hot path, so it is
 * written as SQL once, here.)
 *
 * Only what was on record at `knownAt` is loaded, every version of it: which version governs the
 * moment is the engine's choice (lib/version/governing.ts), so an edit that drops a person from an
 * arrangement, a scheduled rule change or a backdated revocation is seen whatever order the
 * versions were entered in. Live answers know everything recorded so far (knownAt = now); "what
 * Cleared said then" is knownAt = the moment. Every list is ordered, so nothing depends on the order
 * rows happen to be stored in. People who do not exist are absent from the result.
 */
export async function loadFactsForPeople(personIds: readonly string[], locationId: string, moment: Date, knownAt: Date = new Date()): Promise<Map<string, Facts>> {
  const facts = new Map<string, Facts>();
  if (personIds.length === 0) return facts;
  const ids = [...new Set(personIds)];
  const [row] = await prisma.$queryRaw<[FactsRow]>`/* prepared: clearance_facts_v3 */
    WITH loc AS (
      SELECT l.id, l.name, l.state, l."timeZone", l."organizationId", o."ruleStaleAfterDays"
      FROM "Location" l JOIN "Organization" o ON o.id = l."organizationId" WHERE l.id = ${locationId}
    ),
    locv AS (SELECT * FROM "LocationVersion" v WHERE v."locationId" = ${locationId} AND v."recordedAt" <= ${knownAt}),
    arrangement_lineages AS (
      SELECT DISTINCT g."lineageId" FROM "SupervisionArrangement" g
      WHERE g."locationId" = ${locationId} AND g."recordedAt" <= ${knownAt}
        AND (g."allMedicalAssistants" OR EXISTS (SELECT 1 FROM "ArrangementSupervisee" x WHERE x."arrangementId" = g.id AND x."personId" = ANY(${ids})))
    ),
    arr AS (SELECT s.* FROM "SupervisionArrangement" s WHERE s."lineageId" IN (SELECT "lineageId" FROM arrangement_lineages) AND s."recordedAt" <= ${knownAt})
    SELECT
      (SELECT row_to_json(loc) FROM loc) AS location,
      (SELECT coalesce(json_agg(json_build_object('version', v.version, 'supersedes', v."supersedesVersion", 'state', v.state, 'timeZone', v."timeZone",
                 'effectiveFrom', v."effectiveFrom", 'recordedAt', v."recordedAt") ORDER BY v.version), '[]') FROM locv v) AS "locationVersions",
      (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p."firstName" || ' ' || p."lastName",
                 'tiers', (SELECT coalesce(json_agg(json_build_object('version', t.version, 'supersedes', t."supersedesVersion", 'credentialTier', t."credentialTier",
                              'effectiveFrom', t."effectiveFrom", 'recordedAt', t."recordedAt") ORDER BY t.version), '[]')
                           FROM "PersonTier" t WHERE t."personId" = p.id AND t."recordedAt" <= ${knownAt}),
                 'employment', (SELECT coalesce(json_agg(json_build_object('lineageId', e."lineageId", 'version', e.version, 'supersedes', e."supersedesVersion",
                              'effectiveFrom', e."effectiveFrom", 'effectiveTo', e."effectiveTo", 'recordedAt', e."recordedAt") ORDER BY e."lineageId", e.version), '[]')
                           FROM "Employment" e WHERE e."personId" = p.id AND e."locationId" = ${locationId} AND e."recordedAt" <= ${knownAt})) ORDER BY p.id), '[]')
         FROM "Person" p WHERE p.id = ANY(${ids})) AS people,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'code', t.code, 'name', t.name, 'category', t.category, 'providerOnly', t."providerOnly",
                 'parentId', t."parentId", 'retired', t."retiredAt" IS NOT NULL AND t."retiredAt" <= least(${moment}::timestamptz, ${knownAt}::timestamptz)) ORDER BY t."sortOrder", t.name, t.id), '[]')
         FROM "Task" t) AS tasks,
      (SELECT coalesce(json_agg(json_build_object('id', r.id, 'lineageId', r."lineageId", 'version', r.version, 'supersedes', r."supersedesVersion", 'state', r.state,
                 'taskId', r."taskId", 'credentialTier', r."credentialTier", 'outcome', r.outcome, 'supervisionLevel', r."supervisionLevel", 'supervisorTypes', r."supervisorTypes",
                 'minTrainingHours', r."minTrainingHours", 'minProcedureCount', r."minProcedureCount", 'acceptedCertifications', r."acceptedCertifications",
                 'citation', r.citation, 'sourceUrl', r."sourceUrl", 'effectiveFrom', r."effectiveFrom", 'effectiveTo', r."effectiveTo",
                 'lastVerifiedOn', r."lastVerifiedOn", 'lastVerifiedBy', r."lastVerifiedBy", 'recordedAt', r."recordedAt") ORDER BY r."lineageId", r.version), '[]')
         FROM "StateRule" r WHERE r.state IN (SELECT state FROM locv UNION SELECT state FROM loc) AND r."recordedAt" <= ${knownAt}) AS rules,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'lineageId', e."lineageId", 'version', e.version, 'supersedes', e."supersedesVersion", 'locationId', e."locationId",
                 'taskId', e."taskId", 'maMayPerform', e."maMayPerform", 'minSupervisionLevel', e."minSupervisionLevel", 'requiresCompetency', e."requiresCompetency",
                 'revalidationMonths', e."revalidationMonths", 'documentRef', nullif(concat_ws(' ', e."documentRef", e."documentVersion"), ''),
                 'effectiveFrom', e."effectiveFrom", 'effectiveTo', e."effectiveTo", 'recordedAt', e."recordedAt") ORDER BY e."lineageId", e.version), '[]')
         FROM "EmployerPolicy" e WHERE e."organizationId" = (SELECT "organizationId" FROM loc)
           AND (e."locationId" IS NULL OR e."locationId" = ${locationId}) AND e."recordedAt" <= ${knownAt}) AS policies,
      (SELECT coalesce(json_agg(json_build_object('personId', a."personId", 'id', a.id, 'taskId', a."taskId", 'locationId', a."locationId", 'locationName', al.name,
                 'conditions', a.conditions, 'grantedByName', a."grantedByName", 'effectiveFrom', a."effectiveFrom", 'effectiveTo', a."effectiveTo",
                 'history', (SELECT coalesce(json_agg(json_build_object('status', h.status, 'effectiveFrom', h."effectiveAt", 'recordedAt', h."recordedAt", 'reason', h.reason,
                                 'byName', h."byName") ORDER BY h."recordedAt", h.id), '[]')
                               FROM "AuthorizationStatusChange" h WHERE h."authorizationId" = a.id AND h."recordedAt" <= ${knownAt})) ORDER BY a.id), '[]')
         FROM "Authorization" a JOIN "Location" al ON al.id = a."locationId" WHERE a."personId" = ANY(${ids}) AND a."grantedAt" <= ${knownAt}) AS authorizations,
      (SELECT coalesce(json_agg(json_build_object('personId', c."personId", 'id', c.id, 'lineageId', c."lineageId", 'version', c.version, 'supersedes', c."supersedesVersion",
                 'kind', c.kind, 'title', c.title, 'hours', c.hours, 'procedureCount', c."procedureCount", 'certificationType', c."certificationType",
                 'completedOn', c."completedOn", 'expiresOn', c."expiresOn", 'withdrawnFrom', c."withdrawnFrom", 'recordedAt', c."recordedAt",
                 'validatedByName', (SELECT CASE WHEN v."providerType" IN ('MD', 'DO') THEN 'Dr. ' ELSE '' END || v."firstName" || ' ' || v."lastName"
                                       FROM "Person" v WHERE v.id = c."validatedById"),
                 'taskIds', (SELECT coalesce(json_agg(rt."taskId" ORDER BY rt."taskId"), '[]') FROM "TrainingRecordTask" rt WHERE rt."recordId" = c.id)) ORDER BY c."lineageId", c.version), '[]')
         FROM "TrainingRecord" c WHERE c."personId" = ANY(${ids}) AND c."recordedAt" <= ${knownAt}) AS records,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'lineageId', s."lineageId", 'version', s.version, 'supersedes', s."supersedesVersion", 'locationId', s."locationId",
                 'supervisorId', s."supervisorId", 'level', s.level, 'allMedicalAssistants', s."allMedicalAssistants", 'allClinicalTasks', s."allClinicalTasks",
                 'effectiveFrom', s."effectiveFrom", 'effectiveTo', s."effectiveTo", 'recordedAt', s."recordedAt",
                 'superviseeIds', (SELECT coalesce(json_agg(x."personId" ORDER BY x."personId"), '[]') FROM "ArrangementSupervisee" x WHERE x."arrangementId" = s.id AND x."personId" = ANY(${ids})),
                 'taskIds', (SELECT coalesce(json_agg(st."taskId" ORDER BY st."taskId"), '[]') FROM "ArrangementTask" st WHERE st."arrangementId" = s.id),
                 'windows', (SELECT coalesce(json_agg(json_build_object('weekday', w.weekday, 'startMinute', w."startMinute", 'endMinute', w."endMinute") ORDER BY w.weekday, w."startMinute"), '[]')
                               FROM "ScheduleWindow" w WHERE w."arrangementId" = s.id)) ORDER BY s."lineageId", s.version), '[]')
         FROM arr s) AS arrangements,
      (SELECT coalesce(json_agg(json_build_object('id', sp.id, 'name', sp."firstName" || ' ' || sp."lastName",
                 'providerRoles', (SELECT coalesce(json_agg(json_build_object('version', pr.version, 'supersedes', pr."supersedesVersion", 'providerType', pr."providerType",
                              'effectiveFrom', pr."effectiveFrom", 'recordedAt', pr."recordedAt") ORDER BY pr.version), '[]')
                           FROM "ProviderRole" pr WHERE pr."personId" = sp.id AND pr."recordedAt" <= ${knownAt}),
                 'employment', (SELECT coalesce(json_agg(json_build_object('lineageId', e."lineageId", 'version', e.version, 'supersedes', e."supersedesVersion",
                              'effectiveFrom', e."effectiveFrom", 'effectiveTo', e."effectiveTo", 'recordedAt', e."recordedAt") ORDER BY e."lineageId", e.version), '[]')
                           FROM "Employment" e WHERE e."personId" = sp.id AND e."locationId" = ${locationId} AND e."recordedAt" <= ${knownAt})) ORDER BY sp.id), '[]')
         FROM "Person" sp WHERE sp.id IN (SELECT "supervisorId" FROM arr)) AS supervisors`;
  if (!row?.location) return facts;
  const settings = { ...DEFAULT_SETTINGS, ruleStaleAfterDays: row.location.ruleStaleAfterDays };
  for (const person of toFacts(row, settings, moment, knownAt)) facts.set(person.person.id, person);
  return facts;
}
