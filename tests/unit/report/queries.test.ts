import { describe, expect, it } from "vitest";
import { decisionFilter } from "@/lib/decision/filter";
import { decisionQuerySchema, decisionSeqSchema } from "@/lib/decision/schema";
import { queryErrors as saidErrors } from "@/lib/http/problem";
import { queryObject, queryString } from "@/lib/http/query";
import { asOfQuerySchema, whoCanQuerySchema } from "@/lib/report/schema";
import { makeActor } from "@/tests/support/subjects";
import { english, spanish } from "@/tests/support/words";

// Field errors as a reader sees them (the schemas say their messages; lib/i18n/said.ts).
const queryErrors = (error: Parameters<typeof saidErrors>[0], word: (m: string) => string | undefined = english) => saidErrors(error).map((e) => ({ ...e, message: word(e.message) }));

describe("report queries", () => {
  it("reads repeated keys as lists and drops keys that could pollute prototypes", () => {
    const params = new URLSearchParams("location=aaaaaaaa1&location=bbbbbbbb2&date=2026-03-14&__proto__=x&constructor=y");
    expect(queryObject(params)).toEqual({ location: ["aaaaaaaa1", "bbbbbbbb2"], date: "2026-03-14" });
    expect(Object.getPrototypeOf(queryObject(params))).toBe(Object.prototype);
  });

  it("writes back the query it parsed, so links and downloads ask the same question", () => {
    const search = queryString({ location: ["aaaaaaaa1", "bbbbbbbb2"], date: "2026-03-14", time: "", person: undefined });
    expect(search).toBe("location=aaaaaaaa1&location=bbbbbbbb2&date=2026-03-14");
    expect(asOfQuerySchema.parse(queryObject(new URLSearchParams(search)))).toMatchObject({ location: ["aaaaaaaa1", "bbbbbbbb2"], date: "2026-03-14" });
    expect(asOfQuerySchema.parse({ location: "aaaaaaaa1" }).location).toEqual(["aaaaaaaa1"]);
    expect(asOfQuerySchema.parse({}).location).toEqual([]);
  });

  it.each([
    [{ date: "2026-02-30" }, "date", "Date is not a real calendar date."],
    [{ date: "14/03/2026" }, "date", "Date must be a date like 2026-03-14."],
    [{ time: "24:00" }, "time", "Time must be like 14:30 (24-hour clock)."],
    [{ location: ["aaaaaaaa1", "<script>"] }, "location", "Choose locations from the list."],
    [{ location: "../etc" }, "location", "Choose locations from the list."],
    [{ location: Array.from({ length: 51 }, (_, i) => `location${String(i).padStart(4, "0")}`) }, "location", "Choose at most 50 locations."],
  ])("refuses %j with a message for the field", (query, field, message) => {
    const parsed = asOfQuerySchema.safeParse(query);
    expect(parsed.success).toBe(false);
    expect(queryErrors(parsed.error!)).toEqual([{ field, message }]);
  });

  it("refuses an unknown task id before it reaches the database", () => {
    expect(queryErrors(whoCanQuerySchema.safeParse({ task: "DROP TABLE" }).error!)).toEqual([{ field: "task", message: "Choose a task from the list." }]);
    expect(whoCanQuerySchema.parse({ task: "", location: "" })).toEqual({ task: undefined, location: undefined, known: "then" });
    expect(whoCanQuerySchema.parse({ known: "now" }).known).toBe("now");
    expect(queryErrors(whoCanQuerySchema.safeParse({ known: "tomorrow" }).error!)).toEqual([{ field: "known", message: "Choose “as recorded then” or “as known today”." }]);
  });

  it("says its refusals in Spanish to a Spanish reader", () => {
    expect(queryErrors(asOfQuerySchema.safeParse({ location: "../etc" }).error!, spanish)).toEqual([{ field: "location", message: "Elija sedes de la lista." }]);
    expect(queryErrors(whoCanQuerySchema.safeParse({ known: "tomorrow" }).error!, spanish)).toEqual([{ field: "known", message: "Elija “lo que constaba entonces” o “todo lo que se sabe hoy”." }]);
  });
});

describe("decision log queries", () => {
  it("accepts an empty query as 'everything'", () => {
    expect(decisionQuerySchema.parse({ task: "", answer: "", before: "" })).toEqual({ person: null });
  });

  it.each([
    [{ answer: "maybe" }, "answer", "Choose one of the answers in the list."],
    [{ source: "fax" }, "source", "Choose one of the sources in the list."],
    [{ from: "2026-03-02", to: "2026-03-01" }, "to", "The end date must be on or after the start date."],
    [{ before: "-1" }, "before", "Unknown decision."],
    [{ person: "x".repeat(101) }, "person", "Person must be at most 100 characters."],
    [{ person: "a\u0000b" }, "person", "Person contains characters that are not allowed."],
  ])("refuses %j with a message for the field", (query, field, message) => {
    const parsed = decisionQuerySchema.safeParse(query);
    expect(queryErrors(parsed.error!)).toContainEqual({ field, message });
  });

  it("says them in Spanish to a Spanish reader", () => {
    expect(queryErrors(decisionQuerySchema.safeParse({ answer: "maybe" }).error!, spanish)).toEqual([{ field: "answer", message: "Elija una de las respuestas de la lista." }]);
    expect(queryErrors(decisionQuerySchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).error!, spanish)).toEqual([{ field: "to", message: "La fecha final debe ser igual o posterior a la fecha inicial." }]);
  });

  it("takes a decision number only within the log's range", () => {
    expect(decisionSeqSchema.safeParse("42").data).toBe(42);
    for (const bad of ["0", "2147483648", "12345678901", "1e3", "abc"]) expect(decisionSeqSchema.safeParse(bad).success).toBe(false);
  });

  it("reads days on the organization's clock and keeps a scoped reader within the locations granted", () => {
    const query = decisionQuerySchema.parse({ from: "2026-03-08", to: "2026-03-08", answer: "cleared" });
    const scoped = decisionFilter(query, makeActor("auditor_scoped"), [{ id: "locationhome01" }], "America/Los_Angeles");
    expect(scoped).toEqual({ locationIds: ["locationhome01"], answer: "cleared", askedFrom: new Date("2026-03-08T08:00:00Z"), askedBefore: new Date("2026-03-09T07:00:00Z") });
    // Organization-wide readers see every location, deactivated ones included, unless they pick one.
    expect(decisionFilter(query, makeActor("auditor"), [{ id: "locationhome01" }], "America/Los_Angeles").locationIds).toBeNull();
    expect(decisionFilter(decisionQuerySchema.parse({ location: "locationhome01" }), makeActor("auditor"), [{ id: "locationhome01" }], "UTC").locationIds).toEqual(["locationhome01"]);
  });
});
