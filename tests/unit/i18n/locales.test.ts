import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { longDate, formatNumber } from "@/lib/i18n/format";
import { browserLocale, LOCALES, resolveLocale } from "@/lib/i18n/locales";

describe("the browser's language", () => {
  it.each([
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["es-419", "es"],
    ["en-US,en;q=0.9,es;q=0.8", "en"],
    ["fr-FR,es;q=0.5", "es"],
    ["fr-FR", "en"],
    ["*", "en"],
    ["", "en"],
    ["q=;;,,not a tag", "en"],
  ])("%j gives %s", (header, expected) => {
    expect(browserLocale(header)).toBe(expected);
  });

  test.prop([fc.string()])("any header gives one of our languages", (header) => {
    expect(LOCALES).toContain(browserLocale(header));
  });
});

describe("which language a request gets", () => {
  it("follows the user's choice over the cookie and the browser", () => {
    expect(resolveLocale({ preference: "es", cookie: "en", acceptLanguage: "en-US" })).toBe("es");
    expect(resolveLocale({ preference: "en", cookie: "es", acceptLanguage: "es-MX" })).toBe("en");
  });

  it("follows the cookie, then the browser, when the user chose nothing", () => {
    expect(resolveLocale({ preference: null, cookie: "es", acceptLanguage: "en-US" })).toBe("es");
    expect(resolveLocale({ preference: null, cookie: undefined, acceptLanguage: "es-MX" })).toBe("es");
    expect(resolveLocale({ preference: null, cookie: null, acceptLanguage: null })).toBe("en");
  });

  it("ignores a value that is not one of our languages", () => {
    expect(resolveLocale({ preference: "de", cookie: "xx", acceptLanguage: "es" })).toBe("es");
  });
});

describe("dates and numbers per language", () => {
  it("writes calendar dates as each language does", () => {
    expect(longDate("2026-03-03", "en")).toBe("3 March 2026");
    expect(longDate("2026-03-03", "es")).toBe("3 de marzo de 2026");
    expect(longDate("2026-12-31", "es")).toBe("31 de diciembre de 2026");
  });

  it("returns what is not a calendar date unchanged", () => {
    expect(longDate("soon", "es")).toBe("soon");
    expect(longDate("2026-02-30", "en")).toBe("2026-02-30");
  });

  it("writes numbers with each language's separators", () => {
    expect(formatNumber(12345.5, "en")).toBe("12,345.5");
    expect(formatNumber(12345.5, "es")).toBe("12.345,5");
    expect(formatNumber(2.25, "es")).toBe("2,3");
  });

  test.prop([fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T00:00:00Z"), noInvalidDate: true }), fc.constantFrom(...LOCALES)])(
    "a calendar date keeps its day and year in every zone",
    (at, locale) => {
      const iso = at.toISOString().slice(0, 10);
      const text = longDate(iso, locale);
      expect(text).toContain(String(at.getUTCFullYear()));
      expect(text.startsWith(String(at.getUTCDate()))).toBe(true);
    },
  );
});
