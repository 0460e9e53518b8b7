/** What the supervision week says about coverage; kept together for translation. */
export const COVERAGE_WORDS = {
  filterLabel: "Show coverage for",
  everyTask: "Every supervised task",
  show: "Show",
  covered: "Covered",
  notCovered: "Not covered",
  partly: "Partly",
  gap: "Gap",
  closed: "Closed",
  weekRegion: "Supervision coverage by half hour",
  staffedHeading: "Not covered although a supervisor is there",
  allCovered: "Wherever a supervisor is there, every task shown is covered this week.",
};

export function unknownTask(code: string): string {
  return `There is no supervised task “${code}” to show coverage for: showing every supervised task. Choose one from the list.`;
}

export function coverageCaption(zoneLabel: string, filtered: boolean): string {
  const what = filtered ? "the task shown" : "every task shown";
  return `Times in ${zoneLabel}. A half hour is covered when a supervisor the rules accept for ${what} (type and level) is there for all of it, for a medical assistant who is otherwise qualified, as the answers would say; “Gap”: no supervisor; a dark gap is one an absence creates.`;
}

export function notCoveredFor(tasks: readonly string[]): string {
  return `not covered for ${tasks.join(", ")}`;
}

export function partlyCount(missing: number, shown: number): string {
  return `${missing} of ${shown} not covered`;
}

export function lackingCoverage(tasks: readonly string[]): string {
  return `Lacking coverage at some hours a supervisor is there: ${tasks.join(", ")}.`;
}

export function moreStretches(count: number): string {
  return `and ${count} more`;
}

export function undeterminedTasks(tasks: readonly string[]): string {
  return `Not counted: ${tasks.join(", ")}. No state rule says what supervision they need here, so answers say “check first” whoever is there.`;
}

export function presentNow(names: readonly string[]): string {
  return `there: ${names.join(", ")}`;
}
