import type { ExceptionKind } from "@/lib/clearance/facts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { endOfLocalDay, instantFromWallClock, startOfLocalDay, wallClock } from "@/lib/time/zoned";

/**
 * The instants an exception covers, and how it reads, on the location's clock. Pure. Whole days run
 * from local midnight to local midnight (23 or 25 hours on daylight-saving days); hours run from a
 * start to an end that may be on a later day ("22:00 to 02:00 the next day" is entered with a last
 * day), and an end of 00:00 or 24:00 means midnight at the end of that day.
 */
export type Interval = { startsAt: Date; endsAt: Date; allDay: boolean };
export type IntervalFields = { span: "days" | "hours"; fromDate: string; toDate: string | null; startTime: string | null; endTime: string | null };

const MAX_DAYS = 366;

export function intervalOf(fields: IntervalFields, timeZone: string, locale: Locale = DEFAULT_LOCALE): { ok: true; interval: Interval } | { ok: false; field: string; message: string } {
  const t = translatorFor(locale, "exceptions");
  const lastDay = fields.toDate ?? fields.fromDate;
  let interval: Interval;
  if (fields.span === "days") {
    interval = { startsAt: startOfLocalDay(fields.fromDate, timeZone), endsAt: endOfLocalDay(lastDay, timeZone), allDay: true };
  } else {
    const start = fields.startTime as string;
    const end = fields.endTime as string;
    const endsAt = end === "00:00" || end === "24:00" ? endOfLocalDay(lastDay, timeZone) : instantFromWallClock(lastDay, end, timeZone);
    interval = { startsAt: instantFromWallClock(fields.fromDate, start, timeZone), endsAt, allDay: false };
    if (interval.endsAt <= interval.startsAt) {
      return { ok: false, field: "endTime", message: t("interval.endsBeforeStart", { end: `${lastDay} ${end}`, start: `${fields.fromDate} ${start}` }) };
    }
  }
  if (interval.endsAt.getTime() - interval.startsAt.getTime() > MAX_DAYS * 86_400_000) {
    return { ok: false, field: "toDate", message: t("interval.tooLong") };
  }
  return { ok: true, interval };
}

/**
 * "2026-12-07 to 2026-12-11", "2026-12-07", "2026-12-07 09:00–12:00" or "2026-12-07 22:00 to 2026-12-08 02:00"
 * ("… a …" in Spanish; the dates and the 24-hour times read the same in every language).
 */
export function describeInterval(interval: Interval, timeZone: string, locale: Locale = DEFAULT_LOCALE): string {
  const range = (from: string, to: string) => translatorFor(locale, "exceptions")("interval.range", { from, to });
  if (interval.allDay) {
    const first = wallClock(interval.startsAt, timeZone).date;
    const last = wallClock(new Date(interval.endsAt.getTime() - 1), timeZone).date;
    return first === last ? first : range(first, last);
  }
  const start = wallClock(interval.startsAt, timeZone);
  const end = wallClock(interval.endsAt, timeZone);
  const endTime = end.time === "00:00" ? "24:00" : end.time;
  const sameDay = end.date === start.date || (end.time === "00:00" && wallClock(new Date(interval.endsAt.getTime() - 1), timeZone).date === start.date);
  return sameDay ? `${start.date} ${start.time}–${endTime}` : range(`${start.date} ${start.time}`, `${end.date} ${end.time}`);
}

export type Standing = Interval & { lineageId: string; version: number; kind: ExceptionKind; providerId: string | null; providerName: string | null; reason: string; level: string | null };

/**
 * What a new or changed exception would contradict among those standing at the location (its own
 * lineage left out): the same provider away twice, away during their own extra session, an extra
 * session while the location is closed, two closures at once. Null when nothing.
 */
export type Candidate = Interval & { lineageId: string | null; kind: ExceptionKind; providerId: string | null };

export function contradiction(standing: readonly Standing[], candidate: Candidate, timeZone: string, locale: Locale = DEFAULT_LOCALE): string | null {
  const t = translatorFor(locale, "exceptions");
  for (const other of standing) {
    if (other.lineageId === candidate.lineageId) continue;
    if (!(other.startsAt < candidate.endsAt && candidate.startsAt < other.endsAt)) continue;
    const when = `${describeInterval(other, timeZone, locale)} (${other.reason})`;
    const who = other.providerName ?? t("interval.someProvider");
    const same = other.providerId === candidate.providerId;
    if (other.kind === candidate.kind && same) {
      return t(other.kind === "absence" ? "interval.alreadyAway" : other.kind === "closure" ? "interval.alreadyClosed" : "interval.alreadySession", { who, when });
    }
    if (same && new Set([other.kind, candidate.kind]).size === 2 && other.kind !== "closure" && candidate.kind !== "closure") {
      return t(other.kind === "absence" ? "interval.awayNoSession" : "interval.sessionNotAway", { who, when });
    }
    if (other.kind === "closure" && candidate.kind === "extra_session") return t("interval.closedNoSession", { when });
    if (other.kind === "extra_session" && candidate.kind === "closure") return t("interval.sessionNoClosure", { who, when });
  }
  return null;
}
