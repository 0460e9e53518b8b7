import type { Messages, Namespace } from "./messages";

type Leaves<T, P extends string> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`> }[keyof T & string];

/** Any message in the English catalog, named "namespace.path.key". */
export type MessageKey = { [NS in Namespace]: Leaves<Messages[NS], `${NS}.`> }[Namespace];

/** An argument of a said message: text as entered, a number, or another said message (a field's label). */
export type SaidValue = string | number;

// A character no one types and no catalog holds: it marks a string as a message still to be worded.
const MARK = "\uE000";

/**
 * A message for someone whose language is not known yet: a zod schema's messages are made once, at
 * load, and a mutation's outcome is worded by whoever shows it. The string carries the catalog key
 * and its arguments; `localize` (lib/i18n/localize.ts) words it where the reader's language is known.
 * It is a plain string so that it travels where zod and `Outcome` carry messages; it is never built
 * into a longer string (concatenation would hide it): pass it as an argument of another message.
 */
export function say(key: MessageKey, values?: Record<string, SaidValue>): string {
  return MARK + JSON.stringify(values ? [key, values] : [key]);
}

/** The key and arguments of a said message, or null for text as entered. */
export function heard(text: string): { key: MessageKey; values: Record<string, SaidValue> } | null {
  if (!text.startsWith(MARK)) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(MARK.length));
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string") return null;
    const values = parsed[1];
    return { key: parsed[0] as MessageKey, values: values && typeof values === "object" ? (values as Record<string, SaidValue>) : {} };
  } catch {
    return null;
  }
}
