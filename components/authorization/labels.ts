import { createTranslator } from "use-intl/core";
import english from "@/lib/i18n/messages/en/people.json" with { type: "json" };

/** The note's two sentences, in the reader's language (the grant form passes its translator). */
type NoteWords = (key: "grant.alreadyAll" | "grant.alreadyFor", values?: { names: string }) => string;

// English from the catalog itself, without shipping every language to the browser.
const ENGLISH: NoteWords = createTranslator({ locale: "en", messages: { people: english }, namespace: "people" });

/** How the grant form marks a task someone chosen already holds (a new grant leaves it as it is). */
export function alreadyAuthorizedNote(holderNames: readonly string[], chosenCount: number, t: NoteWords = ENGLISH): string {
  if (holderNames.length === 0) return "";
  if (chosenCount <= 1 || holderNames.length === chosenCount) return t("grant.alreadyAll");
  return t("grant.alreadyFor", { names: holderNames.join(", ") });
}
