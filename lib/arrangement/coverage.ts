import type { ScheduleWindow, SupervisionLevel } from "@/lib/clearance/facts";
import { atLeastAsStrict } from "@/lib/clearance/supervision";

export type CoveringArrangement = { supervisorName: string; level: SupervisionLevel; windows: readonly ScheduleWindow[] };
export type CoverageSlot = { startMinute: number; level: SupervisionLevel | null; supervisors: string[]; onSite: boolean };

/**
 * A location's week: for each day and slot, the strongest supervision present for the whole slot
 * and who provides it. `onSite` is false where tasks that need a supervisor on the premises would not
 * be cleared. Pure: windows are minutes on the location's clock.
 */
export function weeklyCoverage(arrangements: readonly CoveringArrangement[], { from = 6 * 60, to = 22 * 60, slot = 30 } = {}): CoverageSlot[][] {
  return [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
    const slots: CoverageSlot[] = [];
    for (let start = from; start < to; start += slot) {
      const present = arrangements.filter((a) => a.windows.some((w) => w.weekday === weekday && w.startMinute <= start && start + slot <= w.endMinute));
      const strongest = present.reduce<SupervisionLevel | null>((best, a) => (best === null || rank(a.level) > rank(best) ? a.level : best), null);
      slots.push({
        startMinute: start,
        level: strongest,
        supervisors: [...new Set(present.filter((a) => a.level === strongest).map((a) => a.supervisorName))],
        onSite: strongest !== null && strongest !== "telemedicine" && atLeastAsStrict(strongest, "on_premises"),
      });
    }
    return slots;
  });
}

const RANKS: Record<SupervisionLevel, number> = { none: 0, general: 1, telemedicine: 2, on_premises: 3, direct_visual: 4 };
function rank(level: SupervisionLevel): number {
  return RANKS[level];
}
