import type { Facts, TaskFact } from "@/lib/clearance/facts";
import type { Standing } from "@/lib/exception/interval";
import { weekCoverage, type CoverageDay, type CoverageSlot } from "./coverage";
import type { ArrangementView } from "./data";
import { coverageQuerySchema } from "./schema";
import { missingBySlot, taskCoverage, uncoveredWhileStaffed, type TaskCoverage, type Uncovered } from "./task-coverage";

/** The task the address asks coverage for among the supervised tasks, or why none is chosen (a said message, for the page to word). */
export function chosenTask(query: unknown, supervisable: readonly TaskFact[]): { chosen: TaskFact | undefined; error: string | null } {
  const parsed = coverageQuerySchema(supervisable.map((t) => t.code)).safeParse(query);
  if (!parsed.success) return { chosen: undefined, error: parsed.error.issues.find((i) => i.path[0] === "task")?.message ?? null };
  return { chosen: supervisable.find((t) => t.code === parsed.data.task), error: null };
}

/** `undetermined`: tasks left out of "every task" because no rule says what supervision they need (their answers say check first). */
export type WeekView = { week: CoverageSlot[][]; missing: string[][][]; shown: number; uncovered: Uncovered[]; undetermined: string[] };

const undeterminable = (c: TaskCoverage) => c.findings.every((day) => day.every((f) => f?.detail.code === "requirement_unknown"));

/**
 * The supervision week as shown: who is there (arrangements for all clinical tasks and, with a task
 * chosen, those naming it or the task it refines, minus absences and closures, plus extra
 * sessions) and, per half hour, which tasks shown the engine would not find supervised. Pure.
 * Without a task chosen, a task no rule gives a supervision requirement is left out of the count
 * and named instead: it would make every half hour "partly" covered, for a reason no schedule fixes.
 */
export function weekView(days: readonly CoverageDay[], arrangements: readonly (ArrangementView & { inForce: boolean })[], exceptions: readonly Standing[], facts: Facts | null, tasks: readonly TaskFact[], chosen: TaskFact | undefined, timeZone: string): WeekView {
  const present = arrangements.filter((a) => a.inForce && (a.allClinicalTasks || (chosen && a.tasks.some((t) => t.id === chosen.id || t.id === chosen.parentId))));
  const week = weekCoverage(days, present.map((a) => ({ supervisorId: a.supervisor.id, supervisorName: a.supervisor.name, level: a.level, windows: a.windows })), exceptions, timeZone);
  const all = facts ? taskCoverage(facts, days, chosen ? [chosen] : tasks, timeZone) : [];
  const coverage = chosen ? all : all.filter((c) => !undeterminable(c));
  return {
    week,
    missing: missingBySlot(coverage).map((d) => d.map((list) => list.map((t) => t.name))),
    shown: coverage.length,
    undetermined: chosen ? [] : all.filter(undeterminable).map((c) => c.task.name),
    uncovered: uncoveredWhileStaffed(coverage, week.map((d) => d.map((slot) => (slot.closed === null ? slot.supervisors : [])))),
  };
}
