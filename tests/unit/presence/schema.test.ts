import { describe, expect, it } from "vitest";
import { presenceSchema } from "@/lib/presence/schema";
import { firstIssue } from "@/tests/support/words";

describe("a check-in's messages", () => {
  it("ask for one of the two buttons, in English and in Spanish", () => {
    const result = presenceSchema.safeParse({ locationId: "loctacoma0001", providerId: "persondrlee01", kind: "lunch" });
    expect(firstIssue(result)).toBe("Choose “I'm on site” or “I'm leaving”.");
    expect(firstIssue(result, "es")).toBe("Elija “Ya estoy aquí” o “Me voy”.");
  });
});
