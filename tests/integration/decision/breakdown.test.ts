import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, type Decision } from "@/lib/clearance/decide";
import { RULE_OUTCOMES, SUPERVISION_LEVELS, type Facts } from "@/lib/clearance/facts";
import { breakdownHash, recombine, sharedBreakdown } from "@/lib/decision/breakdown";
import { canonicalJson } from "@/lib/json/canonical";
import { makeArrangement, makeAuthorization, makeCompetency, makeException, makeFacts, makePersonFact, makePolicy, makeRecord, makeRule, makeSupervisor, status, TASKS } from "@/tests/support/clearance-facts";
import { testDriver, testEngine } from "@/tests/support/test-database";

/**
 * A breakdown is stored without its request and recombined with the log row's columns: over
 * decisions the engine gives for generated facts (every answer, names with quotes, control
 * characters and characters beyond the BMP), the recombined decision is the one that was shown,
 * value for value and in the key order jsonb kept it in; and the database's own hash (the one the
 * migration keyed existing breakdowns by) agrees with the app's.
 */
const BASE = Date.UTC(2026, 2, 10, 17, 40);
const DAY = 86_400_000;
const taskIds = Object.values(TASKS).map((t) => t.id);
const awkward = fc.string({ unit: fc.oneof(fc.constantFrom('"', "\\", "\n", "\t", "\u0001", "\u001f", "\u007f", "é", "\u2028", "😀", "𝄞"), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 12 }).map((s) => s.replace(/\u0000/g, ""));

const facts = fc
  .record({
    tier: fc.constantFrom("ma_c", "ma_r", "none"),
    outcome: fc.constantFrom(...RULE_OUTCOMES),
    level: fc.constantFrom(...SUPERVISION_LEVELS),
    hours: fc.constantFrom(null, 10, 20, 10.25),
    mayPerform: fc.boolean(),
    authorization: fc.constantFrom("active", "suspended", "revoked") as fc.Arbitrary<"active" | "suspended" | "revoked">,
    recordHours: fc.constantFrom(2, 12, 30.5),
    away: fc.boolean(),
    taskName: awkward,
    personName: awkward,
    supervisorName: awkward,
  })
  .map((g): Facts => {
    const base = makeFacts();
    return makeFacts({
      person: makePersonFact({ credentialTier: g.tier, name: `${g.personName}Emily` }),
      supervisors: [makeSupervisor({ name: `Daniel ${g.supervisorName}` })],
      tasks: base.tasks.map((t) => (t.id === TASKS.venipuncture.id ? { ...t, name: `${t.name}${g.taskName}` } : t)),
      rules: [makeRule({ outcome: g.outcome, supervisionLevel: g.level, minTrainingHours: g.hours })],
      policies: [makePolicy({ maMayPerform: g.mayPerform })],
      authorizations: [makeAuthorization({ history: [status("active", "2024-06-01T16:00:00Z"), ...(g.authorization === "active" ? [] : [{ ...status(g.authorization, "2026-01-05T16:00:00Z"), version: 2 }])] })],
      records: [makeRecord({ hours: g.recordHours }), makeCompetency()],
      arrangements: [makeArrangement()],
      exceptions: g.away ? [makeException({ from: new Date(BASE - 30 * DAY).toISOString(), to: new Date(BASE + 30 * DAY).toISOString() })] : [],
    });
  });
const moment = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 9 * 60 })).map(([week, weekday, minute]) => new Date(BASE - 2 * 3_600_000 + (week * 7 + weekday) * DAY + minute * 60_000 + (minute % 7) * 123));
const shown = fc.record({ facts, taskId: fc.constantFrom(...taskIds), moment }).map(({ facts: f, taskId, moment }) => decide(f, { personId: f.person.id, taskId, locationId: f.location.id, moment }));

/** Values through jsonb and back, as the log stores and reads them. */
async function throughJsonb(values: unknown[]): Promise<unknown[]> {
  const rows = await testDriver().query<{ value: unknown; n: number }>(`SELECT value, n::int AS n FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(value, n) ORDER BY n`, [JSON.stringify(values)]);
  return rows.map((r) => (typeof r.value === "string" ? JSON.parse(r.value) : r.value));
}

const requestOf = (d: Decision) => ({ personId: d.request.personId, taskId: d.request.taskId, locationId: d.request.locationId, moment: new Date(d.request.moment) });

describe(`decision breakdowns stored once (${testEngine})`, () => {
  const decisions = fc.sample(shown, { numRuns: 300, seed: 12 });

  it("the generated decisions cover every answer", () => {
    expect(new Set(decisions.map((d) => d.answer))).toEqual(new Set(["cleared", "not_cleared", "check_first"]));
  });

  it("a row and its stored breakdown recombine to exactly the decision that was shown, in jsonb's key order", async () => {
    const stored = await throughJsonb(decisions.map((d) => sharedBreakdown(d).breakdown));
    const asOldLogStoredThem = await throughJsonb(decisions);
    decisions.forEach((decision, i) => {
      const again = recombine(requestOf(decision), stored[i]);
      expect(again).toStrictEqual(JSON.parse(JSON.stringify(decision)));
      // The decision page prints the stored JSON: the same text as when the log held it whole.
      expect(JSON.stringify(again, null, 2)).toBe(JSON.stringify(asOldLogStoredThem[i], null, 2));
    });
  });

  it("the key leaves out only the request: the same breakdown at another moment or for another row shares it", () => {
    const [d] = decisions;
    const elsewhere: Decision = { ...d!, request: { ...d!.request, moment: "2030-01-01T00:00:00.000Z" } };
    expect(sharedBreakdown(elsewhere).hash).toBe(sharedBreakdown(d!).hash);
    expect(sharedBreakdown({ ...d!, reason: `${d!.reason}.` }).hash).not.toBe(sharedBreakdown(d!).hash);
    expect(sharedBreakdown({ ...d!, engineVersion: "9.9.9" }).hash).not.toBe(sharedBreakdown(d!).hash);
    expect(canonicalJson({ b: [1, { d: null, c: "é" }], a: true })).toBe('{"a":true,"b":[1,{"c":"é","d":null}]}');
  });

  it("the database's hash (the migration's) is the app's for every breakdown the engine writes", async () => {
    const breakdowns = decisions.map((d) => sharedBreakdown(d));
    const rows = await testDriver().query<{ hash: string }>(
      `SELECT decision_breakdown_hash(value) AS hash FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(value, n) ORDER BY n`,
      [JSON.stringify(breakdowns.map((b) => b.breakdown))],
    );
    expect(rows.map((r) => r.hash)).toEqual(breakdowns.map((b) => b.hash));
    const odd = fc.sample(fc.jsonValue({ maxDepth: 3 }).filter((v) => !JSON.stringify(v).includes("\\u0000") && !/[eE]/.test(JSON.stringify(v).replace(/"(?:[^"\\]|\\.)*"/g, ""))), { numRuns: 200, seed: 7 });
    const sql = await testDriver().query<{ hash: string }>(`SELECT decision_breakdown_hash(value) AS hash FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(value, n) ORDER BY n`, [JSON.stringify(odd)]);
    expect(sql.map((r) => r.hash)).toEqual(odd.map((v) => breakdownHash(JSON.parse(JSON.stringify(v)))));
  });

  it("a breakdown that kept its own request is shown as stored", () => {
    const kept = { answer: "cleared", request: { personId: "p", taskId: "t", locationId: "l", moment: "2026-01-01T00:00:00Z" } };
    expect(recombine({ personId: "x", taskId: "y", locationId: "z", moment: new Date() }, kept)).toBe(kept);
    expect(recombine({ personId: "x", taskId: "y", locationId: "z", moment: new Date() }, "not an object")).toBe("not an object");
  });
});
