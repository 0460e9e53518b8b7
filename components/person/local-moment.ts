import { wallClock } from "@/lib/time/zoned";

/** "2026-03-14 09:05": when something was recorded, on the organization's clock. */
export function localMoment(iso: string, timeZone: string): string {
  const wall = wallClock(new Date(iso), timeZone);
  return `${wall.date} ${wall.time}`;
}
