import { UTCDate } from "@date-fns/utc";
import { addDays, addMonths, format } from "date-fns";

/**
 * Calendar dates ("YYYY-MM-DD"): completion and expiry dates, effective dates, employment periods.
 * They name a day on a location's calendar, not an instant, so they are stored as SQL `date` and
 * computed without any time zone (UTC is only the arithmetic's neutral ground). Month arithmetic
 * follows date-fns: 31 January + 1 month is 28 (or 29) February, never 3 March.
 */
export type CalendarDate = string;

const utc = (date: CalendarDate) => new UTCDate(`${date}T00:00:00Z`);
const iso = (date: Date) => format(date, "yyyy-MM-dd");

export function plusDays(date: CalendarDate, days: number): CalendarDate {
  return iso(addDays(utc(date), days));
}

export function plusMonths(date: CalendarDate, months: number): CalendarDate {
  return iso(addMonths(utc(date), months));
}

const DAY = 86_400_000;

/**
 * Days from `from` to `to` (positive when `to` is later). Calendar days in UTC have no daylight
 * saving, so this is plain arithmetic; it runs for every rule and record of every decision.
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** What a `date` column holds (midnight UTC, the driver's representation) for a calendar date. */
export function toDbDate(date: CalendarDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** The calendar date a `date` column returned. */
export function fromDbDate(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

export function fromDbDateOrNull(value: Date | null): CalendarDate | null {
  return value === null ? null : fromDbDate(value);
}

/** Periods end exclusive: the last day in force is the day before `effectiveTo`. */
export function lastDayOf(effectiveTo: CalendarDate): CalendarDate {
  return plusDays(effectiveTo, -1);
}

/** The exclusive end of a period whose last day is given (null: open-ended). */
export function endAfter(lastDay: CalendarDate | null): CalendarDate | null {
  return lastDay === null ? null : plusDays(lastDay, 1);
}

const readableFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" });

/** "1 Dec 2026": a calendar date, or a date column as stored (midnight UTC); null when it is not one. */
export function readableDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : readableFormat.format(d);
}
