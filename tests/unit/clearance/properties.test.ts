import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, type Answer, type Decision } from "@/lib/clearance/decide";
import { summarize } from "@/lib/clearance/summary";
import { RULE_OUTCOMES, SUPERVISION_LEVELS, type Facts, type RecordFact, type StatusChange } from "@/lib/clearance/facts";
import { makeArrangement, makeAuthorization, makeCompetency, makeEmployment, makeException, makeFacts, makePersonFact, makePolicy, makeRecord, makeRule, makeSupervisor, OAKLAND, status, TASKS } from "@/tests/support/clearance-facts";

/**
 * Invariants of the engine over generated facts that have histories: each rule, policy,
 * arrangement, record, employment period and authorization status is a lineage of several
 * versions, with valid times in the past and the future and record times in any order, some of
 * them corrections of an earlier version.
 */
const BASE = Date.UTC(2026, 2, 10, 17, 40);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const taskIds = Object.values(TASKS).map((t) => t.id);

const dateOf = (days: number) => new Date(BASE + days * DAY).toISOString().slice(0, 10);
const days = fc.integer({ min: -540, max: 540 });
const instant = fc.integer({ min: -13_000, max: 13_000 }).map((h) => new Date(BASE + h * HOUR));
/** Null four times in five, otherwise a value. */
const sometimes = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

/** Valid time: a first day and, sometimes, an end. */
const span = fc.tuple(days, sometimes(fc.integer({ min: 1, max: 700 }))).map(([from, length]) => ({ effectiveFrom: dateOf(from), effectiveTo: length === null ? null : dateOf(from + length) }));
const task = fc.constantFrom(...taskIds);
const level = fc.constantFrom(...SUPERVISION_LEVELS);


/**
 * Histories grown from a world in which everything is in place (the factories' defaults: cleared at
 * the base moment), so that generated answers are cleared, not cleared and check first in useful
 * proportions: each base fact gets further versions of its own lineage, with other content, other
 * dates and other record times.
 */
function grow<T extends { lineageId: string; version: number; supersedes: number | null; recordedAt: Date; effectiveFrom: string; effectiveTo: string | null }>(base: T, change: fc.Arbitrary<Partial<T>>, max = 2) {
  const content = fc.oneof({ weight: 2, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: change });
  return fc.array(fc.tuple(content, span, instant, sometimes(fc.nat()), fc.boolean()), { maxLength: max }).map((drafts) => {
    const times = drafts.map(([, , t]) => t.getTime()).sort((a, b) => a - b);
    return [
      base,
      ...drafts.map(([content, valid, , corrects, keepDates], i): T => ({
        ...base,
        ...content,
        ...(keepDates ? {} : valid),
        id: `${base.lineageId}v${i + 2}`,
        version: i + 2,
        supersedes: corrects === null ? null : (corrects % (i + 1)) + 1,
        recordedAt: new Date(times[i]!),
      })),
    ];
  });
}

/** Mostly the value that keeps the answer cleared, sometimes any other. */
const mostly = <T>(good: T, others: readonly T[]) => fc.oneof({ weight: 3, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: fc.constantFrom(...others) });

const baseRule = makeRule({ lineageId: "rule", lastVerifiedOn: "2026-12-31" });
const rules = grow(baseRule, fc.record({ outcome: mostly("conditional" as const, RULE_OUTCOMES), supervisionLevel: mostly("on_premises" as const, SUPERVISION_LEVELS), minTrainingHours: mostly(10, [null, 20]), lastVerifiedOn: mostly("2026-12-31", ["2024-01-01", "2025-06-01"]) }));
const basePolicy = makePolicy({ lineageId: "policy", revalidationMonths: null });
const policies = grow(basePolicy, fc.record({ maMayPerform: mostly(true, [false]), minSupervisionLevel: sometimes(level), revalidationMonths: mostly(null, [1, 12, 24]) }));
const baseArrangement = makeArrangement({ lineageId: "arr" });
const arrangements = grow(
  baseArrangement,
  fc.record({
    level: mostly("on_premises" as const, SUPERVISION_LEVELS),
    allMedicalAssistants: mostly(true, [false]),
    superviseeIds: fc.constantFrom([], ["personemily01"]),
    windows: mostly(baseArrangement.windows, [[], [{ weekday: 6, startMinute: 0, endMinute: 1440 }]]),
    supervisorId: mostly("persondrlee01", ["personnp0001"]),
  }),
);
const baseEmployment = makeEmployment({ lineageId: "emp" });
const employment = grow(baseEmployment, fc.constant({}), 1);
/** A record's later versions are corrections of the one before (or its withdrawal), as the app writes them. */
function corrections(base: RecordFact, change: fc.Arbitrary<Partial<RecordFact>>) {
  return fc.array(fc.tuple(change, instant, sometimes(days)), { maxLength: 2 }).map((drafts) => {
    const times = drafts.map(([, t]) => t.getTime()).sort((a, b) => a - b);
    return [base, ...drafts.map(([content, , withdrawn], i): RecordFact => ({ ...base, ...content, id: `${base.lineageId}v${i + 2}`, version: i + 2, supersedes: i + 1, effectiveTo: withdrawn === null ? null : dateOf(withdrawn), recordedAt: new Date(times[i]!) }))];
  });
}
const records = fc.tuple(
  corrections(makeRecord({ lineageId: "course", completedOn: "2024-06-01", effectiveFrom: "2024-06-01" }), fc.record({ hours: mostly(12, [2, 20]), procedureCount: mostly(14, [3]) })),
  corrections(makeCompetency({ lineageId: "comp", completedOn: "2024-06-01", effectiveFrom: "2024-06-01", expiresOn: null }), fc.record({ validatedByName: mostly("Dr. Daniel Lee", [null]), expiresOn: sometimes(days.map(dateOf)) })),
);
const change = fc.record({ status: mostly("active" as const, ["suspended", "revoked"] as const), at: instant, entered: fc.integer({ min: 0, max: 2000 }) });
const authorization = fc.record({ taskId: mostly(TASKS.venipuncture.id, [TASKS.vitals.id, TASKS.scheduling.id]), elsewhere: mostly(false, [true]), span, history: fc.array(change, { maxLength: 2 }) }).map((a) => {
  const base = makeAuthorization({ taskId: a.taskId, effectiveFrom: "2024-06-01", ...(a.elsewhere ? { locationId: OAKLAND.id, locationName: OAKLAND.name } : {}) });
  // Changes entered on time or late (by up to ~3 months), numbered in the order entered.
  const changes = a.history.map((c) => status(c.status, c.at.toISOString(), { recordedAt: new Date(c.at.getTime() + c.entered * HOUR) })).sort((x, y) => x.recordedAt.getTime() - y.recordedAt.getTime());
  return { ...base, history: [...base.history, ...changes].map((c, i): StatusChange => ({ ...c, version: i + 1 })) };
});
const supervisors = fc.record({ type: fc.constantFrom("MD", "NP", "CNM"), work: grow(makeEmployment({ lineageId: "supwork", effectiveFrom: "2017-05-15" }), fc.constant({}), 1) }).map((s) => [
  makeSupervisor({ employment: s.work }),
  makeSupervisor({ id: "personnp0001", name: "Jordan Ellis", providerRoles: [{ ...makeSupervisor().providerRoles[0]!, providerType: s.type }] }),
]);

const facts = fc
  .record({ tier: fc.constantFrom("ma_c", "ma_r", "none"), employment, rules, policies, authorizations: fc.array(authorization, { minLength: 1, maxLength: 3 }), records, arrangements, supervisors })
  .map(({ tier, employment, records, ...rest }): Facts => makeFacts({ person: makePersonFact({ credentialTier: tier, employment }), records: records.flat(), ...rest }));

/** Mostly clinic hours on weekdays (the base moment is a Tuesday), around the base moment. */
const moment = fc.tuple(fc.integer({ min: -57, max: 57 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 8 * 60 + 30, max: 16 * 60 + 30 })).map(([week, weekday, minute]) => new Date(BASE - (10 * 60 + 40) * 60_000 + (week * 7 + weekday - 1) * DAY + minute * 60_000));
const scenario = fc.record({ facts, taskId: fc.oneof({ weight: 4, arbitrary: fc.constant(TASKS.venipuncture.id) }, { weight: 1, arbitrary: task }), moment });
const RANK: Record<Answer, number> = { not_cleared: 0, check_first: 1, cleared: 2 };
const ask = (f: Facts, taskId: string, moment: Date) => decide(f, { personId: f.person.id, taskId, locationId: f.location.id, moment });

/** The facts as they stood at K: only what was recorded by then (what a loader asked "as known at K" returns). */
function recordedBy(f: Facts, knownAt: Date): Facts {
  const by = <T extends { recordedAt: Date }>(items: readonly T[]) => items.filter((x) => x.recordedAt <= knownAt);
  return {
    ...f,
    knownAt,
    person: { ...f.person, employment: by(f.person.employment), tiers: by(f.person.tiers) },
    rules: by(f.rules),
    policies: by(f.policies),
    authorizations: f.authorizations.map((x) => ({ ...x, history: by(x.history) })),
    records: by(f.records),
    arrangements: by(f.arrangements),
    supervisors: f.supervisors.map((s) => ({ ...s, employment: by(s.employment), providerRoles: by(s.providerRoles) })),
    exceptions: by(f.exceptions),
    presence: f.presence.filter((p) => p.at <= knownAt),
  };
}

describe("clearance engine invariants over histories", () => {
  it("cleared if and only if all four factors are met; not cleared if and only if one is not met; a not-cleared answer says not to do it", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const d = ask(f, taskId, moment);
        expect(d.answer === "cleared").toBe(d.factors.every((x) => x.status === "met"));
        expect(d.answer === "not_cleared").toBe(d.factors.some((x) => x.status === "not_met"));
        expect(d.factors.map((x) => x.key)).toEqual(["state_law", "employer_policy", "training", "supervision"]);
        if (d.answer === "not_cleared" && !d.factors.some((x) => x.code === "provider_only")) expect(d.nextSteps[0]).toMatch(/^Do not perform /);
        if (d.answer !== "cleared") expect(d.nextSteps.join(" ")).not.toContain("before you start");
      }),
      { numRuns: 400 },
    );
  });

  it("what Cleared said at a moment is reproduced exactly from what was on record then, whatever was entered afterwards", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const asKnownThen = ask({ ...f, knownAt: moment }, taskId, moment);
        const fromRecordsOfThen = ask(recordedBy(f, moment), taskId, moment);
        expect(asKnownThen).toEqual(fromRecordsOfThen);
      }),
      { numRuns: 400 },
    );
  });

  it("edits recorded later (new versions, corrections, late status changes) never change a past answer as known then", () => {
    fc.assert(
      fc.property(scenario, rules, arrangements, records, fc.integer({ min: 1, max: 5000 }), ({ facts: f, taskId, moment }, moreRules, moreArrangements, moreRecords, delay) => {
        const later = new Date(moment.getTime() + delay * HOUR);
        const after = <T extends { recordedAt: Date; version: number; supersedes: number | null; id: string }>(versions: T[]) =>
          versions.slice(1).map((v) => ({ ...v, id: `${v.id}late`, version: v.version + 100, supersedes: v.supersedes === null ? null : 1, recordedAt: new Date(later.getTime() + v.version) }));
        const edited: Facts = {
          ...f,
          rules: [...f.rules, ...after(moreRules)],
          arrangements: [...f.arrangements, ...after(moreArrangements)],
          records: [...f.records, ...moreRecords.flat().slice(1).map((r) => ({ ...r, id: `${r.id}late`, version: r.version + 100, supersedes: 1, recordedAt: new Date(later.getTime() + r.version) }))],
          authorizations: f.authorizations.map((a) => ({ ...a, history: [...a.history, { ...status("revoked", moment.toISOString(), { recordedAt: later }), version: 99 }] })),
          person: { ...f.person, employment: [...f.person.employment, ...f.person.employment.map((e) => ({ ...e, version: e.version + 50, supersedes: e.version, effectiveTo: e.effectiveFrom, recordedAt: later }))] },
          // An absence of every supervisor and a closure over the moment, entered later.
          exceptions: [
            ...f.supervisors.map((s, i) => makeException({ lineageId: `late${i}`, providerId: s.id, from: new Date(moment.getTime() - DAY).toISOString(), to: new Date(moment.getTime() + DAY).toISOString(), recordedAt: later })),
            makeException({ lineageId: "lateclosure", kind: "closure", providerId: null, from: new Date(moment.getTime() - HOUR).toISOString(), to: new Date(moment.getTime() + HOUR).toISOString(), recordedAt: later }),
          ],
        };
        expect(ask({ ...edited, knownAt: moment }, taskId, moment)).toEqual(ask({ ...f, knownAt: moment }, taskId, moment));
      }),
      { numRuns: 300 },
    );
  });

  it("adding an active authorization never makes an answer worse", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const before = ask(f, taskId, moment);
        const from = new Date(moment.getTime() - DAY).toISOString().slice(0, 10);
        const granted = makeAuthorization({ taskId, effectiveFrom: from, effectiveTo: null, history: [status("active", new Date(moment.getTime() - DAY).toISOString())] });
        const after = ask({ ...f, authorizations: [...f.authorizations, granted] }, taskId, moment);
        expect(RANK[after.answer]).toBeGreaterThanOrEqual(RANK[before.answer]);
      }),
      { numRuns: 400 },
    );
  });

  it("a revocation, however late it is entered, never turns an answer into cleared", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.integer({ min: -5000, max: 5000 }), ({ facts: f, taskId, moment }, pick, offset) => {
        if (f.authorizations.length === 0) return;
        const before = ask(f, taskId, moment);
        const index = pick % f.authorizations.length;
        const target = f.authorizations[index]!;
        const revocation = { ...status("revoked", new Date(moment.getTime() + offset * HOUR).toISOString(), { recordedAt: new Date(BASE + 20_000 * HOUR) }), version: target.history.length + 1 };
        const after = ask({ ...f, authorizations: f.authorizations.map((a, i) => (i === index ? { ...a, history: [...a.history, revocation] } : a)) }, taskId, moment);
        expect(RANK[after.answer]).toBeLessThanOrEqual(RANK[before.answer]);
      }),
      { numRuns: 400 },
    );
  });

  it("an absence of every supervisor over the moment, however late it is entered, means not cleared for a task that needs supervision", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const away = f.supervisors.map((s, i) => makeException({ lineageId: `away${i}`, providerId: s.id, from: new Date(moment.getTime() - DAY).toISOString(), to: new Date(moment.getTime() + DAY).toISOString(), recordedAt: new Date(BASE + 20_000 * HOUR) }));
        const before = ask(f, taskId, moment);
        const after = ask({ ...f, exceptions: away }, taskId, moment);
        expect(RANK[after.answer]).toBeLessThanOrEqual(RANK[before.answer]);
        const needed = before.factors[3]!.code === "present";
        if (needed) expect(after.answer).toBe("not_cleared");
      }),
      { numRuns: 300 },
    );
  });

  it("ending the MA's employment before the moment means not cleared, whatever else is on record", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const today = new Date(moment.getTime() - 8 * HOUR).toISOString().slice(0, 10);
        const ended = { ...f, person: { ...f.person, employment: f.person.employment.map((e) => ({ ...e, version: 90, supersedes: null, effectiveTo: today < e.effectiveFrom ? e.effectiveFrom : today })) } };
        expect(ask(ended, taskId, moment).answer).toBe("not_cleared");
      }),
      { numRuns: 300 },
    );
  });
});

/** What a Spanish string must never show: an unfilled argument, a catalog key, an English-only leftover, an ISO date. */
function expectSpanishText(text: string) {
  expect(text.trim()).not.toBe("");
  expect(text).not.toMatch(/[{}]/);
  expect(text).not.toContain("engine.");
  expect(text).not.toMatch(/undefined|null|\[object/);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
}

/** The engine's own English words an evidence label could carry (names, titles and citations are data and stay as they are). */
const ENGLISH_EVIDENCE = /Authorization at|Employment at|Employer policy| rule v| away:| closed:|extra session|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b|Pacific/;

describe("the engine in Spanish", () => {
  it("gives the same answer, codes and values as in English, and says all of it in Spanish", () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom("self" as const, "manager" as const), ({ facts: f, taskId, moment }, audience) => {
        const r = { personId: f.person.id, taskId, locationId: f.location.id, moment };
        const en = decide(f, r);
        const es = decide(f, r, "es");
        const language = ({ key, status, code, params, evidence }: Decision["factors"][number]) => ({ key, status, code, params, evidence: evidence.map(({ label: _label, ...e }) => e) });
        expect(es.answer).toBe(en.answer);
        expect(es.factors.map(language)).toEqual(en.factors.map(language));
        expect({ ...es.request, v: es.engineVersion }).toEqual({ ...en.request, v: en.engineVersion });
        expect(es.warnings).toHaveLength(en.warnings.length);
        expect(es.nextSteps).toHaveLength(en.nextSteps.length);
        expect(es.reason).not.toBe(en.reason);
        const line = summarize(es, { audience, person: f.person.name, task: "Drawing blood (venipuncture)", helpers: { manager: "Ben Carter", validator: null }, hoursShown: false }, "es").line;
        for (const text of [es.reason, ...es.factors.map((x) => x.sentence), ...es.warnings, ...es.nextSteps, line]) expectSpanishText(text);
        // Evidence is named in Spanish too; a label the engine words (not a title or a name) differs from the English one.
        const labels = es.factors.flatMap((x) => x.evidence);
        for (const e of labels) {
          expectSpanishText(e.label);
          expect(e.label).not.toMatch(ENGLISH_EVIDENCE);
        }
        const english = en.factors.flatMap((x) => x.evidence);
        labels.forEach((e, i) => {
          if (e.kind === "state_rule" || e.kind === "authorization" || e.kind === "employment" || e.kind === "exception") expect(e.label).not.toBe(english[i]!.label);
        });
        expect(line).toMatch({ cleared: /^Habilitado[.:]/, not_cleared: /^No habilitado( ahora)?[.:]/, check_first: /^Consulte primero[.:]/ }[es.answer]);
      }),
      { numRuns: 300 },
    );
  });
});
