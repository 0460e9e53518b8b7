import { describe, expect, it } from "vitest";
import { policySchema } from "@/lib/policy/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { english, spanish } from "@/tests/support/words";

const months = (value: string) => {
  const result = policySchema.safeParse({ taskId: "taskvitals", effectiveFrom: "2026-03-01", revalidationMonths: value });
  return result.success ? undefined : zodFieldErrors(result.error).revalidationMonths;
};

describe("policy form messages", () => {
  it("ask for whole months between 1 and 120, in English as before", () => {
    expect(english(months("soon"))).toBe("Months must be a number.");
    expect(english(months("1.5"))).toBe("Months must be a whole number.");
    expect(english(months("0"))).toBe("At least 1 month.");
    expect(english(months("121"))).toBe("At most 120 months.");
  });

  it("and in Spanish", () => {
    expect(spanish(months("soon"))).toBe("Los meses deben ser un número.");
    expect(spanish(months("121"))).toBe("Como máximo 120 meses.");
  });
});
