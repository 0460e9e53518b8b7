import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A moment (a last sign-in) in UTC, written as the reader's language writes it. English keeps the
 * form the user page has always shown ("Tue, 01 Dec 2026 20:53:53 GMT").
 */
export function utcMoment(at: Date, locale: Locale): string {
  if (locale === "en") return at.toUTCString();
  return new Intl.DateTimeFormat(intlLocale(locale), {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(at);
}
