import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { translatorFor } from "@/lib/i18n/translator";

/** The administration, state rule, API reference, security and error screens' catalogs. */
const NAMESPACES = ["admin", "rules", "apiReference", "security", "errors"] as const;

function flatten(tree: unknown, prefix = ""): [string, string][] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

/** A value for every argument and tag a message takes, so that it can be rendered whole. */
function sampleArguments(elements: readonly MessageFormatElement[], into: Record<string, unknown> = {}): Record<string, unknown> {
  for (const el of elements) {
    if (el.type === TYPE.argument) into[el.value] = "X";
    else if (el.type === TYPE.number || el.type === TYPE.plural) into[el.value] = 2;
    else if (el.type === TYPE.tag) {
      into[el.value] = (chunks: string[]) => `[${chunks.join("")}]`;
      sampleArguments(el.children, into);
    }
  }
  return into;
}

describe("the administration screens' catalogs", () => {
  for (const locale of LOCALES) {
    for (const namespace of NAMESPACES) {
      it(`renders every ${namespace} message in ${locale} without leaving a placeholder`, () => {
        const t = translatorFor(locale, namespace) as unknown as { markup: (key: string, values: Record<string, unknown>) => string };
        for (const [key, message] of flatten(MESSAGES[locale][namespace])) {
          const text = t.markup(key, sampleArguments(parse(message)));
          expect(text, key).not.toMatch(/[{}]/);
          expect(text.trim(), key).not.toBe("");
        }
      });
    }
  }

  it("keeps the English the screens and their tests have always shown", () => {
    const rules = translatorFor("en", "rules");
    expect(rules("list.description")).toBe(
      "What each state's law says about each task, with the citation, the source and when it was last verified. A rule not verified within the year makes answers “check first”.",
    );
    expect(rules("form.saveVersion", { version: 3 })).toBe("Save as version 3");
    expect(rules("lineage.trainingHours", { hours: 10.25 })).toBe("10.25 training hours");
    const admin = translatorFor("en", "admin");
    expect(admin("accountControls.resetTitle", { name: "Maria" })).toBe("Reset Maria's password?");
    expect(admin("createToken.expiresHint", { max: 365 })).toBe("At most 365 days (one year).");
    expect(admin.markup("accountControls.temporaryPassword", { password: "abc", code: (chunks) => `<code>${chunks}</code>` })).toBe("Temporary password: <code>abc</code>");
    const errors = translatorFor("en", "errors");
    expect(errors("bodyWithReference", { reference: "123" })).toBe("Nothing was changed. Try again; if it keeps happening, tell your administrator (reference 123).");
    expect(translatorFor("en", "security")("factor.enrolled", { date: "2026-03-03", left: 8 })).toBe(
      "Set up on 2026-03-03. Signing in takes your password and a code from the app. 8 of 10 recovery codes unused.",
    );
  });

  it("speaks the product's fixed Spanish terms", () => {
    const rules = translatorFor("es", "rules");
    expect(rules("list.description")).toContain("“Consulte primero”");
    expect(rules("lineage.trainingHours", { hours: 10.25 })).toBe("10,25 horas de capacitación");
    const admin = translatorFor("es", "admin");
    expect(admin("roles.validator.label")).toBe("Validador de competencias");
    expect(admin("roles.manager.label")).toBe("Gerente");
    expect(admin("roles.medical_assistant.label")).toBe("Asistente médico");
    expect(admin("locations.title")).toBe("Sedes");
    expect(admin("createToken.expiresHint", { max: 365 })).toBe("Como máximo 365 días (un año).");
    expect(translatorFor("es", "security")("reset.title", { name: "María" })).toBe("¿Restablecer el segundo factor de María?");
  });

  // Lower case: "Cleared" capitalised is the product's name, which stays as it is.
  it("says “habilitado”, never “autorizado”, where English says cleared", () => {
    for (const namespace of NAMESPACES) {
      const spanish = new Map(flatten(MESSAGES.es[namespace]));
      for (const [key, english] of flatten(MESSAGES.en[namespace])) {
        if (!/\bcleared\b/.test(english)) continue;
        expect(spanish.get(key), `${namespace}.${key}`).toMatch(/habilitad/i);
      }
    }
  });
});
