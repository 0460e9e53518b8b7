import { IntlMessageFormat } from "intl-messageformat";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Messages, type Namespace } from "./messages";

/**
 * Words outside React: the engine's sentences, emails, exports. The same catalogs and ICU syntax as
 * the screens (next-intl), through use-intl's plain translator, so pure code stays free of Next.js.
 */
function make<NS extends Namespace>(locale: Locale, namespace: NS) {
  return createTranslator({
    _formatters: formattersFor(locale),
    locale,
    messages: MESSAGES[locale] as Messages,
    namespace,
    timeZone: "UTC",
    // A message with a missing argument is a defect: loud in tests, a logged fallback elsewhere.
    onError(error) {
      if (process.env.NODE_ENV === "test") throw error;
      console.error(error);
    },
  });
}

type Formatters = NonNullable<Parameters<typeof createTranslator>[0]["_formatters"]>;
type MessageFormatter = NonNullable<Formatters["getMessageFormat"]>;

const formatters = new Map<Locale, Formatters>();

/**
 * One language's formatters, shared by its translators. use-intl finds a parsed message again by
 * the JSON of everything it was made with (the message, the language, every date format), written
 * out on each call: on a page of answers that was a tenth of the request. Here the language and
 * formats are the same for every message (no caller passes formats of its own), so the message's
 * text is key enough.
 */
function formattersFor(locale: Locale): Formatters {
  let made = formatters.get(locale);
  if (!made) {
    const intl = _createIntlFormatters(_createCache());
    const parsed = new Map<string, IntlMessageFormat>();
    made = {
      ...intl,
      getMessageFormat(...[message, locales, formats, options]: Parameters<MessageFormatter>) {
        const key = typeof message === "string" ? message : JSON.stringify(message);
        let format = parsed.get(key);
        if (!format) {
          format = new IntlMessageFormat(message, locales, formats, { formatters: intl, ...options });
          parsed.set(key, format);
        }
        return format;
      },
    };
    formatters.set(locale, made);
  }
  return made;
}

export type Translate<NS extends Namespace> = ReturnType<typeof make<NS>>;

const made = new Map<string, unknown>();

/** The translator for one namespace in one language (made once per process: it caches parsed messages). */
export function translatorFor<NS extends Namespace>(locale: Locale, namespace: NS): Translate<NS> {
  const key = `${locale}:${namespace}`;
  let t = made.get(key) as Translate<NS> | undefined;
  if (!t) {
    t = make(locale, namespace);
    made.set(key, t);
  }
  return t;
}

/** English words, for callers that speak to no one in particular (logs, the audit trail, exports). */
export function englishTranslator<NS extends Namespace>(namespace: NS): Translate<NS> {
  return translatorFor(DEFAULT_LOCALE, namespace);
}
