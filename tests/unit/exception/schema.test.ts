import { describe, expect, it } from "vitest";
import { exceptionSchema } from "@/lib/exception/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { englishFields, spanish } from "@/tests/support/words";

const base = { locationId: "loctacoma0001", kind: "absence", providerId: "persondrlee01", fromDate: "2026-03-02", reason: "Conference" };
const errors = (input: Record<string, unknown>) => {
  const result = exceptionSchema.safeParse({ ...base, ...input });
  return result.success ? {} : zodFieldErrors(result.error);
};

describe("exception form messages", () => {
  it("say what is missing or wrong, in English as before", () => {
    expect(englishFields(errors({ providerId: "", span: "hours", startTime: "8am", endTime: "", toDate: "2026-03-01" }))).toEqual({
      providerId: "Choose the provider.",
      startTime: "Start time must be a time like 08:00 (24-hour clock).",
      endTime: "Enter the end time.",
      toDate: "The last day (2026-03-01) is before the first day (2026-03-02).",
    });
  });

  it("and in Spanish, naming the field in Spanish", () => {
    const fields = errors({ span: "hours", startTime: "8am", endTime: "" });
    expect(spanish(fields.startTime)).toBe("Hora de inicio debe ser una hora como 08:00 (reloj de 24 horas).");
    expect(spanish(fields.endTime)).toBe("Ingrese la hora de fin.");
    expect(spanish(errors({ kind: "holiday" }).kind)).toBe("Elija qué ocurre: un proveedor ausente, una sesión adicional o la sede cerrada.");
  });
});
