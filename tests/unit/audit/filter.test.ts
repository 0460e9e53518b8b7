import { describe, expect, it } from "vitest";
import { activeFilters, auditQuery } from "@/lib/audit/filter";
import { auditCursorSchema, auditFilterSchema, auditSeqSchema } from "@/lib/audit/schema";
import { firstIssue } from "@/tests/support/words";

const parse = (input: Record<string, unknown>) => auditFilterSchema.safeParse(input);

describe("audit filters", () => {
  it("reads an empty form as no filter at all", () => {
    const parsed = parse({ actor: "", action: "", entityType: "", entityId: "", person: "", from: "", to: "" });
    expect(parsed.success && activeFilters(parsed.data)).toEqual({});
  });

  it("turns calendar days into instants in the organization's time zone, the last day inclusive", () => {
    const parsed = auditFilterSchema.parse({ from: "2026-03-07", to: "2026-03-08" });
    // Los Angeles springs forward on March 8, 2026: that day is 23 hours long.
    expect(auditQuery(parsed, "America/Los_Angeles")).toMatchObject({ from: new Date("2026-03-07T08:00:00.000Z"), until: new Date("2026-03-09T07:00:00.000Z") });
    expect(auditQuery(parsed, "Asia/Kathmandu")).toMatchObject({ from: new Date("2026-03-06T18:15:00.000Z") });
  });

  it("refuses an end date before the start date with a message on the end date", () => {
    const parsed = parse({ from: "2026-03-14", to: "2026-03-01" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ path: ["to"] })]);
    expect(firstIssue(parsed)).toBe("“To” is before “From”: choose an end date on or after the start date.");
    expect(firstIssue(parsed, "es")).toBe("“Hasta” es anterior a “Desde”: elija una fecha final igual o posterior a la inicial.");
  });

  it("refuses hostile input with messages instead of passing it to the database", () => {
    for (const input of [{ actor: "a".repeat(300) }, { entityId: "x\u0000y" }, { person: "'; drop table" }, { from: "2026-02-30" }, { to: 42 }]) {
      expect(parse(input).success, JSON.stringify(input)).toBe(false);
    }
    expect(parse(JSON.parse('{"__proto__":{"action":"x"},"action":"user.create"}')).data).toMatchObject({ action: "user.create" });
  });

  it("takes the first of a repeated parameter", () => {
    expect(auditFilterSchema.parse({ action: ["user.create", "user.deactivate"] }).action).toBe("user.create");
  });

  it("keeps the filters in force for links and the export's record", () => {
    expect(activeFilters(auditFilterSchema.parse({ actor: " admin ", action: "user.create", from: "2026-03-01" }))).toEqual({ actor: "admin", action: "user.create", from: "2026-03-01" });
  });

  it("accepts only positive whole sequence numbers as cursors and event numbers", () => {
    expect(auditCursorSchema.parse({ before: "120" }).before).toBe(120);
    expect(auditCursorSchema.parse({}).before).toBeNull();
    for (const bad of ["0", "-1", "1e3", "12.5", "99999999999", "abc"]) expect(auditCursorSchema.safeParse({ before: bad }).success, bad).toBe(false);
    expect(auditSeqSchema.safeParse("42").data).toBe(42);
    expect(auditSeqSchema.safeParse("42abc").success).toBe(false);
  });
});
