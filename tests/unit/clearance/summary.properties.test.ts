import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, type Answer, type Factor } from "@/lib/clearance/decide";
import type { Detail, FactorKey, FactorStatus, SupervisorRef } from "@/lib/clearance/findings";
import { summarize, type SummaryContext } from "@/lib/clearance/summary";
import { makeAuthorization, makeCompetency, makeFacts, makeRecord, makeRule, MOMENT, request, TASKS } from "@/tests/support/clearance-facts";

/**
 * Invariants of the one-line answer, over generated findings and over real decisions: each distinct
 * reason appears exactly once, each ask once, the line leads with the answer, and no internal id
 * (a supervisor's, a record's) ever reaches it.
 */
const idLike = fc.stringMatching(/^c[a-z0-9]{24}$/);
const name = fc.constantFrom("Priya Shah", "Daniel Lee", "Jordan Ellis", "Olivia Chen", "Ben Carter");
const date = fc.integer({ min: 0, max: 3650 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const task = fc.constantFrom(...Object.values(TASKS).map((t) => t.name), "HO Ear irrigation");
const supervisor: fc.Arbitrary<SupervisorRef> = fc.record({ id: idLike, name, providerType: fc.constantFrom("MD", "NP", "PA", null), schedule: fc.constantFrom("Mon–Fri 07:00–19:00", "Sat 09:00–13:00") });
const state = fc.constantFrom("CA", "WA");

const blocking: Record<FactorKey, fc.Arbitrary<Detail>[]> = {
  state_law: [
    fc.record({ code: fc.constant("prohibited" as const), state, task, tier: fc.constant(null), citation: fc.constant("RCW 18.360.050") }),
    fc.record({ code: fc.constant("provider_only" as const), task }),
  ],
  employer_policy: [
    fc.record({ code: fc.constant("no_authorization" as const), task, location: fc.constant("Oakland Clinic") }),
    fc.record({ code: fc.constantFrom("suspended" as const, "revoked" as const), task, location: fc.constant("Oakland Clinic"), on: date, by: name, reason: fc.constantFrom(null, "retraining") }),
    fc.record({ code: fc.constant("provider_only" as const), task }),
  ],
  training: [
    fc.record({
      code: fc.constant("missing" as const),
      missing: fc.array(
        fc.oneof(
          fc.record({ code: fc.constant("competency_expired" as const), task, expiredOn: date }),
          fc.record({ code: fc.constant("hours" as const), need: fc.constant(10), have: fc.integer({ min: 0, max: 9 }) }),
          fc.record({ code: fc.constant("competency_unsigned" as const), task, recordedOn: date }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    }),
    fc.record({ code: fc.constant("provider_only" as const), task }),
  ],
  supervision: [
    fc.record({ code: fc.constant("off_schedule" as const), task, weekday: fc.integer({ min: 0, max: 6 }), minute: fc.integer({ min: 0, max: 1439 }), zone: fc.constant("Pacific Daylight Time"), timeZone: fc.constant("America/Los_Angeles"), at: fc.constant("2026-03-10T17:40:00.000Z"), required: fc.constant("on_premises" as const), scheduled: fc.array(supervisor, { maxLength: 3 }), more: fc.nat(2) }),
    fc.record({ code: fc.constant("no_arrangement" as const), task, location: fc.constant("Oakland Clinic"), required: fc.constant("on_premises" as const) }),
    fc.record({ code: fc.constant("provider_only" as const), task }),
  ],
};
const unknown: fc.Arbitrary<Detail>[] = [
  fc.record({ code: fc.constant("stale" as const), state, task, citation: fc.constant("Cal. Bus. & Prof. Code §2069"), verifiedOn: date, ageDays: fc.integer({ min: 366, max: 900 }) }),
  fc.record({ code: fc.constant("no_rule" as const), state, task }),
];
const met: Detail = { code: "not_required", task: "Scheduling" };

const KEYS: FactorKey[] = ["state_law", "employer_policy", "training", "supervision"];
const factor = (key: FactorKey, status: FactorStatus, detail: Detail): Factor => {
  const { code, ...params } = detail;
  return { key, status, code, params, sentence: "", warnings: [], evidence: [] };
};

/** Each factor met, not met or unknown, with a detail that fits; the answer as the engine combines them. */
const generated = fc.tuple(...KEYS.map((key) => fc.oneof(fc.constant(["met", met] as const), fc.tuple(fc.constant("not_met" as const), fc.oneof(...blocking[key])), fc.tuple(fc.constant("unknown" as const), fc.oneof(...unknown))))).map((parts) => {
  const factors = parts.map(([status, detail], i) => factor(KEYS[i]!, status, detail));
  const answer: Answer = factors.some((f) => f.status === "not_met") ? "not_cleared" : factors.some((f) => f.status === "unknown") ? "check_first" : "cleared";
  return { answer, factors };
});

const context = fc.record({
  audience: fc.constantFrom("self" as const, "manager" as const),
  person: name,
  task,
  helpers: fc.record({ manager: fc.option(name, { nil: null }), validator: fc.option(name, { nil: null }) }),
  hoursShown: fc.boolean(),
}) satisfies fc.Arbitrary<SummaryContext>;

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

const HEAD: Record<Answer, RegExp> = { cleared: /^Cleared[.:]/, not_cleared: /^Not cleared( now)?[.:]/, check_first: /^Check first[.:]/ };

function expectWellFormed(d: { answer: Answer; factors: readonly Factor[] }, ctx: SummaryContext) {
  const s = summarize(d, ctx);
  expect(new Set(s.reasons).size).toBe(s.reasons.length);
  expect(new Set(s.asks).size).toBe(s.asks.length);
  for (const r of s.reasons) expect(occurrences(s.line, r)).toBe(1);
  for (const a of s.asks) expect(occurrences(s.line, a)).toBe(1);
  expect(s.line).toMatch(HEAD[d.answer]);
  expect(s.line).not.toMatch(/\bc[a-z0-9]{20,}\b/);
  expect(s.line).not.toMatch(/undefined|null|\[object/);
  return s;
}

describe("the one-line answer, over generated findings", () => {
  it("says each distinct reason and each ask exactly once, led by the answer, with no ids", () => {
    fc.assert(
      fc.property(generated, context, (d, ctx) => {
        const s = expectWellFormed(d, ctx);
        for (const f of d.factors) {
          const ref = (f.params as { supervisor?: SupervisorRef; scheduled?: SupervisorRef[] });
          for (const r of [ref.supervisor, ...(ref.scheduled ?? [])]) if (r) expect(s.line).not.toContain(r.id);
        }
        if (d.answer === "not_cleared") expect(s.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});

describe("the one-line answer, over real decisions", () => {
  const world = fc.record({
    competencyExpired: fc.boolean(),
    unsigned: fc.boolean(),
    authorized: fc.boolean(),
    staleRule: fc.boolean(),
    hour: fc.integer({ min: -72, max: 72 }),
    task: fc.constantFrom(...Object.values(TASKS).map((t) => t.id)),
  });
  it("holds for every task, at any hour, whatever is missing", () => {
    fc.assert(
      fc.property(world, context, (w, ctx) => {
        const facts = makeFacts({
          rules: [makeRule(w.staleRule ? { lastVerifiedOn: "2024-01-01" } : {})],
          authorizations: w.authorized ? [makeAuthorization()] : [],
          records: [makeRecord(), makeCompetency({ ...(w.competencyExpired ? { expiresOn: "2026-03-01" } : {}), ...(w.unsigned ? { validatedByName: null } : {}) })],
        });
        const decision = decide(facts, request(facts, w.task, new Date(MOMENT.getTime() + w.hour * 3_600_000)));
        const s = expectWellFormed(decision, ctx);
        for (const id of [facts.person.id, ...facts.records.map((r) => r.id), ...facts.authorizations.map((a) => a.id), "persondrlee01"]) expect(s.line).not.toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});

describe("the one-line answer in Spanish, over generated findings", () => {
  const HEAD_ES: Record<Answer, RegExp> = { cleared: /^Habilitado[.:]/, not_cleared: /^No habilitado( ahora)?[.:]/, check_first: /^Consulte primero[.:]/ };
  it("says as many reasons and asks as in English, each once, led by the Spanish answer, with every argument filled", () => {
    fc.assert(
      fc.property(generated, context, (d, ctx) => {
        const en = summarize(d, ctx);
        const es = summarize(d, ctx, "es");
        expect({ answer: es.answer, outsideHours: es.outsideHours }).toEqual({ answer: en.answer, outsideHours: en.outsideHours });
        expect(es.reasons).toHaveLength(en.reasons.length);
        expect(es.asks).toHaveLength(en.asks.length);
        for (const part of [...es.reasons, ...es.asks]) expect(occurrences(es.line, part)).toBe(1);
        expect(es.line).toMatch(HEAD_ES[d.answer]);
        expect(es.line).not.toMatch(/[{}]|engine\.|undefined|null|\[object/);
        if (d.answer !== "cleared") expect(es.line).not.toBe(en.line);
      }),
      { numRuns: 400 },
    );
  });
});
