import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

/** The languages the sign-in page offers besides the one it is in, each named in itself. */
export function languagesOffered(current: Locale): { locale: Locale; name: string }[] {
  return LOCALES.filter((locale) => locale !== current).map((locale) => ({ locale, name: LOCALE_NAMES[locale] }));
}
