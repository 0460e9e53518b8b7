import { describe, expect, it } from "vitest";
import { grantSchema } from "@/lib/authorization/schema";
import { localizeFields } from "@/lib/i18n/localize";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { englishFields } from "@/tests/support/words";

const errors = (input: Record<string, unknown>) => {
  const result = grantSchema.safeParse(input);
  return result.success ? {} : englishFields(zodFieldErrors(result.error));
};

describe("the grant form's errors, all in one pass", () => {
  it("reports the people, the tasks and the start date of an empty grant together", () => {
    expect(errors({ locationId: "locoakland001", effectiveFrom: "", lastDay: "" })).toEqual({
      personIds: "Choose at least one of the medical assistants.",
      taskIds: "Choose at least one of the tasks.",
      effectiveFrom: "Start date is required.",
    });
  });

  it("checks the last day against the start even when no task is chosen yet", () => {
    expect(errors({ locationId: "locoakland001", personIds: "personmaria01", effectiveFrom: "2026-03-01", lastDay: "2026-02-01" })).toEqual({
      taskIds: "Choose at least one of the tasks.",
      lastDay: "The last day cannot be before the start date.",
    });
  });

  it("names the location when none, or one not offered, is chosen", () => {
    const valid = { personIds: "personmaria01", taskIds: "taskvenipunct1", effectiveFrom: "2026-03-01" };
    expect(errors({ ...valid, locationId: "" })).toEqual({ locationId: "Choose the location." });
    expect(errors({ ...valid, locationId: "../other" })).toEqual({ locationId: "The location chosen is not one of those offered. Reload the page and choose again." });
    expect(errors({ ...valid, locationId: "locoakland001" })).toEqual({});
  });
});

describe("the grant form's errors in Spanish", () => {
  it("words the cross-field rule and the labels for a Spanish reader", () => {
    const result = grantSchema.safeParse({ locationId: "locoakland001", personIds: "personmaria01", taskIds: "taskvenipunct1", effectiveFrom: "2026-03-01", lastDay: "2026-02-01" });
    expect(result.success ? {} : localizeFields(zodFieldErrors(result.error), "es")).toEqual({ lastDay: "El último día no puede ser anterior a la fecha de inicio." });
  });
});
