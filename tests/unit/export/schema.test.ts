import { describe, expect, it } from "vitest";
import { exportLookupSchema, recordExportSchema } from "@/lib/export/schema";
import { firstIssue } from "@/tests/support/words";

describe("the records export's query", () => {
  it.each([
    [{ kind: "diploma" }, "Choose record kinds from the list.", "Elija tipos de registro de la lista."],
    [{ status: "lost" }, "Choose a status from the list.", "Elija un estado de la lista."],
    [{ format: "doc" }, "Choose CSV, PDF or ZIP.", "Elija CSV, PDF o ZIP."],
    [{ completedFrom: "2026-03-02", completedTo: "2026-03-01" }, "“Completed to” cannot be before “Completed from”.", "“Completado hasta” no puede ser anterior a “Completado desde”."],
    [{ asOfTime: "09:00" }, "Choose the date of the “as of” moment too.", "Elija también la fecha del momento “a la fecha”."],
  ])("refuses %j, in English and in Spanish", (query, english, spanish) => {
    const parsed = recordExportSchema.safeParse(query);
    expect(firstIssue(parsed)).toBe(english);
    expect(firstIssue(parsed, "es")).toBe(spanish);
  });

  it("looks a file up only by a SHA-256", () => {
    expect(firstIssue(exportLookupSchema.safeParse({}))).toBe("sha256 is required.");
    expect(firstIssue(exportLookupSchema.safeParse({ sha256: "abc" }))).toBe("sha256 must be 64 hexadecimal characters.");
    expect(exportLookupSchema.parse({ sha256: "A".repeat(64) }).sha256).toBe("a".repeat(64));
  });
});
