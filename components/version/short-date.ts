import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * "13 Jan 2025" / "13 ene 2025": a calendar date, or a date column as stored, short and in words in
 * the viewer's language. English as lib/time/calendar's readableDate writes it (the same en-GB
 * format); anything that is not a date is returned as it is.
 */
export function shortDate(value: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(at.getTime())) return value;
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: "UTC", day: "numeric", month: "short", year: "numeric" })));
  return format.format(at);
}
