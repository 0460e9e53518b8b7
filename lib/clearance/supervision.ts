import type { ScheduleWindow, SupervisionLevel } from "./facts";

const RANK: Record<SupervisionLevel, number> = { none: 0, general: 1, telemedicine: 2, on_premises: 3, direct_visual: 4 };

export const SUPERVISION_LABELS: Record<SupervisionLevel, string> = {
  none: "no supervision",
  general: "general supervision (available by phone)",
  telemedicine: "telemedicine supervision",
  on_premises: "a supervisor on the premises",
  direct_visual: "direct visual supervision (supervisor in the room)",
};

/** The stricter of two requirements. */
export function stricter(a: SupervisionLevel, b: SupervisionLevel): SupervisionLevel {
  return RANK[a] >= RANK[b] ? a : b;
}

export function atLeastAsStrict(level: SupervisionLevel, than: SupervisionLevel): boolean {
  return RANK[level] >= RANK[than];
}

/**
 * Whether an arrangement at `provided` level meets a `required` level: the same or stronger, except
 * that telemedicine only meets a requirement that names telemedicine or a weaker one (a remote
 * supervisor is not "on the premises", however responsive).
 */
export function satisfies(provided: SupervisionLevel, required: SupervisionLevel): boolean {
  if (provided === "telemedicine") return RANK[required] <= RANK.telemedicine;
  return RANK[provided] >= RANK[required];
}

export type LocalTime = { weekday: number; minute: number; date: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock time at a location for an instant, daylight saving included. */
export function localTime(moment: Date, timeZone: string): LocalTime {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(moment)) parts[part.type] = part.value;
  return {
    weekday: WEEKDAYS[parts.weekday as string] as number,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

export function windowCovers(window: ScheduleWindow, local: LocalTime): boolean {
  return window.weekday === local.weekday && window.startMinute <= local.minute && local.minute < window.endMinute;
}

const DAY_NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/** "Mon–Fri 08:00–17:00, Sat 09:00–13:00": consecutive days with the same hours are merged. */
export function describeWindows(windows: readonly ScheduleWindow[]): string {
  const sorted = [...windows].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
  const groups: { from: number; to: number; start: number; end: number }[] = [];
  for (const w of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.to === w.weekday - 1 && last.start === w.startMinute && last.end === w.endMinute) last.to = w.weekday;
    else groups.push({ from: w.weekday, to: w.weekday, start: w.startMinute, end: w.endMinute });
  }
  return groups
    .map((g) => `${DAY_NAMES[g.from]}${g.to !== g.from ? `–${DAY_NAMES[g.to]}` : ""} ${formatMinute(g.start)}–${formatMinute(g.end)}`)
    .join(", ");
}

export function dayName(weekday: number): string {
  return DAY_NAMES[weekday] as string;
}
