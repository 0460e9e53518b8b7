import { z } from "zod";
import { safeReturnPath } from "@/lib/auth/return-to";
import { LOCALES } from "./locales";

/** The sign-in page's language link: one of our languages, and the page to come back to (checked as a return path). */
export const localeChoiceSchema = z.object({
  locale: z.enum(LOCALES, { error: "Choose one of the languages offered." }),
  returnTo: z.unknown().transform(safeReturnPath),
});
