/**
 * The large organization both benchmarks run on: 50 locations in 10 states, 10,000 people, the task
 * catalog, 300,000 authorizations, 500,000 training records and 20,000 supervision arrangements.
 * Generated inside the database with generate_series (one statement per table), so it builds in
 * under a minute on either engine. Each location has 400 arrangements, a tenth of them for all its
 * medical assistants and the rest for three named people each.
 *
 * Facts have histories, as real ones do: every location a correction of its first version; every
 * person an employment period per location (a third of them an ended earlier period there too), a
 * tier and, for providers, a provider type, recorded in versions; rules three versions; a fifth of
 * the arrangements an edit from a later date that drops one of the people it named; a tenth of the
 * records a correction; a tenth of the authorizations a suspension and a reinstatement.
 */
import type { Driver } from "../../lib/db/driver";

export const SIZE = { locations: 50, people: 10_000, authorizations: 300_000, records: 500_000, arrangements: 20_000 };
const STATES = ["CA", "WA", "AZ", "NJ", "NY", "TX", "FL", "OR", "CO", "IL"];
const ZONES = ["America/Los_Angeles", "America/Los_Angeles", "America/Phoenix", "America/New_York", "America/New_York", "America/Chicago", "America/New_York", "America/Los_Angeles", "America/Denver", "America/Chicago"];

export async function buildFixture(driver: Driver, log: (message: string) => void): Promise<void> {
  const step = async (label: string, sql: string) => {
    const started = performance.now();
    await driver.exec(sql);
    log(`  ${label} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  };
  const states = `ARRAY[${STATES.map((s) => `'${s}'`).join(",")}]`;
  const zones = `ARRAY[${ZONES.map((z) => `'${z}'`).join(",")}]`;
  // Person i works at location (i % 50) + 1 and, for a third of them, also at the next one.
  await step("organization and locations", `
    INSERT INTO "Organization" (id, name) VALUES ('benchorg00001', 'Benchmark Health');
    INSERT INTO "Location" (id, "organizationId", name, address, state, "timeZone", "updatedAt")
      SELECT 'benchloc' || lpad(i::text, 5, '0'), 'benchorg00001', 'Clinic ' || i, i || ' Bench St', (${states})[((i - 1) % 10) + 1], (${zones})[((i - 1) % 10) + 1], now()
      FROM generate_series(1, ${SIZE.locations}) i;
    INSERT INTO "LocationVersion" (id, "locationId", version, "supersedesVersion", state, "timeZone", "effectiveFrom", "recordedAt")
      SELECT 'benchlv' || l.id || v, l.id, v, CASE WHEN v = 2 THEN 1 END, l.state, l."timeZone", TIMESTAMPTZ '1900-01-01', TIMESTAMPTZ '2019-01-01' + (v || ' months')::interval
      FROM "Location" l CROSS JOIN generate_series(1, 2) v WHERE l.id LIKE 'benchloc%';`);
  await step("people", `
    INSERT INTO "Person" (id, "organizationId", "firstName", "lastName", "isMedicalAssistant", "providerType", "credentialTier", "updatedAt")
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchorg00001', 'First' || i, 'Last' || i, i > 500, CASE WHEN i <= 500 THEN 'MD'::"ProviderType" END,
             (ARRAY['none','ma_c','ma_r','ma_p']::"CredentialTier"[])[(i % 4) + 1], now()
      FROM generate_series(1, ${SIZE.people}) i;
    INSERT INTO "PersonTier" (id, "personId", version, "credentialTier", "effectiveFrom", "recordedAt")
      SELECT 'benchtier' || substr(id, 12), id, 1, "credentialTier", DATE '2020-01-01', TIMESTAMPTZ '2019-06-01' FROM "Person" WHERE id LIKE 'benchperson%';
    INSERT INTO "ProviderRole" (id, "personId", version, "providerType", "effectiveFrom", "recordedAt")
      SELECT 'benchrole' || substr(id, 12), id, 1, "providerType", DATE '2017-01-01', TIMESTAMPTZ '2019-06-01' FROM "Person" WHERE id LIKE 'benchperson%' AND "providerType" IS NOT NULL;
    INSERT INTO "PersonLocation" ("personId", "locationId")
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchloc' || lpad(((i % ${SIZE.locations}) + 1)::text, 5, '0') FROM generate_series(1, ${SIZE.people}) i
      UNION ALL
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchloc' || lpad((((i + 1) % ${SIZE.locations}) + 1)::text, 5, '0') FROM generate_series(1, ${SIZE.people}) i WHERE i % 3 = 0
      UNION ALL
      -- Providers supervise at every location.
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchloc' || lpad(l::text, 5, '0') FROM generate_series(1, 500) i CROSS JOIN generate_series(1, ${SIZE.locations}) l
        WHERE l <> (i % ${SIZE.locations}) + 1 AND l <> ((i + 1) % ${SIZE.locations}) + 1;
    INSERT INTO "Employment" (id, "lineageId", version, "personId", "locationId", "effectiveFrom", "recordedAt")
      SELECT 'benchemp' || "personId" || "locationId", 'benchempl' || "personId" || "locationId", 1, "personId", "locationId", DATE '2020-01-01', TIMESTAMPTZ '2019-12-01' FROM "PersonLocation" WHERE "personId" LIKE 'benchperson%';
    INSERT INTO "Employment" (id, "lineageId", version, "personId", "locationId", "effectiveFrom", "effectiveTo", "recordedAt")
      SELECT 'benchold' || "personId" || "locationId" || v, 'bencholdl' || "personId" || "locationId", v, "personId", "locationId", DATE '2016-01-01', CASE WHEN v = 1 THEN NULL ELSE DATE '2018-06-01' END, TIMESTAMPTZ '2016-01-01' + (v || ' years')::interval
      FROM "PersonLocation" CROSS JOIN generate_series(1, 2) v WHERE "personId" LIKE 'benchperson%' AND right("personId", 1) IN ('0', '3', '6');`);
  await step("state rules (3 versions each)", `
    INSERT INTO "StateRule" (id, "lineageId", version, state, "taskId", "credentialTier", outcome, "supervisionLevel", "supervisorTypes", "minTrainingHours", "minProcedureCount", "acceptedCertifications", citation, "sourceUrl", "effectiveFrom", "lastVerifiedOn", "lastVerifiedBy", "recordedAt")
      SELECT 'benchrule' || s || t.code || v, 'benchline' || s || t.code, v, s, t.id, NULL,
             CASE WHEN t.category IN ('administrative','documentation') THEN 'allowed' WHEN length(t.code) % 5 = 0 THEN 'prohibited' ELSE 'conditional' END::"RuleOutcome",
             CASE WHEN t.category IN ('administrative','documentation') THEN 'none' ELSE 'on_premises' END::"SupervisionLevel",
             ARRAY['MD','DO','PA','NP']::"ProviderType"[], 10, 10, ARRAY[]::text[], 'Bench code §' || v, 'https://example.org/rule', DATE '2020-01-01' + ((v - 1) || ' years')::interval, DATE '2026-06-01', 'bench', TIMESTAMPTZ '2020-01-01' + (v || ' years')::interval
      FROM unnest(${states}) s CROSS JOIN "Task" t CROSS JOIN generate_series(1, 3) v;`);
  await step("employer policies", `
    INSERT INTO "EmployerPolicy" (id, "lineageId", version, "organizationId", "locationId", "taskId", "maMayPerform", "requiresCompetency", "revalidationMonths", "documentRef", "effectiveFrom", "recordedAt")
      SELECT 'benchpolicy' || t.code, 'benchpline' || t.code, 1, 'benchorg00001', NULL, t.id, true, t.category NOT IN ('administrative','documentation'), 24, 'Bench policy', DATE '2020-01-01', TIMESTAMPTZ '2020-01-01'
      FROM "Task" t;`);
  await step(`${SIZE.authorizations.toLocaleString()} authorizations and their history`, `
    CREATE TEMP TABLE bench_tasks AS SELECT row_number() OVER (ORDER BY "sortOrder") AS n, id FROM "Task";
    INSERT INTO "Authorization" (id, "personId", "taskId", "locationId", "effectiveFrom", "grantedById", "grantedByName", "grantedAt", status)
      SELECT 'benchauth' || lpad(i::text, 7, '0'),
             'benchperson' || lpad((((i - 1) % ${SIZE.people}) + 1)::text, 6, '0'),
             (SELECT id FROM bench_tasks WHERE n = (((i - 1) / ${SIZE.people}) % 16) + 1),
             'benchloc' || lpad(((((i - 1) % ${SIZE.people}) + 1 + ((i - 1) / (${SIZE.people} * 16))) % ${SIZE.locations} + 1)::text, 5, '0'),
             DATE '2021-01-01' + ((i % 40) || ' days')::interval, 'benchuser', 'Bench Manager', TIMESTAMPTZ '2021-01-01', 'active'
      FROM generate_series(1, ${SIZE.authorizations}) i;
    INSERT INTO "AuthorizationStatusChange" (id, "authorizationId", status, "effectiveAt", "recordedAt", "byName")
      SELECT 'benchchange' || substr(id, 10), id, 'active', "grantedAt", "grantedAt", 'Bench Manager' FROM "Authorization" WHERE id LIKE 'benchauth%';
    -- A tenth suspended for a month in 2024 and reinstated, the suspension entered a week late.
    INSERT INTO "AuthorizationStatusChange" (id, "authorizationId", status, "effectiveAt", "recordedAt", "byName")
      SELECT 'benchsusp' || substr(id, 10) || s, id, (ARRAY['suspended','active']::"AuthorizationStatus"[])[s], TIMESTAMPTZ '2024-03-01' + ((s - 1) || ' months')::interval, TIMESTAMPTZ '2024-03-08' + ((s - 1) || ' months')::interval, 'Bench Manager'
      FROM "Authorization" CROSS JOIN generate_series(1, 2) s WHERE id LIKE 'benchauth%' AND right(id, 1) = '7';`);
  await step(`${SIZE.records.toLocaleString()} training records and their tasks`, `
    INSERT INTO "TrainingRecord" (id, "lineageId", version, "personId", kind, title, hours, "procedureCount", "completedOn", "expiresOn", "validatedById", "recordedAt")
      SELECT 'benchrec' || lpad(i::text, 7, '0'), 'benchrline' || lpad(i::text, 7, '0'), 1, 'benchperson' || lpad((((i - 1) % ${SIZE.people}) + 1)::text, 6, '0'),
             (ARRAY['training','competency','competency','training','certification']::"RecordKind"[])[(i % 5) + 1], 'Record ' || i, 4, 5,
             DATE '2024-01-01' + ((i % 700) || ' days')::interval, DATE '2024-01-01' + ((i % 700) + 730 || ' days')::interval,
             CASE WHEN i % 5 IN (1, 2) THEN 'benchperson' || lpad(((i % 500) + 1)::text, 6, '0') END, TIMESTAMPTZ '2024-01-01' + ((i % 700) || ' days')::interval
      FROM generate_series(1, ${SIZE.records}) i;
    -- A tenth corrected (more hours), the correction replacing the first version.
    INSERT INTO "TrainingRecord" (id, "lineageId", version, "supersedesVersion", "personId", kind, title, hours, "procedureCount", "completedOn", "expiresOn", "validatedById", "correctionReason", "recordedAt")
      SELECT id || 'c', "lineageId", 2, 1, "personId", kind, title || ' (corrected)', 6, 5, "completedOn", "expiresOn", "validatedById", 'Hours', "recordedAt" + interval '20 days'
      FROM "TrainingRecord" WHERE id LIKE 'benchrec%' AND right(id, 1) = '3';
    INSERT INTO "TrainingRecordTask" ("recordId", "taskId")
      SELECT r.id, (SELECT id FROM bench_tasks WHERE n = ((substr(r."lineageId", 11)::int / ${SIZE.people}) % 16) + 1)
      FROM "TrainingRecord" r WHERE r.id LIKE 'benchrec%' AND r.kind <> 'certification';`);
  await step(`${SIZE.arrangements.toLocaleString()} supervision arrangements with weekly windows`, `
    INSERT INTO "SupervisionArrangement" (id, "lineageId", version, "locationId", "supervisorId", level, "allMedicalAssistants", "allClinicalTasks", "effectiveFrom", "recordedAt")
      SELECT 'bencharr' || lpad(i::text, 6, '0'), 'benchaline' || lpad(i::text, 6, '0'), 1, 'benchloc' || lpad(((i % ${SIZE.locations}) + 1)::text, 5, '0'),
             'benchperson' || lpad(((i % 500) + 1)::text, 6, '0'), 'on_premises', (i / ${SIZE.locations}) % 10 = 0, true, DATE '2020-01-01', TIMESTAMPTZ '2020-01-01'
      FROM generate_series(1, ${SIZE.arrangements}) i;
    -- A fifth edited from 2025 on, dropping the first of the people they named.
    INSERT INTO "SupervisionArrangement" (id, "lineageId", version, "locationId", "supervisorId", level, "allMedicalAssistants", "allClinicalTasks", "effectiveFrom", "recordedAt")
      SELECT id || 'e', "lineageId", 2, "locationId", "supervisorId", level, "allMedicalAssistants", "allClinicalTasks", DATE '2025-01-01', TIMESTAMPTZ '2024-12-15'
      FROM "SupervisionArrangement" WHERE id LIKE 'bencharr%' AND substr(id, 9)::int % 5 = 0;
    INSERT INTO "ArrangementSupervisee" ("arrangementId", "personId")
      SELECT 'bencharr' || lpad(i::text, 6, '0') || e, 'benchperson' || lpad((((i * 7 + k) % ${SIZE.people}) + 1)::text, 6, '0')
      FROM generate_series(1, ${SIZE.arrangements}) i CROSS JOIN generate_series(0, 2) k CROSS JOIN (VALUES (''), ('e')) edits(e)
      WHERE (i / ${SIZE.locations}) % 10 <> 0 AND (e = '' OR (i % 5 = 0 AND k > 0));
    INSERT INTO "ScheduleWindow" (id, "arrangementId", weekday, "startMinute", "endMinute")
      SELECT 'benchwin' || a.id || '_' || d, a.id, d, 420, 1140 FROM "SupervisionArrangement" a CROSS JOIN generate_series(1, 5) d WHERE a.id LIKE 'bencharr%';
    ANALYZE;`);
}
