import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Driver } from "@/lib/db/driver";
import { applyMigrations, migrationNames, projectPaths } from "@/lib/db/migrations";
import { emptyDatabase, scratchProject } from "@/tests/support/scratch";
import { testEngine } from "@/tests/support/test-database";

/**
 * The effective-dated history migration on a database written by the version before it: calendar
 * dates stored as local midnight become those dates, current values become first versions known
 * since always (so past answers stay as they were), record corrections point at what they replace.
 */
const MIGRATION = "20261201074606_effective_dated_history";
let db: Driver | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

describe(`the effective-dated history migration on existing data (${testEngine})`, () => {
  it("carries every row over: dates on the organization's calendar, first versions, corrections and status times", async () => {
    db = await emptyDatabase();
    const before = scratchProject();
    // The database as it was before the migration: it and every later one not applied yet.
    const later = migrationNames(before.migrationsDir).filter((name) => name >= MIGRATION);
    for (const name of later) rmSync(path.join(before.migrationsDir, name), { recursive: true });
    expect(migrationNames(before.migrationsDir)).not.toContain(MIGRATION);
    expect((await applyMigrations(db, before)).ok).toBe(true);
    await db.exec(`
      INSERT INTO "Organization" (id, name, "timeZone") VALUES ('org1', 'Org', 'America/Los_Angeles');
      INSERT INTO "Location" (id, "organizationId", name, address, state, "timeZone", "updatedAt") VALUES ('loc1', 'org1', 'Clinic', '1 St', 'WA', 'America/Los_Angeles', now());
      INSERT INTO "Person" (id, "organizationId", "firstName", "lastName", "isMedicalAssistant", "providerType", "credentialTier", "employmentStart", "employmentEnd", "updatedAt")
        VALUES ('ma1', 'org1', 'Emily', 'Nguyen', true, NULL, 'ma_c', DATE '2020-10-05', DATE '2026-06-30', now()),
               ('md1', 'org1', 'Daniel', 'Lee', false, 'MD', 'none', DATE '2017-05-15', NULL, now());
      INSERT INTO "PersonLocation" ("personId", "locationId") VALUES ('ma1', 'loc1'), ('md1', 'loc1');
      INSERT INTO "TrainingRecord" (id, "lineageId", version, "personId", kind, title, "completedAt", "expiresAt", "recordedAt")
        VALUES ('r1', 'line1', 1, 'ma1', 'training', 'Course', TIMESTAMPTZ '2025-03-01 08:00:00+00', TIMESTAMPTZ '2027-03-01 08:00:00+00', TIMESTAMPTZ '2025-03-02 00:00:00+00'),
               ('r2', 'line1', 2, 'ma1', 'training', 'Course (corrected)', TIMESTAMPTZ '2025-03-01 08:00:00+00', NULL, TIMESTAMPTZ '2025-04-02 00:00:00+00');
      INSERT INTO "Authorization" (id, "personId", "taskId", "locationId", "effectiveFrom", "effectiveTo", "grantedById", "grantedByName")
        VALUES ('a1', 'ma1', 'taskvitals', 'loc1', TIMESTAMPTZ '2025-06-01 07:00:00+00', TIMESTAMPTZ '2026-07-01 07:00:00+00', 'u', 'Ben');
      INSERT INTO "AuthorizationStatusChange" (id, "authorizationId", status, at, "byName") VALUES ('s1', 'a1', 'active', TIMESTAMPTZ '2025-05-30 16:00:00+00', 'Ben');
      INSERT INTO "StateRule" (id, "lineageId", version, state, "taskId", outcome, "supervisionLevel", "supervisorTypes", citation, "sourceUrl", "effectiveFrom", "lastVerifiedAt", "lastVerifiedBy")
        VALUES ('rule1', 'rl', 1, 'WA', 'taskvitals', 'allowed', 'none', '{}', 'RCW', 'https://x', TIMESTAMPTZ '2020-01-01 08:00:00+00', TIMESTAMPTZ '2026-01-16 06:30:00+00', 'Admin');
    `);
    expect((await applyMigrations(db, projectPaths())).applied).toEqual(later);

    const [location] = await db.query<{ state: string; effectiveFrom: Date; recordedAt: Date }>(`SELECT state, "effectiveFrom", "recordedAt" FROM "LocationVersion"`);
    expect(location).toMatchObject({ state: "WA", recordedAt: new Date("1900-01-01T00:00:00Z") });
    const employment = await db.query<{ personId: string; from: string; to: string | null; recorded: Date }>(
      `SELECT "personId", "effectiveFrom"::text AS from, "effectiveTo"::text AS to, "recordedAt" AS recorded FROM "Employment" ORDER BY "personId"`,
    );
    expect(employment).toEqual([
      { personId: "ma1", from: "2020-10-05", to: "2026-07-01", recorded: new Date("1900-01-01T00:00:00Z") },
      { personId: "md1", from: "2017-05-15", to: null, recorded: new Date("1900-01-01T00:00:00Z") },
    ]);
    expect(await db.query(`SELECT "personId", "credentialTier"::text AS tier FROM "PersonTier" ORDER BY "personId"`)).toEqual([{ personId: "ma1", tier: "ma_c" }, { personId: "md1", tier: "none" }]);
    expect(await db.query(`SELECT "personId", "providerType"::text AS type FROM "ProviderRole"`)).toEqual([{ personId: "md1", type: "MD" }]);
    expect(await db.query(`SELECT version, "supersedesVersion" AS s, "completedOn"::text AS c, "expiresOn"::text AS e FROM "TrainingRecord" ORDER BY version`)).toEqual([
      { version: 1, s: null, c: "2025-03-01", e: "2027-03-01" },
      { version: 2, s: 1, c: "2025-03-01", e: null },
    ]);
    expect(await db.query(`SELECT "effectiveFrom"::text AS f, "effectiveTo"::text AS t FROM "Authorization"`)).toEqual([{ f: "2025-06-01", t: "2026-07-01" }]);
    expect(await db.query(`SELECT "effectiveAt" = "recordedAt" AS same FROM "AuthorizationStatusChange"`)).toEqual([{ same: true }]);
    // 06:30 UTC on 16 January was still the 15th in Los Angeles.
    expect(await db.query(`SELECT "lastVerifiedOn"::text AS v, "effectiveFrom"::text AS f FROM "StateRule"`)).toEqual([{ v: "2026-01-15", f: "2020-01-01" }]);
    await expect(db.exec(`UPDATE "TrainingRecord" SET title = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM "Employment"`)).rejects.toThrow(/append-only/);
  });
});
