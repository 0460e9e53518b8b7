import { describe, expect, it } from "vitest";
import { languagesOffered } from "@/components/auth/language-choice";
import { LOCALES } from "@/lib/i18n/locales";

describe("the sign-in page's language link", () => {
  it("offers Spanish, named in Spanish, to an English page, and English to a Spanish one", () => {
    expect(languagesOffered("en")).toEqual([{ locale: "es", name: "Español" }]);
    expect(languagesOffered("es")).toEqual([{ locale: "en", name: "English" }]);
  });

  it.each(LOCALES)("never offers the language the page is already in (%s), and offers every other", (locale) => {
    const offered = languagesOffered(locale).map((o) => o.locale);
    expect(offered).not.toContain(locale);
    expect(offered).toHaveLength(LOCALES.length - 1);
  });
});
