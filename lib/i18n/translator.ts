import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, type createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Messages, type Namespace } from "./messages";

/**
 * Words outside React: the engine's sentences, emails, exports. The same catalogs and ICU syntax as
 * the screens (next-intl), and the same formatter underneath (intl-messageformat), so pure code
 * stays free of Next.js. Typed as use-intl's translator: keys and arguments are checked against the
 * English catalog.
 *
 * Not through use-intl's own translator: on every call it rebuilds the date formats, copies the
 * formatters and finds its parsed message again by the JSON of all of that; a page of answers makes
 * some hundreds of sentences, and that was a tenth of the request (22 µs a sentence against 7 µs
 * for the formatting itself). Here each message is parsed once per process and language, and
 * formatted with use-intl's cached Intl formatters, in UTC like the screens' server-side words. Its
 * words are use-intl's, message for message (tests/unit/i18n/translator.test.ts).
 */
export type Translate<NS extends Namespace> = ReturnType<typeof createTranslator<Messages, NS>>;

type Values = Record<string, unknown>;

const UTC_FORMATS = {
  date: Object.fromEntries(Object.entries(IntlMessageFormat.formats.date).map(([name, format]) => [name, { timeZone: "UTC", ...format }])),
  time: Object.fromEntries(Object.entries(IntlMessageFormat.formats.time).map(([name, format]) => [name, { timeZone: "UTC", ...format }])),
};

const formatters = new Map<Locale, ReturnType<typeof _createIntlFormatters>>();

function formattersFor(locale: Locale) {
  let made = formatters.get(locale);
  if (!made) formatters.set(locale, (made = _createIntlFormatters(_createCache())));
  return made;
}

// A message with a missing argument is a defect: loud in tests, a logged fallback elsewhere.
function failed(key: string, error: unknown): string {
  if (process.env.NODE_ENV === "test") throw error;
  console.error(error);
  return key;
}

type Words = ReturnType<IntlMessageFormat["format"]>;

function make(locale: Locale, namespace: Namespace) {
  const messages = MESSAGES[locale] as unknown as Record<string, unknown>;
  const parsed = new Map<string, IntlMessageFormat>();
  const messageAt = (key: string): unknown => `${namespace}.${key}`.split(".").reduce<unknown>((node, part) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
  const words = (key: string, values?: Values): Words | string => {
    const path = `${namespace}.${key}`;
    try {
      let format = parsed.get(key);
      if (!format) {
        const message = messageAt(key);
        if (typeof message !== "string") throw new Error(`MISSING_MESSAGE: Could not resolve \`${path}\` in messages for locale \`${locale}\`.`);
        format = new IntlMessageFormat(message, locale, UTC_FORMATS, { formatters: formattersFor(locale) });
        parsed.set(key, format);
      }
      return format.format(values as Parameters<IntlMessageFormat["format"]>[0]);
    } catch (error) {
      return failed(path, error);
    }
  };
  // Tags given as functions that return text (markup) come back as parts: joined, as use-intl does.
  const text = (result: Words | string) => (Array.isArray(result) && result.every((part) => typeof part === "string") ? result.join("") : result);
  const t = (key: string, values?: Values) => String(text(words(key, values)));
  t.rich = (key: string, values?: Values) => text(words(key, values));
  t.markup = t;
  t.has = (key: string) => typeof messageAt(key) === "string";
  t.raw = (key: string) => messageAt(key);
  return t;
}

const made = new Map<string, unknown>();

/** The translator for one namespace in one language (made once per process). */
export function translatorFor<NS extends Namespace>(locale: Locale, namespace: NS): Translate<NS> {
  const key = `${locale}:${namespace}`;
  let t = made.get(key) as Translate<NS> | undefined;
  if (!t) {
    t = make(locale, namespace) as unknown as Translate<NS>;
    made.set(key, t);
  }
  return t;
}

/** English words, for callers that speak to no one in particular (logs, the audit trail, exports). */
export function englishTranslator<NS extends Namespace>(namespace: NS): Translate<NS> {
  return translatorFor(DEFAULT_LOCALE, namespace);
}
