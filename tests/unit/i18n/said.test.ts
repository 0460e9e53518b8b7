import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { localize, localizeFields } from "@/lib/i18n/localize";
import { heard, say } from "@/lib/i18n/said";
import { GENERIC_MESSAGES } from "@/lib/errors/app-error";

describe("said messages are worded where the reader is known", () => {
  it("words a message and its label in each language", () => {
    const message = say("forms.field.tooLong", { label: say("forms.label.firstName"), max: 100 });
    expect(localize(message, "en")).toBe("First name must be at most 100 characters.");
    expect(localize(message, "es")).toBe("El campo «Nombre» debe tener como máximo 100 caracteres.");
  });

  it("leaves text as entered alone, whatever it holds", () => {
    fc.assert(fc.property(fc.string().filter((text) => !text.startsWith("\uE000")), (text) => localize(text, "es") === text));
  });

  it("keeps arguments as entered: a name is not read as a message", () => {
    expect(localize(say("forms.field.required", { label: "{label} <b>" }), "en")).toBe("{label} <b> is required.");
  });

  it("round-trips any arguments", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }).filter((k) => k !== "__proto__"), fc.oneof(fc.string(), fc.integer())), (values) => {
        expect(heard(say("forms.field.required", values))).toEqual({ key: "forms.field.required", values });
      }),
    );
  });

  it("words every generic failure, and field errors one by one", () => {
    for (const message of Object.values(GENERIC_MESSAGES)) {
      expect(localize(message, "en")).not.toMatch(/\uE000|forms\./);
      expect(localize(message, "es")).not.toBe(localize(message, "en"));
    }
    expect(localizeFields({ email: say("forms.field.email"), name: "As typed" }, "es")).toEqual({ email: "Escriba un correo electrónico como nombre@ejemplo.org.", name: "As typed" });
  });
});
