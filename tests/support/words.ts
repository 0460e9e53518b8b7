import { localize, localizeFields } from "@/lib/i18n/localize";

/**
 * What a reader would see of a message a schema or mutation said (lib/i18n/said.ts): tests assert
 * words, as a person reads them, not the key a message travels as.
 */
export const english = (message: string | undefined): string | undefined => (message === undefined ? undefined : localize(message, "en"));
export const spanish = (message: string | undefined): string | undefined => (message === undefined ? undefined : localize(message, "es"));
export const englishFields = (fields: Record<string, string> | undefined) => localizeFields(fields, "en");

/** The first issue's message of a failed parse, in English. */
export const firstIssue = (result: { error?: { issues: { message: string }[] } }, language: "en" | "es" = "en"): string | undefined => {
  const message = result.error?.issues[0]?.message;
  return message === undefined ? undefined : localize(message, language);
};

/** A mutation's outcome (or an action's state) as an English reader sees it: its message and field errors worded. */
export const englishOutcome = <O extends { message?: string; fieldErrors?: Record<string, string> }>(outcome: O): O => ({
  ...outcome,
  ...(outcome.message !== undefined ? { message: english(outcome.message) } : {}),
  ...(outcome.fieldErrors ? { fieldErrors: englishFields(outcome.fieldErrors) } : {}),
});
