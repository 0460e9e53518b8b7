import { describe, expect, it } from "vitest";
import { locationSchema } from "@/lib/location/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { englishFields, spanish } from "@/tests/support/words";

const errors = (input: Record<string, unknown>) => {
  const result = locationSchema.safeParse({ name: "Tacoma", address: "1 Main St", state: "WA", timeZone: "America/Los_Angeles", ...input });
  return result.success ? {} : zodFieldErrors(result.error);
};

describe("location form messages", () => {
  it("ask for a state and a real time zone, in English as before", () => {
    expect(englishFields(errors({ state: "XX", timeZone: "Mars/Olympus" }))).toEqual({ state: "Choose the state whose law applies.", timeZone: "Choose a time zone from the list (e.g. America/Los_Angeles)." });
  });

  it("and in Spanish", () => {
    expect(spanish(errors({ state: "XX" }).state)).toBe("Elija el estado cuya ley se aplica.");
    expect(spanish(errors({ timeZone: "Mars/Olympus" }).timeZone)).toBe("Elija una zona horaria de la lista (p. ej., America/Los_Angeles).");
  });
});
