import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";

/**
 * The languages Cleared speaks, and which one a request gets. Pure: the request's cookie, header and
 * the signed-in user's choice come in as arguments (lib/i18n/request.ts reads them).
 */
export const LOCALES = ["en", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español" };

/** The cookie a signed-out visitor's choice is kept in (the sign-in page's language link), for a year. */
export const LOCALE_COOKIE = "cleared-locale";
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The best of our languages for an Accept-Language header ("es-MX,es;q=0.9" -> es), or the default. */
export function browserLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const asked = new Negotiator({ headers: { "accept-language": acceptLanguage } }).languages().filter((tag) => tag !== "*");
  if (asked.length === 0) return DEFAULT_LOCALE;
  try {
    const chosen = match(asked, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  } catch {
    // A malformed tag in the header: the header says nothing usable.
    return DEFAULT_LOCALE;
  }
}

/** A signed-in user's choice wins; then the visitor's cookie; then the browser's languages. */
export function resolveLocale(input: { preference: string | null | undefined; cookie: string | null | undefined; acceptLanguage: string | null | undefined }): Locale {
  if (isLocale(input.preference)) return input.preference;
  if (isLocale(input.cookie)) return input.cookie;
  return browserLocale(input.acceptLanguage);
}
