import { describe, expect, it } from "vitest";
import { ruleSchema, verifyRuleSchema } from "@/lib/rule/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { englishFields, firstIssue, spanish } from "@/tests/support/words";

const base = { state: "WA", taskId: "taskvitals", outcome: "conditional", supervisionLevel: "on_premises", citation: "WAC 246-827-0240", sourceUrl: "https://example.org/rule", effectiveFrom: "2026-03-01", lastVerifiedOn: "2026-03-01" };
const errors = (input: Record<string, unknown>) => {
  const result = ruleSchema.safeParse({ ...base, ...input });
  return result.success ? {} : zodFieldErrors(result.error);
};

describe("state rule form messages", () => {
  it("name the field and the limit, in English as before", () => {
    expect(englishFields(errors({ minTrainingHours: "many", minProcedureCount: "10001", sourceUrl: "ftp://example.org", state: "ZZ" }))).toEqual({
      minTrainingHours: "Training hours must be a number.",
      minProcedureCount: "Procedures must be at most 10000.",
      sourceUrl: "Enter the source as a web address starting with https://.",
      state: "Choose a state.",
    });
    expect(englishFields(errors({ minTrainingHours: "10.1", minProcedureCount: "-1" }))).toEqual({ minTrainingHours: "Use quarter hours at most (e.g. 10.25).", minProcedureCount: "Procedures cannot be negative." });
    expect(firstIssue(verifyRuleSchema.safeParse({ lineageId: "rulelineage01", version: "2", verifies: "latest" }))).toBe("Choose the version you verified.");
  });

  it("and in Spanish", () => {
    expect(spanish(errors({ minTrainingHours: "many" }).minTrainingHours)).toBe("Horas de capacitación debe ser un número.");
    expect(spanish(errors({ lastDay: "2026-02-01" }).lastDay)).toBe("El último día no puede ser anterior al inicio.");
  });
});
