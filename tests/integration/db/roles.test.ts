import { randomBytes } from "node:crypto";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { SYSTEM_CONTEXT, appendAuditEvents } from "@/lib/audit/mutations";
import { createDatabase, type Database } from "@/lib/db/database";
import { openDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, projectPaths } from "@/lib/db/migrations";
import { roleSettings, type RoleSettings } from "@/lib/db/roles";
import { QUEUES } from "@/lib/notification/queues";
import { JOB_SCHEMA, startWorker } from "@/lib/notification/worker";
import { createScratchDatabase, databaseUrl, dropDatabase, onServer } from "@/tests/support/databases";
import { refusedForPrivilege, setUpRoles } from "@/tests/support/roles";
import { testEngine } from "@/tests/support/test-database";
import { unlistedAction } from "@/tests/support/audit-codes";

/**
 * The least-privilege roles on a real server (roles do not exist on PGlite): a scratch database set
 * up by db:roles, migrated by the owner, used by the app role. Role names are unique per run and
 * dropped at the end, so the file runs any number of times on one server.
 */
const source = inject("testDatabase");
const serverUrl = source.kind === "postgres" ? source.serverUrl : "";
const suffix = randomBytes(4).toString("hex");
const settings: RoleSettings = { owner: `cleared_owner_t${suffix}`, app: `cleared_app_t${suffix}`, ownerPassword: null, appPassword: null };

const databases: string[] = [];
let name: string;
let firstRun: string[];
let secondRun: string[];
let appDriver: Driver;
let app: Database;
let appSql: Client;

function urlAs(role: string, database: string): string {
  const url = new URL(databaseUrl(serverUrl, database));
  url.username = role;
  url.password = "";
  return url.toString();
}

const runSetup = (database: string) => setUpRoles(databaseUrl(serverUrl, database), settings);
const refused = (sql: string) => refusedForPrivilege(appSql, sql);

describe.skipIf(testEngine !== "postgres")("least-privilege database roles (postgres)", () => {
  beforeAll(async () => {
    name = await createScratchDatabase(serverUrl, "cleared_roles");
    databases.push(name);
    firstRun = await runSetup(name);
    const owner = await openDriver({ kind: "postgres", url: urlAs(settings.owner, name) });
    try {
      const migrated = await applyMigrations(owner, projectPaths());
      if (!migrated.ok) throw new Error(migrated.message);
    } finally {
      await owner.close();
    }
    secondRun = await runSetup(name);
    appDriver = await openDriver({ kind: "postgres", url: urlAs(settings.app, name) });
    app = createDatabase(async () => appDriver);
    appSql = new Client({ connectionString: urlAs(settings.app, name) });
    await appSql.connect();
  });

  afterAll(async () => {
    await app?.prisma.$disconnect();
    await appDriver?.close();
    await appSql?.end();
    for (const database of databases) await dropDatabase(serverUrl, database);
    await onServer(serverUrl, async (client) => {
      for (const role of [settings.app, settings.owner]) await client.query(`DROP ROLE IF EXISTS "${role}"`);
    });
  });

  it("db:roles says what it did, before the migrations and again after them", () => {
    expect(firstRun).toContain(`Created role ${settings.owner} (LOGIN, no password (set CLEARED_OWNER_PASSWORD and run again; until then it signs in only where pg_hba.conf trusts it)).`);
    expect(firstRun.join("\n")).toContain("not migrated yet");
    expect(secondRun).toContain(`Updated role ${settings.app} (LOGIN, password unchanged).`);
    expect(secondRun.join("\n")).toContain("only SELECT, INSERT on the append-only AuditEvent, DecisionBreakdown, DecisionLog");
    expect(secondRun.join("\n")).toContain("EXECUTE on decision_log_retention");
    expect(secondRun.join("\n")).toContain("only SELECT on _prisma_migrations");
  });

  it("the owner owns every table, sequence, function and type; the app role owns nothing", async () => {
    const owners = await appSql.query<{ owner: string; n: number }>(
      `SELECT pg_get_userbyid(c.relowner) AS owner, count(*)::int AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
        WHERE s.nspname IN ('public', $1) GROUP BY 1`,
      [JOB_SCHEMA],
    );
    expect(owners.rows.map((r) => r.owner)).toEqual([settings.owner]);
    const appOwns = await appSql.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid) + (SELECT count(*) FROM pg_proc WHERE proowner = r.oid)
            + (SELECT count(*) FROM pg_type WHERE typowner = r.oid) + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid) AS n
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(Number(appOwns.rows[0]!.n)).toBe(0);
  });

  it("the app role reads and writes rows and appends audit events the normal way", async () => {
    const bucket = { key: `roles-test-${suffix}`, windowStart: new Date("2026-12-01T10:00:00Z") };
    await app.prisma.rateLimitBucket.create({ data: { ...bucket, count: 1 } });
    await app.prisma.rateLimitBucket.update({ where: { key_windowStart: bucket }, data: { count: { increment: 1 } } });
    expect((await app.prisma.rateLimitBucket.findUnique({ where: { key_windowStart: bucket } }))?.count).toBe(2);
    await app.prisma.rateLimitBucket.delete({ where: { key_windowStart: bucket } });

    await app.prisma.$transaction((tx) =>
      appendAuditEvents(tx, SYSTEM_CONTEXT, [
        { action: unlistedAction("test.first"), entityType: "Test" },
        { action: unlistedAction("test.second"), entityType: "Test" },
      ]),
    );
    const events = await app.prisma.auditEvent.findMany({ orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["test.first", "test.second"]);
    expect(events[1]!.prevHash).toBe(events[0]!.hash);
  });

  it("the app role can neither switch off the audit triggers nor rewrite, remove or truncate an event", async () => {
    await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`);
    await refused(`ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`);
    await refused(`UPDATE "AuditEvent" SET "actorLabel" = 'someone else'`);
    await refused(`DELETE FROM "AuditEvent"`);
    await refused(`TRUNCATE "AuditEvent"`);
    await refused(`DROP TABLE "AuditEvent"`);
    await refused(`DELETE FROM "DecisionLog"`);
    await refused(`UPDATE "DecisionLog" SET "seq" = "seq"`);
    expect((await appSql.query(`SELECT count(*)::int AS n FROM "AuditEvent"`)).rows[0].n).toBe(2);
  });

  it("the app role cannot change the schema: no ALTER, DROP, CREATE TABLE or TRIGGER, no TRUNCATE, no becoming the owner", async () => {
    await refused(`ALTER TABLE "Location" ADD COLUMN "sneaky" int`);
    await refused(`ALTER TABLE "Location" OWNER TO "${settings.app}"`);
    await refused(`DROP TABLE "RateLimitBucket"`);
    await refused(`TRUNCATE "Location"`);
    await refused(`TRUNCATE ${JOB_SCHEMA}.job`);
    await refused(`CREATE TABLE "Mine" (id int)`);
    await refused(`CREATE TABLE ${JOB_SCHEMA}.mine (id int)`);
    await refused(`CREATE TRIGGER sneaky BEFORE INSERT ON "Location" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change()`);
    await refused(`CREATE TRIGGER sneaky BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change()`);
    await refused(`CREATE TRIGGER sneaky BEFORE INSERT ON ${JOB_SCHEMA}.job FOR EACH ROW EXECUTE FUNCTION reject_append_only_change()`);
    await refused(`SET ROLE "${settings.owner}"`);
  });

  it("on every table the app role holds no TRUNCATE, TRIGGER or REFERENCES, and only SELECT and INSERT on the logs", async () => {
    const { rows } = await appSql.query<{ table: string; privilege: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS table, p.privilege
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN unnest(ARRAY['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES']) AS p(privilege)
        WHERE n.nspname IN ('public', $1) AND c.relkind IN ('r', 'p') AND has_table_privilege(c.oid, p.privilege)`,
      [JOB_SCHEMA],
    );
    const held = (table: string) => rows.filter((r) => r.table === table).map((r) => r.privilege).sort();
    expect(rows.filter((r) => ["TRUNCATE", "TRIGGER", "REFERENCES"].includes(r.privilege))).toEqual([]);
    expect(held(`public."AuditEvent"`)).toEqual(["INSERT", "SELECT"]);
    expect(held(`public."DecisionLog"`)).toEqual(["INSERT", "SELECT"]);
    expect(held(`public._prisma_migrations`)).toEqual(["SELECT"]);
    expect(held(`public."Location"`)).toEqual(["DELETE", "INSERT", "SELECT", "UPDATE"]);
    expect(held(`${JOB_SCHEMA}.job`)).toEqual(["DELETE", "INSERT", "SELECT", "UPDATE"]);
  });

  it("the reminder worker runs its jobs as the app role on the job schema the owner installed", async () => {
    // The worker's jobs run on this database as the app role; the scan they start reads reminders
    // through lib/ (this file's test database), which is not what is being checked here.
    const errors: string[] = [];
    const worker = await startWorker(appDriver, { mailer: null, pollingIntervalSeconds: 0.5, log: { info: () => {}, error: (m: string) => void errors.push(m) } });
    try {
      for (let i = 0; i < 80; i++) {
        const { rows } = await appSql.query(`SELECT state FROM ${JOB_SCHEMA}.job WHERE name = $1 AND singleton_key = 'start'`, [QUEUES.scan]);
        if (rows[0]?.state === "completed") break;
        await new Promise((r) => setTimeout(r, 250));
      }
      const { rows } = await appSql.query(`SELECT state FROM ${JOB_SCHEMA}.job WHERE name = $1 AND singleton_key = 'start'`, [QUEUES.scan]);
      expect(rows.map((r) => r.state)).toEqual(["completed"]);
      const schedules = await appSql.query(`SELECT name FROM ${JOB_SCHEMA}.schedule ORDER BY name`);
      expect(schedules.rows.map((r) => r.name)).toEqual([QUEUES.flush, QUEUES.scan, QUEUES.retention].sort());
    } finally {
      await worker.stop();
    }
    expect(errors).toEqual([]);
  });

  it("on a database a superuser migrated earlier, db:roles hands every object to the owner", async () => {
    if (source.kind !== "postgres") return;
    const migrated = await createScratchDatabase(serverUrl, "cleared_roles", source.template);
    databases.push(migrated);
    const done = await runSetup(migrated);
    expect(done.join("\n")).toMatch(/Schema public: owned by .*; ownership moved to it for [1-9]\d* tables, [0-9]+ sequences?, [1-9]\d* functions?, [1-9]\d* types/);
    const owners = await onServer(databaseUrl(serverUrl, migrated), (client) =>
      client.query(`SELECT DISTINCT pg_get_userbyid(relowner) AS owner FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'`),
    );
    expect(owners.rows.map((r) => r.owner)).toEqual([settings.owner]);
  });
});

describe("role settings from the environment", () => {
  it("default to cleared_owner and cleared_app", () => {
    expect(roleSettings({})).toEqual({ ok: true, settings: { owner: "cleared_owner", app: "cleared_app", ownerPassword: null, appPassword: null } });
  });

  it("refuse a name that needs quoting, a reserved name, and the same role twice", () => {
    const result = roleSettings({ CLEARED_OWNER_ROLE: "Cleared-Owner", CLEARED_APP_ROLE: "pg_app" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringContaining(`CLEARED_OWNER_ROLE="Cleared-Owner" is not a usable role name`),
      expect.stringContaining("reserved by PostgreSQL"),
    ]);
    const same = roleSettings({ CLEARED_OWNER_ROLE: "cleared", CLEARED_APP_ROLE: "cleared" });
    expect(same.ok ? [] : same.errors).toEqual([expect.stringContaining("the app role must not be the owner")]);
  });
});
