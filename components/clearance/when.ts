import { longDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/**
 * A location's calendar date as an answer names it. English keeps the ISO date its screens, printed
 * answers and bookmarked links have always shown ("2026-03-03"); other languages write it out
 * ("3 de marzo de 2026").
 */
export function answerDate(date: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? date : longDate(date, locale);
}
