import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { MESSAGES, type Messages, type Namespace } from "./messages";

/**
 * Words outside React: the engine's sentences, emails, exports. The same catalogs and ICU syntax as
 * the screens (next-intl), through use-intl's plain translator, so pure code stays free of Next.js.
 */
function make<NS extends Namespace>(locale: Locale, namespace: NS) {
  return createTranslator({
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
