import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { describeInterval, type Standing } from "./interval";

/** An exception as a list, a page title and a confirmation name it, in the reader's language. */
export type Described = Pick<Standing, "kind" | "providerName" | "reason" | "startsAt" | "endsAt" | "allDay"> & { timeZone: string };

/** "Away: Dr. Shah (MD), 2026-12-07 to 2026-12-11 (vacation)"; "Closed, 2026-11-26 (Thanksgiving)". */
export function describeException(e: Described, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "exceptions");
  const parts = { kind: t(`kind.${e.kind}`), interval: describeInterval(e, e.timeZone, locale), reason: e.reason };
  return e.providerName ? t("describe", { ...parts, provider: e.providerName }) : t("describeNoProvider", parts);
}
