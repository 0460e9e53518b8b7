import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import englishEngine from "@/lib/i18n/messages/en/engine.json" with { type: "json" };
import { translatorFor } from "@/lib/i18n/translator";

/**
 * MA credentials. A state credential tier is who the person is under state law (Washington's
 * MA-C, MA-R, ...); a certification is a private credential (CMA, RMA, ...) that a rule or policy may
 * demand as a prerequisite. Neither ever grants a task by itself. Their labels are the "engine"
 * catalog's; the English lists below are what staff forms offer.
 */
export const CREDENTIAL_TIER_LABELS: Readonly<Record<string, string>> = englishEngine.tier;

export const CERTIFICATION_TYPES: Readonly<Record<string, string>> = englishEngine.certification;

export function tierLabel(tier: string): string {
  return tierLabelIn(tier, DEFAULT_LOCALE);
}

export function certificationLabel(code: string): string {
  return certificationLabelIn(code, DEFAULT_LOCALE);
}

/** A tier's label in a language (the engine's sentences); an unknown code as it is. */
export function tierLabelIn(tier: string, locale: Locale): string {
  return Object.hasOwn(CREDENTIAL_TIER_LABELS, tier) ? translatorFor(locale, "engine")(`tier.${tier as keyof typeof englishEngine.tier}`) : tier;
}

export function certificationLabelIn(code: string, locale: Locale): string {
  return Object.hasOwn(CERTIFICATION_TYPES, code) ? translatorFor(locale, "engine")(`certification.${code as keyof typeof englishEngine.certification}`) : code;
}

const PROVIDER_TYPE_LABELS: Readonly<Record<string, string>> = {
  MD: "MD (physician)",
  DO: "DO (osteopathic physician)",
  DPM: "DPM (podiatrist)",
  PA: "PA (physician assistant)",
  NP: "NP (nurse practitioner)",
  CNM: "CNM (certified nurse-midwife)",
};

export function providerTypeLabel(type: string): string {
  return PROVIDER_TYPE_LABELS[type] ?? type;
}
