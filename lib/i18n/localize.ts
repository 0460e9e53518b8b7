import type { Locale } from "./locales";
import type { Namespace } from "./messages";
import { heard, type SaidValue } from "./said";
import { translatorFor } from "./translator";

type Loose = (key: string, values?: Record<string, SaidValue>) => string;

/**
 * A said message (lib/i18n/said.ts) in the reader's language; any other text is returned as it is
 * (a name, a reason someone typed). Arguments that are said messages themselves (a field's label)
 * are worded first.
 */
export function localize(text: string, locale: Locale): string {
  const said = heard(text);
  if (!said) return text;
  const dot = said.key.indexOf(".");
  const t = translatorFor(locale, said.key.slice(0, dot) as Namespace) as unknown as Loose;
  const values: Record<string, SaidValue> = {};
  for (const [name, value] of Object.entries(said.values)) values[name] = typeof value === "string" ? localize(value, locale) : value;
  return t(said.key.slice(dot + 1), values);
}

/** Each message of a form's field errors, worded for the reader. */
export function localizeFields(fields: Record<string, string>, locale: Locale): Record<string, string>;
export function localizeFields(fields: Record<string, string> | undefined, locale: Locale): Record<string, string> | undefined;
export function localizeFields(fields: Record<string, string> | undefined, locale: Locale): Record<string, string> | undefined {
  if (!fields) return fields;
  return Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, localize(message, locale)]));
}
