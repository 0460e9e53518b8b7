import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

/** Every message of a catalog, by its dotted key. */
function flatten(tree: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message takes, with the kind of each and the options of a plural or select. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Map<string, string>()): Map<string, string> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into.set(el.value, "text");
    else if (el.type === TYPE.number) into.set(el.value, "number");
    else if (el.type === TYPE.date || el.type === TYPE.time) into.set(el.value, "date");
    else if (el.type === TYPE.select) {
      into.set(el.value, `select:${Object.keys(el.options).sort().join(",")}`);
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    } else if (el.type === TYPE.plural) {
      into.set(el.value, "plural");
      for (const option of Object.values(el.options)) argumentsOf(option.value, into);
    } else if (el.type === TYPE.tag) {
      into.set(`<${el.value}>`, "tag");
      argumentsOf(el.children, into);
    }
  }
  return into;
}

const english = flatten(MESSAGES.en);

describe("message catalogs", () => {
  it("has messages at all", () => {
    expect(english.size).toBeGreaterThan(0);
  });

  for (const locale of LOCALES) {
    describe(locale, () => {
      const catalog = flatten(MESSAGES[locale]);

      it("has exactly the English keys", () => {
        expect([...catalog.keys()].filter((k) => !english.has(k))).toEqual([]);
        expect([...english.keys()].filter((k) => !catalog.has(k))).toEqual([]);
      });

      it("has no empty message, and every message is valid ICU", () => {
        for (const [key, message] of catalog) {
          expect(message.trim(), key).not.toBe("");
          expect(() => parse(message), key).not.toThrow();
        }
      });

      it("takes the same arguments as English in every message", () => {
        for (const [key, message] of catalog) {
          const theirs = english.get(key);
          if (theirs === undefined) continue;
          expect(Object.fromEntries(argumentsOf(parse(message))), key).toEqual(Object.fromEntries(argumentsOf(parse(theirs))));
        }
      });
    });
  }
});

describe("catalog imports", () => {
  // Node loads the catalogs for the e2e suite and the scripts without a bundler: a JSON import needs its attribute there.
  it("import every catalog file with the JSON attribute Node requires", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const path = await import("node:path");
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? (e.name === "generated" ? [] : sources(path.join(dir, e.name))) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const bare = ["lib", "app", "components", "scripts"].flatMap(sources).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/^import .* from "[^"]*\.json"(.*);$/gm)].filter((m) => !/with \{ type: "json" \}/.test(m[1]!)).map(() => file),
    );
    expect(bare).toEqual([]);
  });
});
