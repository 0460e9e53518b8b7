import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { taskCoverage } from "@/lib/arrangement/task-coverage";
import { decide } from "@/lib/clearance/decide";
import { RULE_OUTCOMES, type ArrangementFact, type ExceptionFact, type Facts, type PolicyFact, type StateRuleFact, type SupervisorFact } from "@/lib/clearance/facts";
import { formatMinute } from "@/lib/clearance/supervision";
import { instantFromWallClock, wallClock } from "@/lib/time/zoned";
import { KNOWN, makeArrangement, makeException, makeFacts, makePolicy, makeRule, makeSupervisor, TASKS } from "@/tests/support/clearance-facts";

/**
 * The week view against the engine: for generated histories (rules, policies and arrangements with
 * versions recorded in any order and valid from past or future dates, supervisors whose provider
 * type changes, absences, closures and extra sessions, some corrected or cancelled), a half hour is
 * covered for a task exactly when decide() finds supervision met, at every minute of it, for an MA
 * who is otherwise fully qualified (Emily, MA-C at Tacoma, authorized and documented).
 */
const ZONE = "America/Los_Angeles";
/** Sunday 2026-03-08 is the day clocks go forward in Tacoma. */
const DAYS = [
  { date: "2026-03-08", weekday: 0 },
  { date: "2026-03-09", weekday: 1 },
  { date: "2026-03-10", weekday: 2 },
];
const FROM = 6 * 60;
const TO = 22 * 60;
const SLOT = 30;
const SLOTS = (TO - FROM) / SLOT;
const SHOWN = [TASKS.venipuncture, TASKS.intramuscular];
const SUNDAY = new Date("2026-03-08T08:00:00Z").getTime();
const QUARTER = 15 * 60_000;

const quarter = fc.integer({ min: -8, max: 4 * 24 * 4 }).map((q) => new Date(SUNDAY + q * QUARTER));
const dateNear = fc.integer({ min: -3, max: 4 }).map((d) => `2026-03-${String(8 + d).padStart(2, "0")}`);
const recorded = fc.oneof(fc.constant(new Date("2019-01-01T00:00:00Z")), quarter);
const level = fc.constantFrom("none", "general", "telemedicine", "on_premises", "direct_visual" as const);
const types = fc.constantFrom<string[]>(["MD"], ["MD", "DO"], ["MD", "NP"], ["NP"], []);
const supervisorId = fc.constantFrom("persondrlee01", "personnp0001");

/** A lineage's versions after the first: other content, other dates, record times in any order, some correcting an earlier one. */
function versions<T extends { lineageId: string; id: string; version: number; supersedes: number | null; recordedAt: Date; effectiveFrom: string; effectiveTo: string | null }>(base: T, change: fc.Arbitrary<Partial<T>>, valid: fc.Arbitrary<Partial<T>>) {
  return fc.array(fc.tuple(change, valid, recorded, fc.option(fc.nat(), { nil: null })), { maxLength: 2 }).map((drafts) => [
    base,
    ...drafts.map(([content, dates, at, corrects], i): T => ({ ...base, ...content, ...dates, id: `${base.id}v${i + 2}`, version: i + 2, supersedes: corrects === null ? null : (corrects % (i + 1)) + 1, recordedAt: at })),
  ]);
}
const datedFrom = fc.record({ effectiveFrom: dateNear });

/** Mostly the value that lets supervision be met, sometimes any other. */
const mostly = <T>(good: T, all: readonly T[]) => fc.oneof({ weight: 3, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: fc.constantFrom(...all) });
const outcomes = mostly("conditional" as const, RULE_OUTCOMES);

const ruleFor = (taskId: string, tier: string | null) =>
  fc.tuple(outcomes, level, types).chain(([outcome, supervisionLevel, supervisorTypes]) => {
    const base = makeRule({ id: `rule${taskId}`, lineageId: `rule${taskId}`, taskId, credentialTier: tier, outcome, supervisionLevel, supervisorTypes });
    return versions<StateRuleFact>(base, fc.record({ supervisionLevel: level, supervisorTypes: types, outcome: outcomes }), datedFrom);
  });

const policyFor = (taskId: string) =>
  fc.option(level, { nil: null }).chain((minSupervisionLevel) => versions<PolicyFact>(makePolicy({ id: `policy${taskId}`, lineageId: `policy${taskId}`, taskId, minSupervisionLevel }), fc.record({ minSupervisionLevel: fc.option(level, { nil: null }) }), datedFrom));

const window = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 10, max: 40 }), fc.integer({ min: 4, max: 32 })).map(([weekday, start, length]) => ({ weekday, startMinute: start * 30, endMinute: Math.min(1440, (start + length) * 30) }));
const arrangement = (n: number) =>
  fc
    .record({ supervisorId, level, windows: fc.array(window, { minLength: 2, maxLength: 3 }), allClinicalTasks: fc.boolean(), taskIds: fc.constantFrom<string[]>([TASKS.injections.id], [TASKS.venipuncture.id], [TASKS.intramuscular.id]), allMedicalAssistants: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) })
    .chain((a) => {
      const base = makeArrangement({ id: `arr${n}`, lineageId: `arr${n}`, supervisorId: a.supervisorId, level: a.level, windows: dedupe(a.windows), allClinicalTasks: a.allClinicalTasks, taskIds: a.allClinicalTasks ? [] : a.taskIds, allMedicalAssistants: a.allMedicalAssistants, superviseeIds: a.allMedicalAssistants ? [] : ["personother01"], effectiveFrom: "2024-01-01" });
      return versions<ArrangementFact>(base, fc.record({ level, windows: fc.array(window, { maxLength: 2 }).map(dedupe), supervisorId, allMedicalAssistants: fc.boolean() }), fc.record({ effectiveFrom: dateNear, effectiveTo: fc.option(dateNear, { nil: null }) }));
    });

/** Windows of one arrangement do not overlap on a day (the form refuses it). */
function dedupe(windows: ArrangementFact["windows"]): ArrangementFact["windows"] {
  const kept: ArrangementFact["windows"] = [];
  for (const w of windows) if (!kept.some((k) => k.weekday === w.weekday && k.startMinute < w.endMinute && w.startMinute < k.endMinute)) kept.push(w);
  return kept;
}

const exception = (n: number) =>
  fc
    .record({ kind: fc.constantFrom("absence", "closure", "extra_session" as const), providerId: supervisorId, level: fc.constantFrom("general", "telemedicine", "on_premises", "direct_visual" as const), from: quarter, hours: fc.integer({ min: 1, max: 40 }) })
    .chain((x) => {
      const base = makeException({ id: `exc${n}`, lineageId: `exc${n}`, kind: x.kind, providerId: x.kind === "closure" ? null : x.providerId, level: x.kind === "extra_session" ? x.level : null, from: x.from.toISOString(), to: new Date(x.from.getTime() + x.hours * QUARTER).toISOString() });
      const moved = fc.tuple(quarter, fc.integer({ min: 1, max: 40 })).map(([from, q]) => ({ effectiveFrom: from.toISOString(), effectiveTo: new Date(from.getTime() + q * QUARTER).toISOString() }));
      return versions<ExceptionFact>(base, fc.record({ cancelled: fc.boolean() }), moved);
    });

/** Dr. Lee is an MD who may stop being a provider or become another type from a date; the NP is an NP. */
const supervisors = fc.tuple(fc.option(fc.tuple(dateNear, fc.constantFrom("NP", null), recorded), { nil: null, freq: 4 }), fc.option(dateNear, { nil: null, freq: 4 })).map(([change, lastDay]): SupervisorFact[] => {
  const lee = makeSupervisor();
  if (change) lee.providerRoles.push({ version: 2, supersedes: null, effectiveFrom: change[0], effectiveTo: null, recordedAt: change[2], providerType: change[1] });
  const np = makeSupervisor({ id: "personnp0001", name: "Jordan Ellis", providerType: "NP" });
  if (lastDay) np.employment = [{ ...np.employment[0]!, effectiveTo: lastDay }];
  return [lee, np];
});

const world = fc
  .record({
    tier: fc.constantFrom(null, "ma_c"),
    rules: fc.constantFrom(null, "ma_c").chain((tier) => fc.tuple(ruleFor(TASKS.venipuncture.id, tier), ruleFor(TASKS.injections.id, tier), fc.option(ruleFor(TASKS.intramuscular.id, tier), { nil: null }))),
    policies: fc.tuple(policyFor(TASKS.venipuncture.id), policyFor(TASKS.intramuscular.id)),
    arrangements: fc.tuple(arrangement(1), arrangement(2), arrangement(3)),
    exceptions: fc.tuple(fc.option(exception(1), { nil: null }), fc.option(exception(2), { nil: null }), fc.option(exception(3), { nil: null })),
    supervisors,
    knownAt: fc.oneof({ weight: 3, arbitrary: fc.constant(KNOWN) }, { weight: 1, arbitrary: quarter }),
  })
  .map(
    (w): Facts =>
      makeFacts({
        knownAt: w.knownAt,
        rules: w.rules.flatMap((r) => r ?? []),
        policies: w.policies.flat(),
        arrangements: w.arrangements.flat(),
        exceptions: w.exceptions.flatMap((x) => x ?? []),
        supervisors: w.supervisors,
      }),
  );

/** Supervision met for Emily at the moment, as her answer says. */
const metFor = (facts: Facts, taskId: string, moment: Date) =>
  decide(facts, { personId: facts.person.id, taskId, locationId: facts.location.id, moment }).factors.find((f) => f.key === "supervision")!.status === "met";

const slotStart = (day: number, slot: number) => instantFromWallClock(DAYS[day]!.date, formatMinute(FROM + slot * SLOT), ZONE).getTime();

describe("the week view's coverage matches the engine", () => {
  it("a half hour is covered for a task exactly when supervision is met at each of its quarter hours (where anything generated can change)", () => {
    fc.assert(
      fc.property(world, (facts) => {
        const week = taskCoverage(facts, DAYS, SHOWN, ZONE, { from: FROM, to: TO, slot: SLOT });
        SHOWN.forEach((task, t) =>
          DAYS.forEach((d, day) => {
            for (let slot = 0; slot < SLOTS; slot++) {
              const start = slotStart(day, slot);
              const engine = metFor(facts, task.id, new Date(start)) && metFor(facts, task.id, new Date(start + QUARTER));
              expect(week[t]!.covered[day]![slot], `${task.code} ${d.date} ${formatMinute(FROM + slot * SLOT)}`).toBe(engine);
              expect(week[t]!.findings[day]![slot] === null).toBe(engine);
            }
          }),
        );
      }),
      { numRuns: 50 },
    );
  }, 120_000);

  it("and at every minute of a half hour, for any moment inside it", () => {
    fc.assert(
      fc.property(world, fc.tuple(fc.integer({ min: 0, max: DAYS.length - 1 }), fc.integer({ min: 0, max: SLOTS - 1 }), fc.integer({ min: 0, max: SHOWN.length - 1 })), (facts, [day, slot, t]) => {
        const task = SHOWN[t]!;
        const week = taskCoverage(facts, [DAYS[day]!], [task], ZONE, { from: FROM, to: TO, slot: SLOT });
        const start = slotStart(day, slot);
        const minutes = Array.from({ length: SLOT }, (_, m) => new Date(start + m * 60_000));
        expect(wallClock(minutes[0]!, ZONE).date).toBe(DAYS[day]!.date);
        expect(week[0]!.covered[0]![slot]).toBe(minutes.every((m) => metFor(facts, task.id, m)));
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
