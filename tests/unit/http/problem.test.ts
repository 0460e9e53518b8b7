import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "@/lib/audit/schema";
import { decisionQuerySchema } from "@/lib/decision/schema";
import { recordExportSchema } from "@/lib/export/schema";
import { invalidQuery } from "@/lib/http/problem";
import { asOfQuerySchema } from "@/lib/report/schema";

// What a caller of the JSON API reads: said messages (lib/i18n/said.ts) worded in English, none left as keys.
async function body(response: Response): Promise<{ text: string; json: { title: string; detail: string; errors: { field: string; message: string }[] } }> {
  const text = await response.text();
  return { text, json: JSON.parse(text) };
}

describe("a JSON route's 400 problem", () => {
  it.each([
    ["the decision log", decisionQuerySchema.safeParse({ person: "x".repeat(101), answer: "maybe" })],
    ["the as-of report", asOfQuerySchema.safeParse({ location: "../etc", date: "2026-02-30" })],
    ["the records export", recordExportSchema.safeParse({ completedFrom: "2026-03-02", completedTo: "2026-03-01", format: "doc" })],
    ["the audit trail", auditFilterSchema.safeParse({ from: "2026-03-14", to: "2026-03-01", person: "<script>" })],
  ])("for %s is in English words, with no message left as a key", async (_name, parsed) => {
    const { text, json } = await body(invalidQuery(parsed.error!));
    expect(json.errors.length).toBeGreaterThan(0);
    expect(text).not.toContain("\uE000");
    expect(text).not.toMatch(/\\ue000/i);
    expect(text).not.toMatch(/"(forms|decision|report|export|audit)\.[a-zA-Z]/);
    expect(json.detail).toBe(json.errors.map((e) => e.message).join(" "));
  });

  it("names each field and what is wrong with it, as the English forms say it", async () => {
    const { json } = await body(invalidQuery(decisionQuerySchema.safeParse({ person: "x".repeat(101), answer: "maybe" }).error!));
    expect(json.errors).toEqual([
      { field: "person", message: "Person must be at most 100 characters." },
      { field: "answer", message: "Choose one of the answers in the list." },
    ]);
    const exported = await body(invalidQuery(recordExportSchema.safeParse({ completedFrom: "2026-03-02", completedTo: "2026-03-01" }).error!));
    expect(exported.json.errors).toEqual([{ field: "completedTo", message: "“Completed to” cannot be before “Completed from”." }]);
  });

  it("speaks the reader's language to the app's own export form, when the route is told it", async () => {
    const parsed = recordExportSchema.safeParse({ completedFrom: "2026-03-02", completedTo: "2026-03-01" });
    const { json } = await body(invalidQuery(parsed.error!, { locale: "es" }));
    expect(json.errors[0]?.field).toBe("completedTo");
    expect(json.errors[0]?.message).not.toBe("“Completed to” cannot be before “Completed from”.");
    expect(json.detail).toBe(json.errors.map((e) => e.message).join(" "));
    expect(JSON.stringify(json)).not.toMatch(/\uE000|export\./);
  });
});
