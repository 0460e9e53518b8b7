import { longDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { wallClock } from "@/lib/time/zoned";

/**
 * A calendar day as the profile shows it. English keeps the ISO day ("2026-03-14") these screens
 * (and their end-to-end tests) have always shown; other languages get their long form
 * ("14 de marzo de 2026"), which reads more naturally than an ISO date.
 */
export function shownDay(date: string, locale: Locale): string {
  return locale === "en" ? date : longDate(date, locale);
}

/** "2026-03-14 09:05": when something was recorded, on the organization's clock. */
export function localMoment(iso: string, timeZone: string, locale: Locale): string {
  const wall = wallClock(new Date(iso), timeZone);
  return `${shownDay(wall.date, locale)} ${wall.time}`;
}
