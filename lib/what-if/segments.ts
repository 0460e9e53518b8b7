import type { Facts } from "@/lib/clearance/facts";
import { formatMinute } from "@/lib/clearance/supervision";
import { endOfLocalDay, instantFromWallClock, startOfLocalDay, wallClock } from "@/lib/time/zoned";

/**
 * The stretches of a period over which no answer can change: cut at every local midnight, every
 * start and end of a weekly window of any arrangement on record, every exception's start and end,
 * and the period's own ends. Deciding once per stretch (at its start) is deciding every minute.
 * Pure.
 */
export type Segment = { from: Date; to: Date };

export function segments(facts: readonly Facts[], from: Date, to: Date, timeZone: string, extra: readonly Date[] = []): Segment[] {
  const cuts = new Set<number>([from.getTime(), to.getTime(), ...extra.map((d) => d.getTime())]);
  const minutes = new Map<number, Set<number>>();
  const seen = new Set<unknown>();
  for (const f of facts) {
    for (const a of f.arrangements) {
      if (seen.has(a)) continue;
      seen.add(a);
      for (const w of a.windows) {
        const day = minutes.get(w.weekday) ?? new Set<number>();
        day.add(w.startMinute).add(w.endMinute);
        minutes.set(w.weekday, day);
      }
    }
    for (const e of f.exceptions) {
      if (seen.has(e)) continue;
      seen.add(e);
      cuts.add(new Date(e.effectiveFrom).getTime()).add(new Date(e.effectiveTo as string).getTime());
    }
  }
  for (let day = wallClock(from, timeZone).date; startOfLocalDay(day, timeZone) < to; day = wallClock(endOfLocalDay(day, timeZone), timeZone).date) {
    cuts.add(startOfLocalDay(day, timeZone).getTime());
    const weekday = wallClock(startOfLocalDay(day, timeZone), timeZone).weekday;
    for (const minute of minutes.get(weekday) ?? []) cuts.add(minute >= 1440 ? endOfLocalDay(day, timeZone).getTime() : instantFromWallClock(day, formatMinute(minute), timeZone).getTime());
  }
  const sorted = [...cuts].filter((t) => t >= from.getTime() && t <= to.getTime()).sort((a, b) => a - b);
  return sorted.slice(0, -1).map((t, i) => ({ from: new Date(t), to: new Date(sorted[i + 1]!) }));
}
