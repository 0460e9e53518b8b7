/**
 * The large organization both benchmarks run on: 50 locations in 10 states, 10,000 people, the task
 * catalog, 300,000 authorizations, 500,000 training records and 20,000 supervision arrangements.
 * Generated inside the database with generate_series (one statement per table), so it builds in
 * under a minute on either engine. Each location has 400 arrangements, a tenth of them for all its
 * medical assistants and the rest for three named people each.
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
      FROM generate_series(1, ${SIZE.locations}) i;`);
  await step("people", `
    INSERT INTO "Person" (id, "organizationId", "firstName", "lastName", "isMedicalAssistant", "providerType", "credentialTier", "employmentStart", "updatedAt")
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchorg00001', 'First' || i, 'Last' || i, i > 500, CASE WHEN i <= 500 THEN 'MD'::"ProviderType" END,
             (ARRAY['none','ma_c','ma_r','ma_p']::"CredentialTier"[])[(i % 4) + 1], DATE '2020-01-01', now()
      FROM generate_series(1, ${SIZE.people}) i;
    INSERT INTO "PersonLocation" ("personId", "locationId")
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchloc' || lpad(((i % ${SIZE.locations}) + 1)::text, 5, '0') FROM generate_series(1, ${SIZE.people}) i
      UNION ALL
      SELECT 'benchperson' || lpad(i::text, 6, '0'), 'benchloc' || lpad((((i + 1) % ${SIZE.locations}) + 1)::text, 5, '0') FROM generate_series(1, ${SIZE.people}) i WHERE i % 3 = 0;`);
  await step("state rules (3 versions each)", `
    INSERT INTO "StateRule" (id, "lineageId", version, state, "taskId", "credentialTier", outcome, "supervisionLevel", "supervisorTypes", "minTrainingHours", "minProcedureCount", "acceptedCertifications", citation, "sourceUrl", "effectiveFrom", "lastVerifiedAt", "lastVerifiedBy", "recordedAt")
      SELECT 'benchrule' || s || t.code || v, 'benchline' || s || t.code, v, s, t.id, NULL,
             CASE WHEN t.category IN ('administrative','documentation') THEN 'allowed' WHEN length(t.code) % 5 = 0 THEN 'prohibited' ELSE 'conditional' END::"RuleOutcome",
             CASE WHEN t.category IN ('administrative','documentation') THEN 'none' ELSE 'on_premises' END::"SupervisionLevel",
             ARRAY['MD','DO','PA','NP']::"ProviderType"[], 10, 10, ARRAY[]::text[], 'Bench code §' || v, 'https://example.org/rule', TIMESTAMPTZ '2020-01-01', TIMESTAMPTZ '2026-06-01', 'bench', TIMESTAMPTZ '2020-01-01' + (v || ' years')::interval
      FROM unnest(${states}) s CROSS JOIN "Task" t CROSS JOIN generate_series(1, 3) v;`);
  await step("employer policies", `
    INSERT INTO "EmployerPolicy" (id, "lineageId", version, "organizationId", "locationId", "taskId", "maMayPerform", "requiresCompetency", "revalidationMonths", "documentRef", "effectiveFrom", "recordedAt")
      SELECT 'benchpolicy' || t.code, 'benchpline' || t.code, 1, 'benchorg00001', NULL, t.id, true, t.category NOT IN ('administrative','documentation'), 24, 'Bench policy', TIMESTAMPTZ '2020-01-01', TIMESTAMPTZ '2020-01-01'
      FROM "Task" t;`);
  await step(`${SIZE.authorizations.toLocaleString()} authorizations and their history`, `
    CREATE TEMP TABLE bench_tasks AS SELECT row_number() OVER (ORDER BY "sortOrder") AS n, id FROM "Task";
    INSERT INTO "Authorization" (id, "personId", "taskId", "locationId", "effectiveFrom", "grantedById", "grantedByName", "grantedAt", status)
      SELECT 'benchauth' || lpad(i::text, 7, '0'),
             'benchperson' || lpad((((i - 1) % ${SIZE.people}) + 1)::text, 6, '0'),
             (SELECT id FROM bench_tasks WHERE n = (((i - 1) / ${SIZE.people}) % 16) + 1),
             'benchloc' || lpad(((((i - 1) % ${SIZE.people}) + 1 + ((i - 1) / (${SIZE.people} * 16))) % ${SIZE.locations} + 1)::text, 5, '0'),
             TIMESTAMPTZ '2021-01-01' + ((i % 1000) || ' hours')::interval, 'benchuser', 'Bench Manager', TIMESTAMPTZ '2021-01-01', 'active'
      FROM generate_series(1, ${SIZE.authorizations}) i;
    INSERT INTO "AuthorizationStatusChange" (id, "authorizationId", status, at, "byName")
      SELECT 'benchchange' || substr(id, 10), id, 'active', "grantedAt", 'Bench Manager' FROM "Authorization" WHERE id LIKE 'benchauth%';`);
  await step(`${SIZE.records.toLocaleString()} training records and their tasks`, `
    INSERT INTO "TrainingRecord" (id, "lineageId", version, "personId", kind, title, hours, "procedureCount", "completedAt", "expiresAt", "recordedAt")
      SELECT 'benchrec' || lpad(i::text, 7, '0'), 'benchrline' || lpad(i::text, 7, '0'), 1, 'benchperson' || lpad((((i - 1) % ${SIZE.people}) + 1)::text, 6, '0'),
             (ARRAY['training','competency','competency','training','certification']::"RecordKind"[])[(i % 5) + 1], 'Record ' || i, 4, 5,
             TIMESTAMPTZ '2024-01-01' + ((i % 700) || ' days')::interval, TIMESTAMPTZ '2024-01-01' + ((i % 700) + 730 || ' days')::interval, TIMESTAMPTZ '2024-01-01' + ((i % 700) || ' days')::interval
      FROM generate_series(1, ${SIZE.records}) i;
    INSERT INTO "TrainingRecordTask" ("recordId", "taskId")
      SELECT 'benchrec' || lpad(i::text, 7, '0'), (SELECT id FROM bench_tasks WHERE n = ((i / ${SIZE.people}) % 16) + 1)
      FROM generate_series(1, ${SIZE.records}) i WHERE i % 5 <> 4;`);
  await step(`${SIZE.arrangements.toLocaleString()} supervision arrangements with weekly windows`, `
    INSERT INTO "SupervisionArrangement" (id, "lineageId", version, "locationId", "supervisorId", level, "allMedicalAssistants", "allClinicalTasks", "effectiveFrom", "recordedAt")
      SELECT 'bencharr' || lpad(i::text, 6, '0'), 'benchaline' || lpad(i::text, 6, '0'), 1, 'benchloc' || lpad(((i % ${SIZE.locations}) + 1)::text, 5, '0'),
             'benchperson' || lpad(((i % 500) + 1)::text, 6, '0'), 'on_premises', (i / ${SIZE.locations}) % 10 = 0, true, TIMESTAMPTZ '2020-01-01', TIMESTAMPTZ '2020-01-01'
      FROM generate_series(1, ${SIZE.arrangements}) i;
    INSERT INTO "ArrangementSupervisee" ("arrangementId", "personId")
      SELECT 'bencharr' || lpad(i::text, 6, '0'), 'benchperson' || lpad((((i * 7 + k) % ${SIZE.people}) + 1)::text, 6, '0')
      FROM generate_series(1, ${SIZE.arrangements}) i CROSS JOIN generate_series(0, 2) k WHERE (i / ${SIZE.locations}) % 10 <> 0;
    INSERT INTO "ScheduleWindow" (id, "arrangementId", weekday, "startMinute", "endMinute")
      SELECT 'benchwin' || i || '_' || d, 'bencharr' || lpad(i::text, 6, '0'), d, 420, 1140 FROM generate_series(1, ${SIZE.arrangements}) i CROSS JOIN generate_series(1, 5) d;
    ANALYZE;`);
}
