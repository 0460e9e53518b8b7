import type { ScheduleWindow, SupervisionLevel } from "@/lib/clearance/facts";
import { atLeastAsStrict, formatMinute } from "@/lib/clearance/supervision";
import type { Standing } from "@/lib/exception/interval";
import { endOfLocalDay, instantFromWallClock } from "@/lib/time/zoned";

export type CoveringArrangement = { supervisorId: string; supervisorName: string; level: SupervisionLevel; windows: readonly ScheduleWindow[] };
export type CoverageDay = { date: string; weekday: number };
/**
 * One half hour of a dated day: the strongest supervision present for all of it and who gives it;
 * `away`, who the plan has here but an absence takes out; `closed`, why the location is closed;
 * `onSite` is false where tasks that need a supervisor on the premises would not be cleared.
 */
export type CoverageSlot = { startMinute: number; level: SupervisionLevel | null; supervisors: string[]; onSite: boolean; away: string[]; closed: string | null };

const RANKS: Record<SupervisionLevel, number> = { none: 0, general: 1, telemedicine: 2, on_premises: 3, direct_visual: 4 };

/**
 * A location's week as it will happen: the weekly plan, minus the absences and closures, plus the
 * extra sessions, slot by slot on the location's clock (daylight-saving days included). Pure.
 * Check-ins are not here: they are known only as they happen.
 */
export function weekCoverage(days: readonly CoverageDay[], arrangements: readonly CoveringArrangement[], exceptions: readonly Standing[], timeZone: string, { from = 6 * 60, to = 22 * 60, slot = 30 } = {}): CoverageSlot[][] {
  const at = (date: string, minute: number) => (minute >= 1440 ? endOfLocalDay(date, timeZone) : instantFromWallClock(date, formatMinute(minute), timeZone));
  return days.map(({ date, weekday }) => {
    const slots: CoverageSlot[] = [];
    for (let start = from; start < to; start += slot) {
      const t0 = at(date, start);
      const t1 = at(date, start + slot);
      const overlapping = exceptions.filter((e) => e.startsAt < t1 && t0 < e.endsAt);
      const closure = overlapping.find((e) => e.kind === "closure") ?? null;
      const absent = new Set(overlapping.filter((e) => e.kind === "absence").map((e) => e.providerId));
      const planned = arrangements.filter((a) => a.windows.some((w) => w.weekday === weekday && w.startMinute <= start && start + slot <= w.endMinute));
      const sessions = exceptions
        .filter((e) => e.kind === "extra_session" && e.startsAt <= t0 && t1 <= e.endsAt)
        .map((e) => ({ supervisorId: e.providerId as string, supervisorName: e.providerName ?? "", level: (e.level ?? "on_premises") as SupervisionLevel }));
      const present = closure ? [] : [...planned, ...sessions].filter((a) => !absent.has(a.supervisorId));
      const strongest = present.reduce<SupervisionLevel | null>((best, a) => (best === null || RANKS[a.level] > RANKS[best] ? a.level : best), null);
      slots.push({
        startMinute: start,
        level: strongest,
        supervisors: [...new Set(present.filter((a) => a.level === strongest).map((a) => a.supervisorName))],
        onSite: strongest !== null && strongest !== "telemedicine" && atLeastAsStrict(strongest, "on_premises"),
        away: closure ? [] : [...new Set(planned.filter((a) => absent.has(a.supervisorId)).map((a) => a.supervisorName))],
        closed: closure ? closure.reason : null,
      });
    }
    return slots;
  });
}
