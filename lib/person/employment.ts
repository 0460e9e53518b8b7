import { say } from "@/lib/i18n/said";
import { lastDayOf } from "@/lib/time/calendar";
import { byLineage, governingEach, standing, type Version } from "@/lib/version/governing";

/** An employment period as it stands now: the newest version of its lineage. */
export type Period = { lineageId: string; locationId: string; effectiveFrom: string; effectiveTo: string | null };

export type EmploymentRow = Version & Period;

/** Every period as it stands as known at `knownAt` (each lineage's standing version). */
export function standingPeriods<V extends EmploymentRow>(versions: readonly V[], knownAt: Date): V[] {
  const lineages = new Map<string, V[]>();
  for (const v of versions) lineages.set(v.lineageId, [...(lineages.get(v.lineageId) ?? []), v]);
  return [...lineages.values()].flatMap((list) => standing(list, knownAt));
}

/** Whether a person's periods of work (every version on record) put them at the location on a local date, as known at `knownAt`. */
export function employedOn<V extends EmploymentRow>(versions: readonly V[], locationId: string, date: string, knownAt: Date): boolean {
  return governingEach(byLineage(versions.filter((v) => v.locationId === locationId), (v) => v.lineageId), date, knownAt).length > 0;
}

/** The period at the same location that a new or changed one would overlap (periods are end-exclusive), if any. */
export function overlapping(periods: readonly Period[], candidate: Period): Period | null {
  return (
    periods.find(
      (p) =>
        p.lineageId !== candidate.lineageId &&
        p.locationId === candidate.locationId &&
        (p.effectiveTo === null || candidate.effectiveFrom < p.effectiveTo) &&
        (candidate.effectiveTo === null || p.effectiveFrom < candidate.effectiveTo),
    ) ?? null
  );
}

/** "2021-03-08 to 2024-06-30" or "from 2021-03-08", said (an argument of a mutation's message). */
export function describePeriod(p: Pick<Period, "effectiveFrom" | "effectiveTo">): string {
  return p.effectiveTo ? say("person.period.closed", { from: p.effectiveFrom, to: lastDayOf(p.effectiveTo) }) : say("person.period.open", { from: p.effectiveFrom });
}
