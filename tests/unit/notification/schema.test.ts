import { describe, expect, it } from "vitest";
import { concerns } from "@/components/notification/labels";
import { markReadSchema, noticeLinkSchema, OWN_EXPIRY_REQUIRED, ownExpiryRefusal, preferencesSchema } from "@/lib/notification/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { makeActor } from "@/tests/support/subjects";
import { englishFields, spanish } from "@/tests/support/words";

const errorsOf = (input: unknown) => {
  const parsed = preferencesSchema.safeParse(input);
  return parsed.success ? null : englishFields(zodFieldErrors(parsed.error));
};

describe("the preferences form", () => {
  it("accepts any subset of the kinds, each with a cadence", () => {
    const parsed = preferencesSchema.parse({ record_expiring: "weekly", signoff_waiting: "off" });
    expect([...parsed]).toEqual([
      ["record_expiring", "weekly"],
      ["signoff_waiting", "off"],
    ]);
  });

  it.each([
    ["an unknown cadence", { record_expiring: "hourly" }, { record_expiring: "Choose immediately, daily, weekly or off." }],
    ["a cadence that is not text", { rule_reverify: ["daily", "weekly"] }, { rule_reverify: "Choose immediately, daily, weekly or off." }],
    ["a prototype key", JSON.parse('{"__proto__": "daily", "record_expiring": "daily"}'), { form: "This form has settings Cleared does not know. Reload the page and try again." }],
    ["an unknown kind", { record_expiring: "daily", birthdays: "daily" }, { form: "This form has settings Cleared does not know. Reload the page and try again." }],
    ["nothing chosen", {}, { form: "Choose how often to hear about at least one kind of reminder." }],
  ])("refuses %s with a message", (_name, input, errors) => {
    expect(errorsOf(input)).toEqual(errors);
  });

  it("refuses a medical assistant turning off her own expiry reminders, and nobody else", () => {
    const off = preferencesSchema.parse({ record_expiring: "off" });
    expect(ownExpiryRefusal(off, { medicalAssistant: true })).toBe(OWN_EXPIRY_REQUIRED);
    expect(ownExpiryRefusal(off, { medicalAssistant: false })).toBeNull();
    expect(ownExpiryRefusal(preferencesSchema.parse({ record_expiring: "weekly", authorization_lapsed: "off" }), { medicalAssistant: true })).toBeNull();
  });

  it("says its refusals in Spanish to a Spanish reader", () => {
    const parsed = preferencesSchema.safeParse({ record_expiring: "hourly" });
    expect(spanish(parsed.error?.issues[0]?.message)).toBe("Elija de inmediato, a diario, semanalmente o nunca.");
    expect(spanish(ownExpiryRefusal(preferencesSchema.parse({ record_expiring: "off" }), { medicalAssistant: true })!)).toBe(
      "Siempre recibe avisos cuando vencen sus propios registros: elija de inmediato, a diario o semanalmente.",
    );
  });
});

describe("which kinds concern whom", () => {
  it("shows each role the kinds its people hear of", () => {
    expect(Object.keys(concerns(makeActor("medical_assistant")))).toEqual(["record_expiring", "authorization_lapsed"]);
    expect(Object.keys(concerns(makeActor("manager")))).toEqual(["record_expiring", "authorization_lapsed", "supervision_gap", "employment_ending"]);
    expect(Object.keys(concerns(makeActor("validator")))).toEqual(["signoff_waiting"]);
    expect(Object.keys(concerns(makeActor("admin")))).toEqual(["rule_reverify"]);
    expect(concerns(makeActor("auditor"))).toEqual({});
  });
});

describe("marking read", () => {
  it("marks all when no notice is named, or the ones named", () => {
    expect(markReadSchema.parse({}).noticeIds).toBe("all");
    expect(markReadSchema.parse({ noticeIds: "07ca04ee-6cf8-4c65-a69b-1945129c2bd4" }).noticeIds).toEqual(["07ca04ee-6cf8-4c65-a69b-1945129c2bd4"]);
    expect(markReadSchema.safeParse({ noticeIds: "../../etc" }).success).toBe(false);
  });
});

describe("where a notice may lead", () => {
  it.each(["/people/abcdefgh1234", "/people/abcdefgh1234/validate?location=loc12345678&tasks=taskvitals", "/rules/abcdefgh1234", "/locations/abc12345/supervision"])("follows %s", (link) => {
    expect(noticeLinkSchema.safeParse(link).success).toBe(true);
  });

  it.each(["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "people/x", "/people/x\n", "/people/<script>"])("never follows %j", (link) => {
    expect(noticeLinkSchema.safeParse(link).success).toBe(false);
  });
});
