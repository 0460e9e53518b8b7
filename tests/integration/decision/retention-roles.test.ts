import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { decide } from "@/lib/clearance/decide";
import { logDecisions } from "@/lib/clearance/mutations";
import { createDatabase, type Database } from "@/lib/db/database";
import { openDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, projectPaths } from "@/lib/db/migrations";
import type { RoleSettings } from "@/lib/db/roles";
import { applyRetention } from "@/lib/decision/mutations";
import { DEFAULT_RETENTION } from "@/lib/decision/retention";
import { makeFacts, request, TASKS } from "@/tests/support/clearance-facts";
import { createScratchDatabase, databaseUrl, dropDatabase, onServer } from "@/tests/support/databases";
import { refusedForPrivilege, setUpRoles } from "@/tests/support/roles";
import { testEngine } from "@/tests/support/test-database";

/**
 * The decision log under the least-privilege roles (PostgreSQL only: PGlite has no roles), set up
 * as tests/integration/db/roles.test.ts does: the app role logs decisions and runs retention
 * through the owner's SECURITY DEFINER function, but deletes nothing itself, not even with the
 * function's setting turned on in its own session.
 */
const source = inject("testDatabase");
const serverUrl = source.kind === "postgres" ? source.serverUrl : "";
const suffix = randomBytes(4).toString("hex");
const settings: RoleSettings = { owner: `cleared_owner_r${suffix}`, app: `cleared_app_r${suffix}`, ownerPassword: null, appPassword: null };
const DAY = 86_400_000;

let name: string;
let appDriver: Driver;
let app: Database;
let appSql: Client;

function urlAs(role: string): string {
  const url = new URL(databaseUrl(serverUrl, name));
  url.username = role;
  url.password = "";
  return url.toString();
}

const runSetup = () => setUpRoles(databaseUrl(serverUrl, name), settings);
const refused = (sql: string) => refusedForPrivilege(appSql, sql);

describe.skipIf(testEngine !== "postgres")("decision log retention as the app role (postgres)", () => {
  beforeAll(async () => {
    name = await createScratchDatabase(serverUrl, "cleared_retention");
    await runSetup();
    const owner = await openDriver({ kind: "postgres", url: urlAs(settings.owner) });
    try {
      const migrated = await applyMigrations(owner, projectPaths());
      if (!migrated.ok) throw new Error(migrated.message);
    } finally {
      await owner.close();
    }
    await runSetup();
    appDriver = await openDriver({ kind: "postgres", url: urlAs(settings.app) });
    app = createDatabase(async () => appDriver);
    appSql = new Client({ connectionString: urlAs(settings.app) });
    await appSql.connect();
  });

  afterAll(async () => {
    await app?.prisma.$disconnect();
    await appDriver?.close();
    await appSql?.end();
    if (name) await dropDatabase(serverUrl, name);
    await onServer(serverUrl, async (client) => {
      for (const role of [settings.app, settings.owner]) await client.query(`DROP ROLE IF EXISTS "${role}"`);
    });
  });

  it("the app role logs decisions, sharing breakdowns, with only SELECT and INSERT on both tables", async () => {
    const facts = makeFacts();
    const decision = decide(facts, request(facts, TASKS.venipuncture.id));
    await logDecisions(SYSTEM_CONTEXT, [decision, decision], "check", app.prisma);
    await logDecisions(SYSTEM_CONTEXT, [decision], "overview", app.prisma);
    expect([await app.prisma.decisionLog.count(), await app.prisma.decisionBreakdown.count()]).toEqual([3, 1]);
    const { rows } = await appSql.query<{ table: string; privileges: string[] }>(
      `SELECT t AS table, array(SELECT p FROM unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE']) AS p WHERE has_table_privilege(format('%I', t), p)) AS privileges
         FROM unnest(ARRAY['DecisionLog', 'DecisionBreakdown']) AS t`,
    );
    expect(rows).toEqual([{ table: "DecisionLog", privileges: ["SELECT", "INSERT"] }, { table: "DecisionBreakdown", privileges: ["SELECT", "INSERT"] }]);
  });

  it("a DELETE of its own is refused, also with the retention function's setting turned on", async () => {
    await refused(`DELETE FROM "DecisionLog"`);
    await refused(`DELETE FROM "DecisionBreakdown"`);
    await refused(`UPDATE "DecisionBreakdown" SET "breakdown" = '{}'`);
    await refused(`TRUNCATE "DecisionBreakdown"`);
    await appSql.query(`SET cleared.decision_log_retention = 'on'`);
    await refused(`DELETE FROM "DecisionLog"`);
    await refused(`DELETE FROM "DecisionBreakdown"`);
    await appSql.query(`RESET cleared.decision_log_retention`);
    await refused(`ALTER FUNCTION decision_log_retention(timestamptz, timestamptz) SECURITY INVOKER`);
    await refused(`CREATE OR REPLACE FUNCTION reject_decision_log_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END; $$`);
    expect((await appSql.query(`SELECT count(*)::int AS n FROM "DecisionLog"`)).rows[0].n).toBe(3);
  });

  it("the retention function, the owner's and SECURITY DEFINER, removes old rows for the app role and the event is appended", async () => {
    const old = new Date(Date.now() - 8 * 365 * DAY);
    await appSql.query(
      `INSERT INTO "DecisionLog" ("askedAt", "askedByLabel", "personId", "taskId", "locationId", "moment", "answer", "breakdownHash", "engineVersion", "source")
       SELECT $1, 'old', 'p', 't', 'l', $1, 'cleared', "hash", '2.0.0', 'check' FROM "DecisionBreakdown"`,
      [old],
    );
    await appSql.query(`INSERT INTO "DecisionBreakdown" ("hash", "engineVersion", "breakdown") VALUES ('orphan', '2.0.0', '{}')`);
    const [fn] = (await appSql.query(`SELECT pg_get_userbyid(proowner) AS owner, prosecdef, coalesce(proacl::text, '') AS acl FROM pg_proc WHERE proname = 'decision_log_retention'`)).rows;
    expect(fn).toMatchObject({ owner: settings.owner, prosecdef: true });
    // Executable by the app role (db:roles), not by PUBLIC (the migration revoked it).
    expect(fn.acl).toContain(`${settings.app}=X/`);
    expect(fn.acl).not.toMatch(/(^|[{,])=X/);

    const result = await applyRetention(DEFAULT_RETENTION, new Date(), app.prisma);
    expect(result.deleted).toEqual({ checks: 1, views: 0, breakdowns: 1 });
    expect(await app.prisma.decisionLog.count()).toBe(3);
    expect(await app.prisma.auditEvent.count({ where: { action: "decision_log.retention" } })).toBe(1);
    await refused(`DELETE FROM "DecisionLog"`);
  });
});
