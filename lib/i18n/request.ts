import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { LOCALE_COOKIE, resolveLocale, type Locale } from "./locales";
import { MESSAGES } from "./messages";

/**
 * next-intl's request configuration (named in next.config.ts): which language this request is
 * answered in. Like the guard, this is where HTTP meets the domain, so it reads Next.js's headers.
 * The actor is the one the guard reads for the page (one statement per request, cached).
 */
export async function requestLocale(known?: { locale?: string | null } | null): Promise<Locale> {
  // A route that has its actor already passes it: outside a page render there is no cache to share.
  const [actor, jar, h] = await Promise.all([known === undefined ? currentActor().catch(() => null) : known, cookies(), headers()]);
  return resolveLocale({ preference: actor?.locale, cookie: jar.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") });
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
