import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { applyRetention } from "@/lib/decision/mutations";
import { DEFAULT_RETENTION, retentionCutoffs, retentionSettings } from "@/lib/decision/retention";
import { QUEUES } from "@/lib/notification/queues";
import { startWorker } from "@/lib/notification/worker";
import { privilegedDriver, testDriver, testEngine } from "@/tests/support/test-database";

/**
 * Retention of the decision log: checks people ran are kept seven years, page views one year (by
 * default); a run removes exactly the rows past each cut-off and the breakdowns no remaining row
 * shows, records what it did in the audit trail, and is the only way anything leaves the log.
 */
const DAY = 86_400_000;
const now = new Date();
const ago = (days: number, ms = 0) => new Date(now.getTime() - days * DAY + ms);
const { checksBefore, viewsBefore } = retentionCutoffs(DEFAULT_RETENTION, now);

/**
 * Log rows asked at chosen instants (the app writes askedAt as now; only a test backdates), about
 * a person named for the test, with breakdowns whose keys start with that name.
 */
async function insertRows(tag: string, drafts: { key: string; source: "check" | "api" | "overview"; askedAt: Date; breakdown: string }[]) {
  const rows = drafts.map((r) => ({ ...r, tag, breakdown: `${tag}-${r.breakdown}` }));
  const breakdowns = [...new Set(rows.map((r) => r.breakdown))];
  await testDriver().query(
    `INSERT INTO "DecisionBreakdown" ("hash", "engineVersion", "breakdown") SELECT h, '2.0.0', jsonb_build_object('reason', h) FROM unnest($1::text[]) AS h ON CONFLICT DO NOTHING`,
    [breakdowns],
  );
  await testDriver().query(
    `INSERT INTO "DecisionLog" ("askedAt", "askedByLabel", "personId", "taskId", "locationId", "moment", "answer", "breakdownHash", "engineVersion", "source")
     SELECT r."askedAt", r.key, r.tag, 'task', 'location', r."askedAt", 'cleared', r.breakdown, '2.0.0', r.source::"DecisionSource"
       FROM jsonb_to_recordset($1::jsonb) AS r(key text, tag text, source text, "askedAt" timestamptz, breakdown text)`,
    [JSON.stringify(rows)],
  );
}

const remaining = async (tag: string) => (await prisma.decisionLog.findMany({ where: { personId: tag }, orderBy: { seq: "asc" }, select: { askedByLabel: true } })).map((r) => r.askedByLabel);
const breakdowns = async (tag: string) => (await prisma.decisionBreakdown.findMany({ where: { hash: { startsWith: `${tag}-` } }, orderBy: { hash: "asc" }, select: { hash: true } })).map((b) => b.hash.slice(tag.length + 1));

beforeEach(async () => {
  // What earlier tests left older than 30 days goes, so each test's counts are its own rows'.
  await applyRetention({ checksDays: 30, viewsDays: 30 }, now);
});

describe(`decision log retention (${testEngine})`, () => {
  it("removes exactly the checks and views past their cut-offs and the breakdowns no row shows, audited in the same transaction", async () => {
    await insertRows("cutoffs", [
      { key: "check 8 years ago", source: "check", askedAt: ago(8 * 365), breakdown: "a-shared" },
      { key: "api 8 years ago", source: "api", askedAt: ago(8 * 365), breakdown: "c-checks" },
      { key: "check just past 7 years", source: "check", askedAt: new Date(checksBefore.getTime() - 1), breakdown: "c-checks" },
      { key: "check at 7 years exactly", source: "check", askedAt: checksBefore, breakdown: "c-checks" },
      { key: "api 6 years ago", source: "api", askedAt: ago(6 * 365), breakdown: "e-api" },
      { key: "view 2 years ago", source: "overview", askedAt: ago(730), breakdown: "b-views" },
      { key: "view just past a year", source: "overview", askedAt: new Date(viewsBefore.getTime() - 1), breakdown: "b-views" },
      { key: "view at a year exactly", source: "overview", askedAt: viewsBefore, breakdown: "a-shared" },
      { key: "check today", source: "check", askedAt: ago(0), breakdown: "d-today" },
    ]);
    // A breakdown no row has ever shown goes too.
    await testDriver().query(`INSERT INTO "DecisionBreakdown" ("hash", "engineVersion", "breakdown") VALUES ('cutoffs-f-orphan', '2.0.0', '{}')`);
    const events = await prisma.auditEvent.count();

    const result = await applyRetention(DEFAULT_RETENTION, now);

    expect(result).toEqual({ checksBefore, viewsBefore, deleted: { checks: 3, views: 2, breakdowns: 2 } });
    expect(await remaining("cutoffs")).toEqual(["check at 7 years exactly", "api 6 years ago", "view at a year exactly", "check today"]);
    expect(await breakdowns("cutoffs")).toEqual(["a-shared", "c-checks", "d-today", "e-api"]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "decision_log.retention" }, orderBy: { seq: "desc" } });
    expect(await prisma.auditEvent.count()).toBe(events + 1);
    expect(event).toMatchObject({ actorLabel: "system", entityType: "DecisionLog" });
    expect(event.after).toEqual({
      checksBefore: checksBefore.toISOString(),
      viewsBefore: viewsBefore.toISOString(),
      retainDays: DEFAULT_RETENTION,
      deleted: { checks: 3, views: 2, breakdowns: 2 },
    });

    // A second run finds nothing more, and says so.
    expect((await applyRetention(DEFAULT_RETENTION, now)).deleted).toEqual({ checks: 0, views: 0, breakdowns: 0 });
    expect(await prisma.auditEvent.count()).toBe(events + 2);
  });

  it("follows the settings: shorter retention removes more", async () => {
    await insertRows("settings", [
      { key: "check 100 days ago", source: "check", askedAt: ago(100), breakdown: "x" },
      { key: "view 50 days ago", source: "overview", askedAt: ago(50), breakdown: "y" },
      { key: "view 20 days ago", source: "overview", askedAt: ago(20), breakdown: "y" },
    ]);
    expect((await applyRetention({ checksDays: 90, viewsDays: 40 }, now)).deleted).toEqual({ checks: 1, views: 1, breakdowns: 1 });
    expect(await remaining("settings")).toEqual(["view 20 days ago"]);
  });

  it("refuses a direct DELETE, UPDATE or TRUNCATE of the log or its breakdowns, also right after the function ran", async () => {
    await insertRows("direct", [{ key: "kept", source: "check", askedAt: ago(3), breakdown: "k" }]);
    await expect(privilegedDriver().exec(`DELETE FROM "DecisionLog"`)).rejects.toThrow(/DecisionLog is append-only: DELETE is not allowed/);
    await expect(privilegedDriver().exec(`UPDATE "DecisionLog" SET "answer" = 'not_cleared'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(privilegedDriver().exec(`TRUNCATE "DecisionLog" CASCADE`)).rejects.toThrow(/append-only: TRUNCATE/);
    await expect(privilegedDriver().exec(`DELETE FROM "DecisionBreakdown" WHERE "hash" = 'direct-k'`)).rejects.toThrow(/DecisionBreakdown is append-only: DELETE/);
    await expect(privilegedDriver().exec(`UPDATE "DecisionBreakdown" SET "breakdown" = '{}'`)).rejects.toThrow(/append-only: UPDATE/);
    await expect(privilegedDriver().exec(`TRUNCATE "DecisionBreakdown" CASCADE`)).rejects.toThrow(/append-only: TRUNCATE/);
    // The function's setting holds only while it runs: the same transaction cannot delete after it.
    await expect(
      privilegedDriver().exec(`BEGIN; SELECT * FROM decision_log_retention(now() - interval '400 days', now() - interval '400 days'); DELETE FROM "DecisionLog"; COMMIT;`),
    ).rejects.toThrow(/append-only: DELETE/);
    await privilegedDriver().exec("ROLLBACK").catch(() => {});
    expect(await remaining("direct")).toEqual(["kept"]);
  });

  it("the function refuses cut-offs less than 30 days ago, so it can never empty the recent log", async () => {
    await insertRows("recent", [{ key: "yesterday", source: "overview", askedAt: ago(1), breakdown: "r" }]);
    const runs = await prisma.auditEvent.count({ where: { action: "decision_log.retention" } });
    await expect(prisma.$queryRaw`SELECT * FROM decision_log_retention(now(), now())`).rejects.toThrow(/at least 30 days ago/);
    await expect(applyRetention({ checksDays: 1, viewsDays: 1 }, now)).rejects.toThrow(/at least 30 days ago/);
    expect(await remaining("recent")).toEqual(["yesterday"]);
    // Nothing removed, so nothing audited: the event and the removal commit together or not at all.
    expect(await prisma.auditEvent.count({ where: { action: "decision_log.retention" } })).toBe(runs);
  });

  it("runs as a job on the worker's queue", async () => {
    await insertRows("job", [{ key: "view 2 years ago", source: "overview", askedAt: ago(730), breakdown: "w" }]);
    const runs = await prisma.auditEvent.count({ where: { action: "decision_log.retention" } });
    const worker = await startWorker(testDriver(), { mailer: null, pollingIntervalSeconds: 0.5, retention: DEFAULT_RETENTION, log: { info: () => {}, error: () => {} } });
    try {
      await worker.boss.send(QUEUES.retention, {});
      for (let i = 0; i < 120 && (await prisma.auditEvent.count({ where: { action: "decision_log.retention" } })) === runs; i++) await new Promise((r) => setTimeout(r, 250));
      expect(await remaining("job")).toEqual([]);
      const schedules = await testDriver().query<{ name: string; cron: string }>(`SELECT name, cron FROM pgboss.schedule WHERE name = $1`, [QUEUES.retention]);
      expect(schedules).toEqual([{ name: QUEUES.retention, cron: "30 3 * * *" }]);
    } finally {
      await worker.stop();
    }
  });
});

describe("retention settings", () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it("default to seven years for checks and a year for page views; days from the environment", () => {
    expect(retentionSettings({})).toEqual({ ok: true, settings: { checksDays: 2557, viewsDays: 365 } });
    expect(retentionSettings({ DECISION_LOG_RETAIN_CHECKS_DAYS: " 3650 ", DECISION_LOG_RETAIN_VIEWS_DAYS: "" })).toEqual({ ok: true, settings: { checksDays: 3650, viewsDays: 365 } });
  });

  it("refuse nonsense, naming the variable", () => {
    for (const value of ["abc", "-5", "3.5", "1e3", "10", "99999999", "0x20"]) {
      const result = retentionSettings({ DECISION_LOG_RETAIN_VIEWS_DAYS: value });
      expect(result.ok ? [] : result.errors, value).toEqual([expect.stringContaining(`DECISION_LOG_RETAIN_VIEWS_DAYS="${value}" is not a retention: give a whole number of days from 30 to 36525`)]);
    }
  });

  it("stop the worker at start with the message", async () => {
    process.env.DECISION_LOG_RETAIN_CHECKS_DAYS = "seven years";
    await expect(startWorker(testDriver(), { mailer: null })).rejects.toThrow('Decision log retention: DECISION_LOG_RETAIN_CHECKS_DAYS="seven years" is not a retention');
  });
});
