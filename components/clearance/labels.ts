import type { Answer, FactorStatus } from "@/lib/clearance/decide";
import type { TaskCategory } from "@/lib/clearance/facts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const CATEGORY_ORDER: TaskCategory[] = ["clinical", "clinical_support", "communication", "documentation", "administrative"];

export function categoryLabel(category: TaskCategory, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "common")(`category.${category}`);
}


/** The answer in one word; not cleared only for want of a supervisor at this hour is "Outside hours". */
export function answerWord(answer: Answer, outsideHours = false, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "common")(outsideHours && answer === "not_cleared" ? "answer.outside_hours" : `answer.${answer}`);
}

export function factorStatusWord(status: FactorStatus, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "common")(`factorStatus.${status}`);
}

