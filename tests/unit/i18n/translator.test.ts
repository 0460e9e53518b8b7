import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES, type Namespace } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

type Tree = { [key: string]: Tree | string };
type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }>; children?: Element[] };

// The ICU parser's element kinds (@formatjs/icu-messageformat-parser's TYPE).
const NUMBER = 2, DATE = 3, TIME = 4, SELECT = 5, PLURAL = 6, TAG = 8;

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

/** Arguments for every placeholder of a message, one set per choice of each select (and a few plural counts). */
function argumentSets(message: string): Record<string, unknown>[] {
  const base: Record<string, unknown> = {};
  const choices: [string, unknown[]][] = [];
  const visit = (elements: Element[]) => {
    for (const e of elements) {
      if (!e.value && e.type !== TAG) continue;
      if (e.type === SELECT) choices.push([e.value!, Object.keys(e.options!)]);
      else if (e.type === PLURAL) choices.push([e.value!, [0, 1, 2, 5, 21]]);
      else if (e.type === NUMBER) base[e.value!] = 12345.5;
      else if (e.type === DATE || e.type === TIME) base[e.value!] = new Date("2026-03-01T23:30:00Z");
      else if (e.type === TAG) base[e.value!] = (chunks: string[]) => `<${e.value}>${chunks.join("")}</${e.value}>`;
      else base[e.value!] = `«${e.value}»`;
      for (const option of Object.values(e.options ?? {})) visit(option.value);
      if (e.children) visit(e.children);
    }
  };
  visit(new IntlMessageFormat(message, "en").getAst() as unknown as Element[]);
  for (const [name, values] of choices) base[name] ??= values[0];
  const sets = [base];
  for (const [name, values] of choices) for (const value of values) sets.push({ ...base, [name]: value });
  return sets;
}

describe("translatorFor", () => {
  for (const locale of LOCALES) {
    it(`says what use-intl says, for every message of the ${locale} catalog and every choice in it`, () => {
      let checked = 0;
      for (const namespace of Object.keys(MESSAGES[locale]) as Namespace[]) {
        const ours = translatorFor(locale, namespace) as unknown as { markup(key: string, values?: Record<string, unknown>): string };
        const theirs = createTranslator({ locale, messages: MESSAGES[locale], namespace, timeZone: "UTC" }) as unknown as { markup(key: string, values?: Record<string, unknown>): string };
        for (const [key, message] of leaves(MESSAGES[locale][namespace] as unknown as Tree)) {
          for (const values of argumentSets(message)) {
            expect(ours.markup(key, values), `${locale} ${namespace}.${key} ${JSON.stringify(values)}`).toBe(theirs.markup(key, values));
            checked++;
          }
        }
      }
      expect(checked).toBeGreaterThan(1000);
    });
  }

  it("says a plain message the same with or without arguments, and tells whether a key exists", () => {
    const t = translatorFor("en", "common");
    expect(t("cancel")).toBe("Cancel");
    expect(t.has("cancel")).toBe(true);
    expect((t as unknown as { has(key: string): boolean }).has("no.such.key")).toBe(false);
  });

  it("fails loudly in tests on a missing argument or key", () => {
    const t = translatorFor("en", "engine") as unknown as (key: string, values?: Record<string, unknown>) => string;
    expect(() => t("need.hours_missing", {})).toThrow();
    expect(() => t("no.such.key")).toThrow(/MISSING_MESSAGE/);
  });
});
