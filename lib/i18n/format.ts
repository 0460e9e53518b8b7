import { zoneName } from "@/lib/time/zoned";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * Dates and numbers as each language writes them. English keeps the app's day-month order and
 * 24-hour clock ("3 March 2026", "13:00"); Spanish writes "3 de marzo de 2026". Values are
 * calendar dates (YYYY-MM-DD) and are formatted as such, never shifted by a time zone.
 */
const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", es: "es" };

const longDates = new Map<Locale, Intl.DateTimeFormat>();

function longDateFormat(locale: Locale): Intl.DateTimeFormat {
  let format = longDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    longDates.set(locale, format);
  }
  return format;
}

/** "2026-03-03" -> "3 March 2026" / "3 de marzo de 2026"; anything that is not a calendar date is returned as it is. */
export function longDate(date: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // 2026-02-30 would roll over into March: not a calendar date.
  return at.getUTCDate() === Number(m[3]) && at.getUTCMonth() === Number(m[2]) - 1 ? longDateFormat(locale).format(at) : date;
}

/** 1234.5 -> "1,234.5" / "1234,5" (at most one decimal: hours and counts are shown that way). */
export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 1 }).format(n);
}

/** The locale the browser's own Intl APIs should use for this language. */
export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/**
 * A time zone's name as it applies at that instant, in the reader's language ("Pacific Daylight
 * Time", "hora de verano del Pacífico"); English keeps the names it has always printed. A zone
 * Intl cannot name is given by its IANA id.
 */
export function zoneNameIn(timeZone: string, moment: Date, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? zoneName(timeZone, moment) : zoneName(timeZone, moment, "long", INTL_LOCALE[locale]);
}

const disjunctions = new Map<Locale, Intl.ListFormat>();

/** ["MD", "DO", "PA"] -> "MD, DO or PA" / "MD, DO o PA": any one of them. */
export function anyOf(items: readonly string[], locale: Locale): string {
  let format = disjunctions.get(locale);
  if (!format) disjunctions.set(locale, (format = new Intl.ListFormat(INTL_LOCALE[locale], { type: "disjunction" })));
  return format.format(items);
}
