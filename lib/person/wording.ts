import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import type { ListNotice } from "./schema";

/**
 * The People list's notice about a link it could not follow as given, in one language. The words
 * are in the "people" catalog; the notice only says which parameter and what went wrong.
 */
export function noticeSayer(locale: Locale): (notice: ListNotice) => string {
  const t = translatorFor(locale, "people");
  return (notice) => t(`notice.${notice.code}`, { param: t(`notice.param.${notice.param}`), fallback: t(`notice.fallback.${notice.param}`) });
}

/** In English, the words the unit tests and the logs read. */
export const noticeText = noticeSayer(DEFAULT_LOCALE);
