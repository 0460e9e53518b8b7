import { decide, evaluate, type Evaluation } from "@/lib/clearance/decide";
import type { Facts, TaskFact } from "@/lib/clearance/facts";
import type { Segment } from "./segments";

/**
 * What a change would do: the same engine asked about every person, task and stretch of a period,
 * once with the facts as they are and once with the change, and every difference between "cleared"
 * and anything else kept as a window (adjacent stretches merged). Pure.
 */
export type Change = { personId: string; personName: string; taskId: string; taskName: string; change: "loses" | "gains"; windows: Segment[]; reason: string };

export type Comparison = { changes: Change[]; windows: number; people: number };

/**
 * `hypothetical` turns one person's facts into the facts with the change. `lossesOnly`: the change
 * can only take clearances away (an absence), so where the answer is not cleared already the
 * hypothetical is not asked; `mayChange` says of a cleared answer whether the change can touch it at
 * all (an absence only matters to an answer whose supervisor is the one away).
 */
export function compare(
  base: ReadonlyMap<string, Facts>,
  hypothetical: (facts: Facts) => Facts,
  stretches: readonly Segment[],
  tasks: (facts: Facts) => readonly TaskFact[],
  { lossesOnly = false, mayChange = () => true }: { lossesOnly?: boolean; mayChange?: (cleared: Evaluation) => boolean } = {},
): Comparison {
  const changes: Change[] = [];
  for (const [personId, facts] of base) {
    const changed = hypothetical(facts);
    for (const task of tasks(facts)) {
      const found: Partial<Record<Change["change"], Change>> = {};
      for (const s of stretches) {
        const request = { personId, taskId: task.id, locationId: facts.location.id, moment: s.from };
        // Answers without their words: the words are made once per change found, below.
        const baseline = evaluate(facts, request);
        const before = baseline.answer === "cleared";
        if ((lossesOnly && !before) || (before && !mayChange(baseline))) continue;
        const after = evaluate(changed, request);
        const kind = before && after.answer !== "cleared" ? "loses" : !before && after.answer === "cleared" ? "gains" : null;
        if (!kind) continue;
        const entry = (found[kind] ??= { personId, personName: facts.person.name, taskId: task.id, taskName: task.name, change: kind, windows: [], reason: decide(changed, request).reason });
        const last = entry.windows[entry.windows.length - 1];
        if (last && last.to.getTime() === s.from.getTime()) last.to = s.to;
        else entry.windows.push({ ...s });
      }
      if (found.loses) changes.push(found.loses);
      if (found.gains) changes.push(found.gains);
    }
  }
  return { changes, windows: changes.reduce((n, c) => n + c.windows.length, 0), people: new Set(changes.map((c) => c.personId)).size };
}
