import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as decisionsApi } from "@/app/api/reports/decisions/route";
import type { AuditContext } from "@/lib/audit/mutations";
import { answerAllTasks, answerOneTask } from "@/lib/clearance/check";
import type { Decision } from "@/lib/clearance/decide";
import { decodeCsv, parseCsv } from "@/lib/csv/parse";
import { prisma } from "@/lib/db/client";
import { decisionCsvRows, getDecision, listDecisions } from "@/lib/decision/data";
import { DECISION_CSV_HEADER, storedDecision } from "@/lib/decision/rows";
import { instantFromWallClock } from "@/lib/time/zoned";
import { seedDemo } from "@/tests/support/demo";
import { makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { countQueries, privilegedDriver, testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

/**
 * The decision log with shared breakdowns, on the demo organization: the same answer shown again
 * adds a row and no breakdown; every page and export that reads the log gives back exactly what
 * was shown; and the bytes a My clearances view costs, before the split and after it.
 */
const SEEDED = new Date("2026-11-20T17:00:00Z");
const ZONE = "America/Los_Angeles";
const MAS = ["Maria", "Aisha", "Kevin", "Rosa", "Emily", "Marcus", "Hannah", "Tyler", "Sofia"];
const HOME: Record<string, string> = { Maria: "Oakland", Aisha: "Oakland", Kevin: "Oakland", Rosa: "Oakland", Emily: "Tacoma", Marcus: "Tacoma", Hannah: "Tacoma", Tyler: "Tacoma", Sofia: "Seattle" };
/** A working day's views of My clearances: on the hour from 08:00 to 15:00. */
const VIEW_MOMENTS = (date: string) => Array.from({ length: 8 }, (_, i) => instantFromWallClock(date, `${String(8 + i).padStart(2, "0")}:00`, ZONE));

let demo: Awaited<ReturnType<typeof seedDemo>>;
const context = (actorLabel: string): AuditContext => ({ actorUserId: null, actorLabel, ip: null, userAgent: null });
const counts = async () => ({ rows: await prisma.decisionLog.count(), breakdowns: await prisma.decisionBreakdown.count() });

/** Table, TOAST and index bytes. */
async function bytes(...tables: string[]): Promise<number> {
  const [row] = await privilegedDriver().query<{ n: number }>(`SELECT (${tables.map((t) => `pg_total_relation_size('"${t}"')`).join(" + ")})::int AS n`);
  return row!.n;
}

beforeAll(async () => {
  demo = await seedDemo(SEEDED);
});

describe(`shared decision breakdowns (${testEngine})`, () => {
  it("the same answer shown twice is stored once with two rows; another answer adds a breakdown", async () => {
    const maria = demo.person("Maria").id;
    const oakland = demo.location("Oakland");
    const at = instantFromWallClock("2026-11-24", "10:40", ZONE);
    const before = await counts();
    const first = await answerOneTask(maria, "taskvitals", oakland, at, context("maria@cleared.example"), "check");
    expect(await counts()).toEqual({ rows: before.rows + 1, breakdowns: before.breakdowns + 1 });
    // Asked again a minute later, by someone else, from the API: nothing found differs.
    const again = await answerOneTask(maria, "taskvitals", oakland, new Date(at.getTime() + 60_000), context("ehr-integration"), "api");
    expect(again!.decision.reason).toBe(first!.decision.reason);
    expect(await counts()).toEqual({ rows: before.rows + 2, breakdowns: before.breakdowns + 1 });
    const rows = await prisma.decisionLog.findMany({ where: { personId: maria, taskId: "taskvitals" }, orderBy: { seq: "asc" } });
    expect(new Set(rows.map((r) => r.breakdownHash)).size).toBe(1);
    const other = await answerOneTask(maria, "taskvenipuncture", oakland, at, context("maria@cleared.example"), "check");
    expect(other!.decision.reason).not.toBe(first!.decision.reason);
    expect(await counts()).toEqual({ rows: before.rows + 3, breakdowns: before.breakdowns + 2 });
    // Each row still says what was asked: the moment and who asked are its own.
    const stored = await Promise.all(rows.map((r) => getDecision(r.seq)));
    expect(stored.map((s) => s!.breakdown)).toStrictEqual([first, again].map((a) => JSON.parse(JSON.stringify(a!.decision))));
    expect(stored.map((s) => [s!.askedByLabel, s!.source])).toEqual([["maria@cleared.example", "check"], ["ehr-integration", "api"]]);
  });

  it("a view logs every answer in one statement, whatever the number of tasks", async () => {
    const { result, queries } = await countQueries(() => answerAllTasks(demo.person("Kevin").id, [demo.location("Oakland")], VIEW_MOMENTS("2026-11-24")[0]!, context("kevin@cleared.example"), "overview"));
    expect(result[0]!.answers.length).toBeGreaterThan(5);
    // The stamp of what changed, the facts, the log.
    expect(queries).toBe(3);
  });

  it("costs a fraction of the bytes per My clearances view, and every page and export gives back what was shown", async () => {
    const start = await counts();
    const shown: Decision[] = [];
    /** A day of views by every MA; the bytes the log grew by, and the answers shown. */
    const day = async (date: string) => {
      const before = await bytes("DecisionLog", "DecisionBreakdown");
      const answers: Decision[] = [];
      for (const moment of VIEW_MOMENTS(date)) {
        for (const name of MAS) {
          const [view] = await answerAllTasks(demo.person(name).id, [demo.location(HOME[name]!)], moment, context(`${name.toLowerCase()}@cleared.example`), "overview");
          answers.push(...view!.answers.map((a) => a.decision));
        }
      }
      shown.push(...answers);
      return { bytes: (await bytes("DecisionLog", "DecisionBreakdown")) - before, answers: answers.length };
    };
    const wednesday = await day("2026-11-25");
    const afterWednesday = await counts();
    const thursday = await day("2026-11-26");
    const end = await counts();
    expect(end.rows - start.rows).toBe(shown.length);

    // The same rows as the log kept them before the split: one row each, with the whole decision.
    await privilegedDriver().exec(`
      CREATE TABLE "OldDecisionLog" (
        "seq" SERIAL PRIMARY KEY, "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "askedByUserId" TEXT, "askedByLabel" TEXT NOT NULL,
        "personId" TEXT NOT NULL, "taskId" TEXT NOT NULL, "locationId" TEXT NOT NULL, "moment" TIMESTAMPTZ(3) NOT NULL,
        "answer" "ClearanceAnswer" NOT NULL, "breakdown" JSONB NOT NULL, "engineVersion" TEXT NOT NULL, "source" "DecisionSource" NOT NULL);
      CREATE INDEX ON "OldDecisionLog"("personId", "askedAt");
      CREATE INDEX ON "OldDecisionLog"("locationId", "askedAt");`);
    const empty = await bytes("OldDecisionLog");
    await privilegedDriver().query(`INSERT INTO "OldDecisionLog" ("askedAt", "askedByUserId", "askedByLabel", "personId", "taskId", "locationId", "moment", "answer", "breakdown", "engineVersion", "source")
      SELECT "askedAt", "askedByUserId", "askedByLabel", "personId", "taskId", "locationId", "moment", "answer", $1::jsonb -> (row_number() OVER (ORDER BY "seq") - 1)::int, "engineVersion", "source"
        FROM "DecisionLog" WHERE "seq" > (SELECT max("seq") FROM "DecisionLog") - $2::int`, [JSON.stringify(shown), shown.length]);
    const old = (await bytes("OldDecisionLog")) - empty;
    await privilegedDriver().exec(`DROP TABLE "OldDecisionLog"`);

    const views = VIEW_MOMENTS("2026-11-25").length * MAS.length;
    const perView = { before: Math.round(old / (2 * views)), firstDay: Math.round(wednesday.bytes / views), nextDay: Math.round(thursday.bytes / views) };
    console.info(
      `Decision log bytes per My clearances view (${testEngine}; ${views} views a day, ${wednesday.answers / views} answers each): ` +
        `${perView.before} before the split; ${perView.firstDay} on the first day (${afterWednesday.breakdowns - start.breakdowns} new breakdowns), ${perView.nextDay} on the next (${end.breakdowns - afterWednesday.breakdowns} new).`,
    );
    expect(perView.firstDay).toBeLessThan(perView.before / 3);
    expect(perView.nextDay).toBeLessThan(perView.before / 4);

    // What the pages and the export read is what was shown, row by row.
    const newest = (await prisma.decisionLog.findMany({ orderBy: { seq: "desc" }, take: shown.length, select: { seq: true } })).reverse();
    for (const [i, { seq }] of newest.entries()) {
      const stored = await getDecision(seq);
      expect(stored!.breakdown).toStrictEqual(JSON.parse(JSON.stringify(shown[i])));
      expect(storedDecision(stored!.breakdown)).toEqual(shown[i]);
    }
    const listed = new Map((await listDecisions({ locationIds: null, source: "overview" }, {}, 5_000)).rows.map((r) => [r.seq, r]));
    const csv = new Map<number, unknown[]>();
    for await (const row of decisionCsvRows({ locationIds: null, source: "overview" })) csv.set(row[0] as number, row);
    const column = (name: (typeof DECISION_CSV_HEADER)[number]) => DECISION_CSV_HEADER.indexOf(name);
    newest.forEach(({ seq }, i) => {
      const d = shown[i]!;
      const statuses = Object.fromEntries(d.factors.map((f) => [f.key, f.status]));
      expect(listed.get(seq)).toMatchObject({ answer: d.answer, reason: d.reason, factors: statuses, moment: new Date(d.request.moment), personId: d.request.personId, taskId: d.request.taskId });
      const row = csv.get(seq)!;
      expect([row[column("answer")], row[column("reason")], row[column("moment_utc")], row[column("task_id")]]).toEqual([d.answer, d.reason, d.request.moment, d.request.taskId]);
      expect(d.factors.map((f) => row[column(f.key)])).toEqual(d.factors.map((f) => f.status));
    });

    // The downloaded file too (the route the Reports page links to).
    await signInAs((await makeUser({ grants: [{ role: "auditor" }] })).user);
    const response = await decisionsApi(new Request(`http://test/api/reports/decisions?source=overview&location=${demo.location("Seattle")}`));
    const decoded = decodeCsv(new Uint8Array(await response.arrayBuffer()));
    const parsed = decoded.ok ? parseCsv(decoded.text) : null;
    const [, ...file] = parsed?.ok ? parsed.rows : [];
    const sofia = shown.filter((d) => d.request.personId === demo.person("Sofia").id);
    expect(file.map((r) => r[column("reason")]).sort()).toEqual(sofia.map((d) => d.reason).sort());
  });
  // Last: it empties the log.
  it("a breakdown removed since this process stored it is sent again, and the answer is still logged", async () => {
    const maria = demo.person("Maria").id;
    const at = instantFromWallClock("2026-11-25", "09:10", ZONE);
    await answerOneTask(maria, "taskvitals", demo.location("Oakland"), at, context("maria@cleared.example"), "check");
    // As retention does, years on: every row, then every breakdown no row shows.
    await privilegedDriver().exec(`BEGIN; SELECT set_config('cleared.decision_log_retention', 'on', true); DELETE FROM "DecisionLog"; DELETE FROM "DecisionBreakdown"; COMMIT;`);
    expect(await counts()).toEqual({ rows: 0, breakdowns: 0 });
    const { result: again, queries } = await countQueries(() => answerOneTask(maria, "taskvitals", demo.location("Oakland"), at, context("maria@cleared.example"), "check"));
    // The stamp (the facts loaded a moment ago serve); the log naming a breakdown it did not send,
    // refused whole; the log again, with it.
    expect(queries).toBe(3);
    expect(await counts()).toEqual({ rows: 1, breakdowns: 1 });
    const [row] = await prisma.decisionLog.findMany({ where: { personId: maria } });
    expect((await getDecision(row!.seq))!.breakdown).toStrictEqual(JSON.parse(JSON.stringify(again!.decision)));
  });
});
