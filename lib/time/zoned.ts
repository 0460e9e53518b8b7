/**
 * Wall-clock time at a location. Every calendar date and time of day in Cleared belongs to a
 * location and is read in its IANA time zone, daylight saving included. Pure (Intl only).
 */
export type WallClock = { weekday: number; minute: number; date: string; time: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    formatters.set(timeZone, f);
  }
  return f;
}

// Intl formatting costs microseconds and the same instants recur (a record's dates are read for
// every task decided about it), so results are kept, up to a bound.
const cache = new Map<string, WallClock>();
const CACHE_LIMIT = 10_000;

export function wallClock(moment: Date, timeZone: string): WallClock {
  const key = `${timeZone}|${Math.floor(moment.getTime() / 60_000)}`;
  let wall = cache.get(key);
  if (!wall) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    wall = computeWallClock(moment, timeZone);
    cache.set(key, wall);
  }
  return wall;
}

function computeWallClock(moment: Date, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(moment)) parts[part.type] = part.value;
  const hour = parts.hour as string;
  return Object.freeze({
    weekday: WEEKDAYS[parts.weekday as string] as number,
    minute: Number(hour) * 60 + Number(parts.minute),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${hour}:${parts.minute}`,
  });
}

/** Offset of the zone from UTC at an instant, in minutes (Los Angeles in winter: -480). */
function offsetMinutes(moment: Date, timeZone: string): number {
  const wall = wallClock(moment, timeZone);
  const [y, m, d] = wall.date.split("-").map(Number) as [number, number, number];
  const asUtc = Date.UTC(y, m - 1, d, Math.floor(wall.minute / 60), wall.minute % 60);
  return Math.round((asUtc - Math.floor(moment.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant a location's clock shows `date` `time`. A time skipped by a daylight-saving change
 * (02:30 on the spring-forward night) is read as the same time after the change; a time that occurs
 * twice (01:30 on the fall-back night) as its first occurrence.
 */
export function instantFromWallClock(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const naive = Date.UTC(y, m - 1, d, hh, mm);
  const candidates = new Set([offsetMinutes(new Date(naive - 12 * 3_600_000), timeZone), offsetMinutes(new Date(naive + 12 * 3_600_000), timeZone)]);
  const matches = [...candidates]
    .map((offset) => new Date(naive - offset * 60_000))
    .filter((instant) => {
      const wall = wallClock(instant, timeZone);
      return wall.date === date && wall.time === time;
    })
    .sort((a, b) => a.getTime() - b.getTime());
  if (matches[0]) return matches[0];
  // Skipped by the change: use the offset in force before it, which lands after the gap.
  const before = offsetMinutes(new Date(naive - 12 * 3_600_000), timeZone);
  return new Date(naive - before * 60_000);
}

/** Midnight at the start of a local calendar date. */
export function startOfLocalDay(date: string, timeZone: string): Date {
  return instantFromWallClock(date, "00:00", timeZone);
}

/**
 * The end of an inclusive "last day": midnight at the start of the next local day, which is how
 * effective periods (end exclusive) are stored.
 */
export function endOfLocalDay(date: string, timeZone: string): Date {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfLocalDay(next.toISOString().slice(0, 10), timeZone);
}

/** "America/Los_Angeles, Pacific Standard Time": the zone and its name at that instant, for form labels. */
export function zoneLabel(timeZone: string, moment: Date): string {
  return `${timeZone}, ${zoneName(timeZone, moment)}`;
}

const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "Pacific Daylight Time" (or "PDT" when short): the zone's name as it applies at that instant, in
 * the language of an Intl tag (lib/i18n/format.ts `zoneNameIn` picks it for a reader).
 */
export function zoneName(timeZone: string, moment: Date, style: "long" | "short" = "long", intlTag = "en-US"): string {
  const key = `${intlTag}|${timeZone}|${style}`;
  let f = zoneNameFormatters.get(key);
  if (!f) zoneNameFormatters.set(key, (f = new Intl.DateTimeFormat(intlTag, { timeZone, timeZoneName: style })));
  return f.formatToParts(moment).find((p) => p.type === "timeZoneName")?.value ?? timeZone;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return /\//.test(timeZone) || timeZone === "UTC";
  } catch {
    return false;
  }
}

type DayOnClock = { offsetMs: number; abbreviation: string } | null;
const days = new Map<string, DayOnClock>();

/**
 * "2026-03-14 10:40 PDT": an instant on a zone's clock with the zone's abbreviation then, for
 * reports that print many instants. The zone's offset is looked up once per UTC day (the same at
 * both ends of the day: zones change offset at most twice a year, never twice in a day) and the
 * rest is arithmetic; a day on which the offset changes is read through `wallClock` itself.
 */
export function formatInZone(moment: Date, timeZone: string): string {
  const ms = moment.getTime();
  const start = Math.floor(ms / 86_400_000) * 86_400_000;
  const key = `${timeZone}|${start}`;
  let day = days.get(key);
  if (day === undefined) {
    if (days.size >= CACHE_LIMIT) days.clear();
    const first = offsetMinutes(new Date(start), timeZone);
    const last = offsetMinutes(new Date(start + 86_399_999), timeZone);
    day = first === last ? { offsetMs: first * 60_000, abbreviation: zoneName(timeZone, new Date(start), "short") } : null;
    days.set(key, day);
  }
  if (day === null) {
    const wall = wallClock(moment, timeZone);
    return `${wall.date} ${wall.time} ${zoneName(timeZone, moment, "short")}`;
  }
  // The instant shifted by the offset reads, in UTC, as the zone's clock shows it.
  return `${new Date(ms + day.offsetMs).toISOString().slice(0, 16).replace("T", " ")} ${day.abbreviation}`;
}
