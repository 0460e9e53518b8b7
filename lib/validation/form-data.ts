import type { z } from "zod";
import { say } from "@/lib/i18n/said";
import { hasControlCharacters } from "./fields";

/**
 * FormData as a plain object for zod: repeated keys (multi-selects, checkbox groups) become arrays,
 * and keys that could pollute prototypes are dropped.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null);
  for (const [key, value] of formData.entries()) {
    if (key === "__proto__" || key === "constructor" || key === "prototype" || key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else result[key] = [existing, value];
  }
  return { ...result };
}

/** The first message per field, keyed by the field's path ("email", "windows.0.start"). */
export function zodFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    fields[key] ??= issue.message;
  }
  return fields;
}

export const CONTROL_CHARACTER_MESSAGE = say("forms.field.controlCharacters");

/**
 * Every field of a form or query (its name or any of its values) holding a control character, with
 * the message to show. Checked before any schema, for every form and query, so that no field a
 * schema forgot to guard carries one into the database, which would refuse the query with an error.
 */
export function controlCharacterErrors(raw: Record<string, unknown>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const values = Array.isArray(value) ? value : [value];
    if (hasControlCharacters(key) || values.some((v) => typeof v === "string" && hasControlCharacters(v))) errors[key] = CONTROL_CHARACTER_MESSAGE;
  }
  return errors;
}
