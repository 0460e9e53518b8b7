import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choiceId, dateOnly, emailSchema, idSchema, optionalText, text } from "@/lib/validation/fields";
import { controlCharacterErrors, formDataToObject } from "@/lib/validation/form-data";
import { createUserSchema } from "@/lib/user/schema";
import { english, firstIssue } from "../../support/words";

describe("input building blocks refuse hostile input with a message", () => {
  const name = text("forms.label.firstName", { max: 100 });

  it("trims and accepts ordinary and non-Latin text", () => {
    expect(name.parse("  Zoë  ")).toBe("Zoë");
    expect(name.parse("李小龍")).toBe("李小龍");
  });

  it.each([
    ["a NUL byte", "Ann\u0000e", "contains characters that are not allowed"],
    ["an escape character", "\u001b[31mred", "contains characters that are not allowed"],
    ["too long", "x".repeat(101), "at most 100 characters"],
    ["only spaces", "   ", "is required"],
  ])("refuses %s", (_case, value, message) => {
    const result = name.safeParse(value);
    expect(result.success).toBe(false);
    expect(firstIssue(result)).toContain(message);
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const schema of [name, optionalText("forms.label.notes"), emailSchema, idSchema, dateOnly("forms.label.start")]) expect(() => schema.safeParse(value)).not.toThrow();
      }),
    );
  });

  it("accepts only real calendar dates", () => {
    expect(dateOnly("forms.label.start").safeParse("2026-02-28").success).toBe(true);
    expect(firstIssue(dateOnly("forms.label.start").safeParse("2026-02-30"))).toBe("Start is not a real calendar date.");
    expect(firstIssue(dateOnly("forms.label.start").safeParse("14/03/2026"))).toBe("Start must be a date like 2026-03-14.");
  });

  it("normalizes emails and refuses malformed ones", () => {
    expect(emailSchema.parse("  Maria@Example.ORG ")).toBe("maria@example.org");
    expect(emailSchema.safeParse("maria@").success).toBe(false);
    expect(emailSchema.safeParse(`${"a".repeat(250)}@x.org`).success).toBe(false);
  });
});

describe("form data", () => {
  it("keeps repeated keys as arrays and drops prototype-polluting keys", () => {
    const form = new FormData();
    form.append("roles", "manager");
    form.append("roles", "auditor");
    form.append("__proto__", "polluted");
    form.append("constructor", "polluted");
    const object = formDataToObject(form);
    expect(object.roles).toEqual(["manager", "auditor"]);
    expect(Object.keys(object)).toEqual(["roles"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a hostile user form gets field errors, never an exception", () => {
    const result = createUserSchema.safeParse({ firstName: "x".repeat(10_000), lastName: 42, email: "nope", employmentStart: "yesterday", roles: ["root"], __proto__: { admin: true } });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["firstName", "lastName", "email", "employmentStart", "roles"]));
  });

  it("names every field of a form or query holding a control character, in its name or any value", () => {
    const errors = controlCharacterErrors({ q: "\u0000", roles: ["manager", "aud\u0007itor"], "bad\u0000key": "x", notes: "Line one\r\n\tLine two", file: new File(["\u0000"], "a.pdf") });
    expect(Object.keys(errors).sort()).toEqual(["bad\u0000key", "q", "roles"]);
    expect(english(errors.q)).toMatch(/characters that are not allowed/);
  });

  it("finds NUL anywhere in any text", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (before, after) => Object.keys(controlCharacterErrors({ field: `${before}\u0000${after}` })).length === 1));
  });
});

describe("ids picked from a list", () => {
  const supervisor = choiceId("supervisor");

  it("says what to choose when nothing was chosen", () => {
    for (const value of ["", "  ", undefined]) expect(firstIssue(supervisor.safeParse(value))).toBe("Choose the supervisor.");
  });

  it("names the field when the value was never offered", () => {
    expect(firstIssue(supervisor.safeParse("'; drop table"))).toBe("The supervisor chosen is not one of those offered. Reload the page and choose again.");
    expect(supervisor.parse("persondrlee01")).toBe("persondrlee01");
  });

  it("speaks the reader's language: the message and the field's label", () => {
    expect(firstIssue(supervisor.safeParse(""), "es")).toBe("Elija el supervisor.");
    expect(firstIssue(dateOnly("forms.label.start").safeParse("2026-02-30"), "es")).toBe("El campo «Inicio» no es una fecha real del calendario.");
    expect(firstIssue(text("forms.label.firstName", { max: 3 }).safeParse("Maria"), "es")).toBe("El campo «Nombre» debe tener como máximo 3 caracteres.");
  });

  it("asks for a date that was left empty instead of describing its format", () => {
    expect(firstIssue(dateOnly("forms.label.start").safeParse(""))).toBe("Start is required.");
  });
});
