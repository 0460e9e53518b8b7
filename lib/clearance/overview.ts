import { zoneNameIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Decision } from "./decide";
import type { SupervisorRef } from "./findings";
import { detailOf, isOutsideHours, type Helpers } from "./summary";
import { outsideHoursLine } from "./summary-wording";
import { dayName, formatMinute, scheduleIn } from "./supervision";
import { supervisorLabel } from "./wording";

/**
 * What a list of answers at one location says once, not once per task: that it is outside
 * supervision hours (with the hours), and each warning with the tasks it concerns. Pure.
 */
type Row = { task: { name: string }; decision: Pick<Decision, "answer" | "factors" | "warnings"> };

export function outsideHoursNotice(rows: readonly Row[], locale: Locale = DEFAULT_LOCALE): string | null {
  const schedules = new Set<string>();
  let at: string | null = null;
  for (const { decision } of rows) {
    if (!isOutsideHours(decision)) continue;
    const f = decision.factors.find((x) => x.code === "off_schedule");
    const d = f ? detailOf(f) : null;
    if (d?.code !== "off_schedule") continue;
    at ??= `${dayName(d.weekday, locale)} ${formatMinute(d.minute)}, ${zoneNameIn(d.timeZone, new Date(d.at), locale)}`;
    for (const s of d.scheduled as SupervisorRef[]) schedules.add(`${supervisorLabel(s)}: ${scheduleIn(s.schedule, locale)}`);
  }
  return at ? outsideHoursLine(at, [...schedules], locale) : null;
}

export type MergedWarning = { text: string; tasks: string[] };

/** Each distinct warning once, with the tasks that raised it, in the order they first appear. */
export function mergedWarnings(rows: readonly Row[]): MergedWarning[] {
  const merged = new Map<string, string[]>();
  for (const { task, decision } of rows) {
    for (const w of decision.warnings) {
      const tasks = merged.get(w) ?? [];
      if (!tasks.includes(task.name)) tasks.push(task.name);
      merged.set(w, tasks);
    }
  }
  return [...merged].map(([text, tasks]) => ({ text, tasks }));
}

export type HelperGrant = { locationId: string; role: "manager" | "validator"; taskId: string | null; personId: string; name: string };

/**
 * Who to name for one person's task at a location: a manager there, and a validator there who may
 * sign off the task (or the task it refines). Never the person themselves.
 */
export function helpersFor(grants: readonly HelperGrant[], personId: string, locationId: string, task: { id: string; parentId: string | null }): Helpers {
  const here = grants.filter((g) => g.locationId === locationId && g.personId !== personId);
  const manager = here.find((g) => g.role === "manager")?.name ?? null;
  const validator = here.find((g) => g.role === "validator" && (g.taskId === null || g.taskId === task.id || g.taskId === task.parentId))?.name ?? null;
  return { manager, validator };
}
