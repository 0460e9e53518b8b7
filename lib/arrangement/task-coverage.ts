import { evaluate } from "@/lib/clearance/decide";
import type { Facts, TaskFact } from "@/lib/clearance/facts";
import type { Finding } from "@/lib/clearance/findings";
import { formatMinute } from "@/lib/clearance/supervision";
import { sentence } from "@/lib/clearance/wording";
import { instantFromWallClock, endOfLocalDay } from "@/lib/time/zoned";
import { asPlanned } from "@/lib/what-if/hypothetical";
import { segments } from "@/lib/what-if/segments";
import type { CoverageDay } from "./coverage";

/**
 * Whether each half hour of a week is covered for a task the way an answer would be: the engine
 * itself (lib/clearance) is asked, for a reference medical assistant who is otherwise fully
 * qualified, whether supervision is met, at every instant of the half hour where anything can
 * change (lib/what-if/segments). The type of supervisor a rule accepts and the level it needs are
 * the engine's to judge, never re-derived here. Pure.
 */

/** The reference MA: covered by every arrangement for all medical assistants, named by none. */
export const REFERENCE_MA = "reference-medical-assistant";

/** One task's half hours: `covered[day][slot]`; `finding[day][slot]`: the first instant's finding where not covered. */
export type TaskCoverage = { task: TaskFact; covered: boolean[][]; findings: (Finding | null)[][] };

/**
 * The credential tiers the location's state rules distinguish for a task (or the task it refines):
 * covered means covered for an MA of each of them. Null stands for an MA without a tier of its own
 * rule, counted when a rule applies to every tier or no rule names a tier.
 */
export function referenceTiers(facts: Facts, task: TaskFact): (string | null)[] {
  const lineage = [task.id, ...(task.parentId ? [task.parentId] : [])];
  const states = new Set(facts.location.versions.map((v) => v.state).concat(facts.location.state));
  const tiers = new Set(facts.rules.filter((r) => states.has(r.state) && lineage.includes(r.taskId)).map((r) => r.credentialTier));
  if (tiers.size === 0) tiers.add(null);
  return [...tiers].sort((a, b) => (a ?? "").localeCompare(b ?? ""));
}

/** The location's facts as they concern the reference MA of a tier, check-ins assumed as planned (they cannot be known ahead). */
export function referenceFacts(facts: Facts, tier: string | null): Facts {
  const tiers = tier === null ? [] : [{ version: 1, supersedes: null, effectiveFrom: "0001-01-01", effectiveTo: null, recordedAt: new Date(0), credentialTier: tier }];
  return asPlanned({ ...facts, person: { id: REFERENCE_MA, name: "Any medical assistant", tiers, employment: [] }, authorizations: [], records: [] });
}

/** The instant a slot boundary names on a day: minute 1440 is the end of the day. */
function instantOf(date: string, minute: number, timeZone: string): Date {
  return minute >= 1440 ? endOfLocalDay(date, timeZone) : instantFromWallClock(date, formatMinute(minute), timeZone);
}

export function taskCoverage(facts: Facts, days: readonly CoverageDay[], tasks: readonly TaskFact[], timeZone: string, { from = 6 * 60, to = 22 * 60, slot = 30 } = {}): TaskCoverage[] {
  if (days.length === 0) return tasks.map((task) => ({ task, covered: [], findings: [] }));
  const byTier = new Map<string | null, Facts>();
  const factsFor = (tier: string | null) => {
    let f = byTier.get(tier);
    if (!f) byTier.set(tier, (f = referenceFacts(facts, tier)));
    return f;
  };
  const weekFrom = instantOf(days[0]!.date, from, timeZone);
  const weekTo = instantOf(days[days.length - 1]!.date, to, timeZone);
  const locationChanges = facts.location.versions.map((v) => new Date(v.effectiveFrom)).filter((d) => !Number.isNaN(d.getTime()));
  const cuts = segments([facts], weekFrom, weekTo, timeZone, locationChanges).map((s) => s.from.getTime());
  const tiers = new Map(tasks.map((task) => [task.id, referenceTiers(facts, task).map(factsFor)]));

  const supervisionAt = (reference: Facts, taskId: string, moment: Date) =>
    evaluate(reference, { personId: REFERENCE_MA, taskId, locationId: facts.location.id, moment }).findings.find((f) => f.key === "supervision")!;
  // Nothing an answer depends on changes within a stretch: each is asked once, at its start, per task.
  const asked = new Map<string, Finding | null>();
  const unmetAt = (task: TaskFact, stretch: number): Finding | null => {
    const key = `${stretch}|${task.id}`;
    if (!asked.has(key)) {
      const moment = new Date(stretch);
      asked.set(key, tiers.get(task.id)!.map((reference) => supervisionAt(reference, task.id, moment)).find((f) => f.status !== "met") ?? null);
    }
    return asked.get(key)!;
  };
  const stretchOf = (t: number) => cuts.findLast((c) => c <= t) ?? t;

  const result = tasks.map((task): TaskCoverage => ({ task, covered: [], findings: [] }));
  for (const { date } of days) {
    const dayCovered = result.map(() => [] as boolean[]);
    const dayFindings = result.map(() => [] as (Finding | null)[]);
    for (let start = from; start < to; start += slot) {
      const t0 = instantOf(date, start, timeZone).getTime();
      const t1 = instantOf(date, start + slot, timeZone).getTime();
      const stretches = [stretchOf(t0), ...cuts.filter((t) => t > t0 && t < t1)];
      const failed = result.map(({ task }) => stretches.reduce<Finding | null>((found, stretch) => found ?? unmetAt(task, stretch), null));
      failed.forEach((f, i) => {
        dayCovered[i]!.push(f === null);
        dayFindings[i]!.push(f);
      });
    }
    result.forEach((r, i) => {
      r.covered.push(dayCovered[i]!);
      r.findings.push(dayFindings[i]!);
    });
  }
  return result;
}

/** A stretch of consecutive half hours of a day in which a task is not covered for the same reason, and the engine's words for it. */
export type Uncovered = { task: TaskFact; day: number; startMinute: number; endMinute: number; reason: string; present: readonly string[] };

/**
 * Where tasks lack coverage although the plan puts a supervisor there (`present[day][slot]`, their
 * names): the mismatches a manager cannot see from who is on site. Gaps with nobody there show in
 * the week itself.
 */
export function uncoveredWhileStaffed(coverage: readonly TaskCoverage[], present: readonly (readonly (readonly string[])[])[], { from = 6 * 60, slot = 30 } = {}): Uncovered[] {
  const stretches: Uncovered[] = [];
  for (const { task, covered, findings } of coverage) {
    for (let day = 0; day < covered.length; day++) {
      let open: { stretch: Uncovered; code: string } | null = null;
      for (let i = 0; i < covered[day]!.length; i++) {
        const f = findings[day]![i];
        const there = present[day]?.[i] ?? [];
        if (!f || there.length === 0) {
          open = null;
          continue;
        }
        const start = from + i * slot;
        if (open && open.code === f.detail.code) {
          open.stretch.endMinute = start + slot;
          continue;
        }
        open = { stretch: { task, day, startMinute: start, endMinute: start + slot, reason: sentence(f), present: there }, code: f.detail.code };
        stretches.push(open.stretch);
      }
    }
  }
  return stretches.sort((a, b) => a.day - b.day || a.startMinute - b.startMinute || a.task.name.localeCompare(b.task.name));
}

/** Per day and half hour, the tasks shown that are not covered then. */
export function missingBySlot(coverage: readonly TaskCoverage[]): TaskFact[][][] {
  const first = coverage[0];
  if (!first) return [];
  return first.covered.map((slots, day) => slots.map((_, i) => coverage.filter((c) => !c.covered[day]![i]).map((c) => c.task)));
}
