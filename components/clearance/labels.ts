import type { Answer, FactorStatus } from "@/lib/clearance/decide";
import type { TaskCategory } from "@/lib/clearance/facts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

export const CATEGORY_ORDER: TaskCategory[] = ["clinical", "clinical_support", "communication", "documentation", "administrative"];

export function categoryLabel(category: TaskCategory, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "common")(`category.${category}`);
}

/** The categories' English names, for the reference pages that are not translated yet. */
export const CATEGORY_LABELS = Object.fromEntries(CATEGORY_ORDER.map((c) => [c, categoryLabel(c)])) as Record<TaskCategory, string>;

/** The answer in one word; not cleared only for want of a supervisor at this hour is "Outside hours". */
export function answerWord(answer: Answer, outsideHours = false, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "common")(outsideHours && answer === "not_cleared" ? "answer.outside_hours" : `answer.${answer}`);
}

export function factorStatusWord(status: FactorStatus, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "common")(`factorStatus.${status}`);
}

/** For the person's record page, which is not translated yet. */
export const ANSWER_LABELS = { invalidMoment: translatorFor(DEFAULT_LOCALE, "common")("invalidMoment") } as const;
