import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decide } from "@/lib/clearance/decide";
import type { Driver } from "@/lib/db/driver";
import { applyMigrations, migrationNames, projectPaths } from "@/lib/db/migrations";
import { recombine, sharedBreakdown } from "@/lib/decision/breakdown";
import { makeFacts, request, TASKS } from "@/tests/support/clearance-facts";
import { emptyDatabase, scratchProject } from "@/tests/support/scratch";
import { testEngine } from "@/tests/support/test-database";

/**
 * The migration that splits the decision log, on a log written before it: every row stays, each
 * distinct breakdown is stored once, and each row with its breakdown is what the log held before,
 * to the byte of its JSON; a breakdown whose request disagrees with its row keeps its request.
 */
const MIGRATION = "20261201142106_decision_breakdowns";
let db: Driver | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

const facts = makeFacts();
const at = (iso: string) => new Date(iso);
const cleared = decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-10T17:40:00.000Z")));
const sameLater = decide(facts, request(facts, TASKS.venipuncture.id, at("2026-03-10T17:41:30.250Z")));
const other = decide(facts, request(facts, TASKS.interpret.id, at("2026-03-10T17:40:00.000Z")));
// Engine 1.x kept no params; and a row whose breakdown names another moment than its column.
const { params: _p, ...factorWithoutParams } = cleared.factors[0]!;
const engine1 = { ...cleared, engineVersion: "1.4.0", factors: [factorWithoutParams, ...cleared.factors.slice(1)] };
const disagreeing = { ...other, request: { ...other.request, moment: "2026-03-10T17:40:00Z" } };

type Old = { label: string; breakdown: object; moment: string; personId?: string };
const OLD: Old[] = [
  { label: "first", breakdown: cleared, moment: cleared.request.moment },
  { label: "same, later", breakdown: sameLater, moment: sameLater.request.moment },
  { label: "same again", breakdown: cleared, moment: cleared.request.moment },
  { label: "other task", breakdown: other, moment: other.request.moment },
  { label: "engine 1", breakdown: engine1, moment: engine1.request.moment },
  { label: "request disagrees", breakdown: disagreeing, moment: other.request.moment },
];

describe(`the decision breakdowns migration on an existing log (${testEngine})`, () => {
  it("keeps every row and what it showed, each distinct breakdown once", async () => {
    db = await emptyDatabase();
    const before = scratchProject();
    const later = migrationNames(before.migrationsDir).filter((name) => name >= MIGRATION);
    for (const name of later) rmSync(path.join(before.migrationsDir, name), { recursive: true });
    expect((await applyMigrations(db, before)).ok).toBe(true);
    const rows = OLD.map((o) => {
      const r = (o.breakdown as { request: { personId: string; taskId: string; locationId: string } }).request;
      return { label: o.label, breakdown: o.breakdown, moment: o.moment, personId: r.personId, taskId: r.taskId, locationId: r.locationId, answer: (o.breakdown as { answer: string }).answer, engineVersion: (o.breakdown as { engineVersion: string }).engineVersion };
    });
    await db.query(
      `INSERT INTO "DecisionLog" ("askedByLabel", "personId", "taskId", "locationId", "moment", "answer", "breakdown", "engineVersion", "source")
       SELECT r.label, r."personId", r."taskId", r."locationId", r.moment, r.answer::"ClearanceAnswer", r.breakdown, r."engineVersion", 'check'
         FROM jsonb_to_recordset($1::jsonb) AS r(label text, "personId" text, "taskId" text, "locationId" text, moment timestamptz, answer text, breakdown jsonb, "engineVersion" text)`,
      [JSON.stringify(rows)],
    );
    const held = await db.query<{ label: string; breakdown: unknown }>(`SELECT "askedByLabel" AS label, breakdown FROM "DecisionLog" ORDER BY seq`);

    expect((await applyMigrations(db, projectPaths())).applied).toEqual(later);

    const after = await db.query<{ label: string; personId: string; taskId: string; locationId: string; moment: Date; hash: string; breakdown: unknown }>(
      `SELECT l."askedByLabel" AS label, l."personId", l."taskId", l."locationId", l.moment, l."breakdownHash" AS hash, b.breakdown
         FROM "DecisionLog" l JOIN "DecisionBreakdown" b ON b.hash = l."breakdownHash" ORDER BY l.seq`,
    );
    expect(after.map((r) => r.label)).toEqual(OLD.map((o) => o.label));
    const parse = (v: unknown) => (typeof v === "string" ? JSON.parse(v) : v);
    after.forEach((row, i) => {
      const shown = recombine(row, parse(row.breakdown));
      expect(shown).toStrictEqual(parse(held[i]!.breakdown));
      expect(JSON.stringify(shown, null, 2)).toBe(JSON.stringify(parse(held[i]!.breakdown), null, 2));
    });
    // first, same later and same again share one; other task, engine 1 and the disagreeing one are their own.
    const hashes = after.map((r) => r.hash);
    expect(new Set(hashes).size).toBe(4);
    expect([hashes[1], hashes[2]]).toEqual([hashes[0], hashes[0]]);
    expect(parse(after[5]!.breakdown)).toHaveProperty("request.moment", "2026-03-10T17:40:00Z");
    expect(parse(after[0]!.breakdown)).not.toHaveProperty("request");
    // The app's key for the same decision is the migration's: showing it again adds no breakdown.
    expect(hashes[0]).toBe(sharedBreakdown(cleared).hash);
    expect(hashes[3]).toBe(sharedBreakdown(other).hash);
    const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "DecisionBreakdown"`)) as [{ n: number }];
    expect(n).toBe(4);

    await expect(db.exec(`DELETE FROM "DecisionLog"`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`UPDATE "DecisionLog" SET "breakdownHash" = "breakdownHash"`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM "DecisionBreakdown"`)).rejects.toThrow(/append-only/);
  });
});
