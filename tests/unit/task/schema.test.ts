import { describe, expect, it } from "vitest";
import { createTaskSchema } from "@/lib/task/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { englishFields, spanish } from "@/tests/support/words";

const errors = (input: Record<string, unknown>) => {
  const result = createTaskSchema.safeParse({ code: "ear_irrigation", name: "Ear irrigation", category: "clinical", description: "Irrigating the ear canal.", ...input });
  return result.success ? {} : zodFieldErrors(result.error);
};

describe("task form messages", () => {
  it("explain the code and the category, in English as before", () => {
    expect(englishFields(errors({ code: "9lives", category: "fun" }))).toEqual({
      code: "The code is letters, digits, _ and . (2 to 60), starting with a letter, e.g. ear_irrigation.",
      category: "Choose a category.",
    });
    expect(englishFields(errors({ searchTerms: "x".repeat(2001) }))).toEqual({ searchTerms: "Keep the search terms under 2,000 characters." });
  });

  it("and in Spanish", () => {
    expect(spanish(errors({ category: "fun" }).category)).toBe("Elija una categoría.");
    expect(spanish(errors({ searchTerms: Array.from({ length: 31 }, (_, i) => `t${i}`).join(",") }).searchTerms)).toBe("Como máximo 30 términos de búsqueda.");
  });
});
