import { getLocale, getTranslations } from "next-intl/server";
import { languagesOffered } from "./language-choice";

/**
 * "Español" / "English" on the sign-in page: a form per language, so it works from the keyboard and
 * without JavaScript; /api/locale keeps the choice in a cookie and the page comes back in it.
 */
export async function LanguageLink({ returnTo }: { returnTo: string }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("signIn")]);
  return (
    <nav aria-label={t("language")} className="mt-3 flex justify-center gap-3">
      {languagesOffered(locale).map((offered) => (
        <form key={offered.locale} method="post" action="/api/locale">
          <input type="hidden" name="locale" value={offered.locale} />
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" lang={offered.locale} className="min-h-11 px-2 text-sm font-semibold text-brand-800 underline">
            {offered.name}
          </button>
        </form>
      ))}
    </nav>
  );
}
