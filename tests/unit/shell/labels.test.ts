import { describe, expect, it } from "vitest";
import { roleSummary } from "@/components/shell/app-header";
import { personRoleLabel, rolesLabel } from "@/components/shell/labels";
import { makeActor } from "@/tests/support/subjects";

describe("role names", () => {
  const person = { isMedicalAssistant: true, providerType: null, loginRoles: ["medical_assistant", "validator"] };

  it("keeps the English names", () => {
    expect(rolesLabel(person)).toBe("Medical assistant, Competency validator");
    expect(rolesLabel({ isMedicalAssistant: false, providerType: "MD", loginRoles: [] })).toBe("Provider (MD)");
    expect(rolesLabel({ isMedicalAssistant: false, providerType: null, loginRoles: [] })).toBe("Staff");
    expect(personRoleLabel("manager")).toBe("Manager");
    expect(roleSummary(makeActor("validator"), "en")).toBe("Validator");
  });

  it("says them in Spanish", () => {
    expect(rolesLabel(person, "es")).toBe("Asistente médico, Validador de competencias");
    expect(rolesLabel({ isMedicalAssistant: false, providerType: null, loginRoles: [] }, "es")).toBe("Personal");
    expect(roleSummary(makeActor("medical_assistant"), "es")).toBe("Asistente médico");
  });
});
