import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decide, type Answer } from "@/lib/clearance/decide";
import { SUPERVISION_LEVELS, RULE_OUTCOMES, type AuthorizationFact, type Facts } from "@/lib/clearance/facts";
import { makeArrangement, makeAuthorization, makeCompetency, makeFacts, makePolicy, makeRecord, makeRule, OAKLAND, TACOMA, TASKS } from "@/tests/support/clearance-facts";

const BASE = Date.UTC(2026, 2, 10, 17, 40);
const HOUR = 3_600_000;
const taskIds = Object.values(TASKS).map((t) => t.id);

/** A date within about a year and a half either side of the base moment. */
const date = fc.integer({ min: -13_000, max: 13_000 }).map((h) => new Date(BASE + h * HOUR));
const window = fc.tuple(date, fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null })).map(([from, length]) => ({ effectiveFrom: from, effectiveTo: length === null ? null : new Date(from.getTime() + length * HOUR) }));
const task = fc.constantFrom(...taskIds);
const level = fc.constantFrom(...SUPERVISION_LEVELS);

const rule = fc.record({ taskId: task, outcome: fc.constantFrom(...RULE_OUTCOMES), supervisionLevel: level, credentialTier: fc.constantFrom(null, "ma_c", "ma_r"), hours: fc.constantFrom(null, 0, 10), count: fc.constantFrom(null, 10), certs: fc.constantFrom<string[]>([], ["CMA_AAMA"]), verified: date, window, version: fc.integer({ min: 1, max: 4 }) }).map((r) =>
  makeRule({ taskId: r.taskId, outcome: r.outcome, supervisionLevel: r.supervisionLevel, credentialTier: r.credentialTier, minTrainingHours: r.hours, minProcedureCount: r.count, acceptedCertifications: r.certs, lastVerifiedAt: r.verified, version: r.version, ...r.window }),
);
const policy = fc.record({ taskId: task, here: fc.boolean(), may: fc.boolean(), level: fc.option(level, { nil: null }), competency: fc.boolean(), months: fc.constantFrom(null, 12, 24), window }).map((p) =>
  makePolicy({ taskId: p.taskId, locationId: p.here ? TACOMA.id : null, maMayPerform: p.may, minSupervisionLevel: p.level, requiresCompetency: p.competency, revalidationMonths: p.months, ...p.window }),
);
const statusChange = fc.record({ status: fc.constantFrom("active" as const, "suspended" as const, "revoked" as const), at: date }).map((c) => ({ ...c, reason: "because", byName: "Ben Carter" }));
const authorization = fc.record({ taskId: task, here: fc.boolean(), window, history: fc.array(statusChange, { minLength: 1, maxLength: 3 }) }).map((a) =>
  makeAuthorization({ taskId: a.taskId, locationId: a.here ? TACOMA.id : OAKLAND.id, locationName: a.here ? TACOMA.name : OAKLAND.name, ...a.window, history: [...a.history].sort((x, y) => x.at.getTime() - y.at.getTime()) }),
);
const record = fc.record({ kind: fc.constantFrom("training" as const, "competency" as const, "certification" as const), taskId: task, completed: date, lasts: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }), hours: fc.constantFrom(null, 4, 12), count: fc.constantFrom(null, 5, 12) }).map((r) =>
  (r.kind === "competency" ? makeCompetency : makeRecord)({
    kind: r.kind,
    taskIds: r.kind === "certification" ? [] : [r.taskId],
    certificationType: r.kind === "certification" ? "CMA_AAMA" : null,
    hours: r.hours,
    procedureCount: r.count,
    completedAt: r.completed,
    expiresAt: r.lasts === null ? null : new Date(r.completed.getTime() + r.lasts * HOUR),
  }),
);
const arrangement = fc.record({ level, here: fc.boolean(), window, all: fc.boolean(), days: fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }), start: fc.integer({ min: 0, max: 23 }), hours: fc.integer({ min: 1, max: 12 }), type: fc.constantFrom("MD", "NP", "CNM") }).map((a) =>
  makeArrangement({
    level: a.level,
    locationId: a.here ? TACOMA.id : OAKLAND.id,
    allClinicalTasks: a.all,
    taskIds: a.all ? [] : [TASKS.venipuncture.id],
    supervisor: { id: "personsuper01", name: "Sam Super", providerType: a.type },
    windows: [...new Set(a.days)].map((weekday) => ({ weekday, startMinute: a.start * 60, endMinute: Math.min(24 * 60, (a.start + a.hours) * 60) })),
    ...a.window,
  }),
);

const facts = fc.record({
  tier: fc.constantFrom("ma_c", "ma_r", "none"),
  rules: fc.array(rule, { maxLength: 4 }),
  policies: fc.array(policy, { maxLength: 3 }),
  authorizations: fc.array(authorization, { maxLength: 4 }),
  records: fc.array(record, { maxLength: 6 }),
  arrangements: fc.array(arrangement, { maxLength: 3 }),
}).map(({ tier, ...rest }): Facts => makeFacts({ person: { id: "personemily01", name: "Emily Nguyen", credentialTier: tier }, ...rest }));

const scenario = fc.record({ facts, taskId: task, moment: date });
const RANK: Record<Answer, number> = { not_cleared: 0, check_first: 1, cleared: 2 };
const ask = (f: Facts, taskId: string, moment: Date) => decide(f, { personId: f.person.id, taskId, locationId: f.location.id, moment });

describe("clearance engine invariants", () => {
  it("cleared if and only if all four factors are met; not cleared if and only if one is not met", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const d = ask(f, taskId, moment);
        expect(d.answer === "cleared").toBe(d.factors.every((x) => x.status === "met"));
        expect(d.answer === "not_cleared").toBe(d.factors.some((x) => x.status === "not_met"));
        expect(d.factors.map((x) => x.key)).toEqual(["state_law", "employer_policy", "training", "supervision"]);
        expect(d.nextSteps.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it("adding an active authorization never makes an answer worse, and never turns cleared into anything else", () => {
    fc.assert(
      fc.property(scenario, ({ facts: f, taskId, moment }) => {
        const before = ask(f, taskId, moment);
        const granted = makeAuthorization({ taskId, effectiveFrom: new Date(moment.getTime() - HOUR), effectiveTo: null, history: [{ status: "active", at: new Date(moment.getTime() - HOUR), reason: null, byName: "Ben Carter" }] });
        const after = ask({ ...f, authorizations: [...f.authorizations, granted] }, taskId, moment);
        expect(RANK[after.answer]).toBeGreaterThanOrEqual(RANK[before.answer]);
      }),
      { numRuns: 500 },
    );
  });

  it("revoking an authorization never turns an answer into cleared", () => {
    fc.assert(
      fc.property(scenario, fc.nat(), fc.integer({ min: -5000, max: 5000 }), ({ facts: f, taskId, moment }, pick, offset) => {
        if (f.authorizations.length === 0) return;
        const before = ask(f, taskId, moment);
        const index = pick % f.authorizations.length;
        const target = f.authorizations[index] as AuthorizationFact;
        const revokedAt = new Date(Math.max(moment.getTime() + offset * HOUR, (target.history.at(-1)?.at.getTime() ?? 0) + 1));
        const revoked = { ...target, history: [...target.history, { status: "revoked" as const, at: revokedAt, reason: "revoked", byName: "Ben Carter" }] };
        const after = ask({ ...f, authorizations: f.authorizations.map((a, i) => (i === index ? revoked : a)) }, taskId, moment);
        expect(RANK[after.answer]).toBeLessThanOrEqual(RANK[before.answer]);
        if (before.answer !== "cleared") expect(after.answer).not.toBe("cleared");
      }),
      { numRuns: 500 },
    );
  });

  it("the answer for a past moment does not change when records with later effective dates are added", () => {
    const later = (moment: Date) => fc.integer({ min: 1, max: 10_000 }).map((h) => new Date(moment.getTime() + h * HOUR));
    fc.assert(
      fc.property(
        scenario.chain((s) => fc.record({ s: fc.constant(s), extra: fc.record({ rules: fc.array(rule, { maxLength: 2 }), policies: fc.array(policy, { maxLength: 2 }), auths: fc.array(authorization, { maxLength: 2 }), records: fc.array(record, { maxLength: 3 }), arrangements: fc.array(arrangement, { maxLength: 2 }) }), shift: later(s.moment) })),
        ({ s: { facts: f, taskId, moment }, extra, shift }) => {
          const from = shift;
          const move = <T extends { effectiveFrom: Date; effectiveTo: Date | null }>(x: T): T => ({ ...x, effectiveFrom: from, effectiveTo: x.effectiveTo && x.effectiveTo > from ? x.effectiveTo : null });
          const added: Facts = {
            ...f,
            rules: [...f.rules, ...extra.rules.map(move)],
            policies: [...f.policies, ...extra.policies.map(move)],
            authorizations: [...f.authorizations, ...extra.auths.map((a) => ({ ...move(a), history: a.history.map((c) => ({ ...c, at: new Date(from.getTime() + (c.at.getTime() % HOUR)) })) }))],
            records: [...f.records, ...extra.records.map((r) => ({ ...r, completedAt: from, expiresAt: r.expiresAt ? new Date(from.getTime() + HOUR) : null }))],
            arrangements: [...f.arrangements, ...extra.arrangements.map(move)],
          };
          const before = ask(f, taskId, moment);
          const after = ask(added, taskId, moment);
          expect(after.answer).toBe(before.answer);
          expect(after.factors.map((x) => x.status)).toEqual(before.factors.map((x) => x.status));
        },
      ),
      { numRuns: 500 },
    );
  });
});
