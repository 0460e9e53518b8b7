import { describe, expect, it } from "vitest";
import { expirationsByMonth, stillExpired } from "@/lib/dashboard/expirations";

const today = "2026-11-27";
const record = (overrides: Partial<Parameters<typeof stillExpired>[0][number]>) => ({ lineageId: "l1", personId: "p1", kind: "competency", taskIds: ["venipuncture"], completedOn: "2025-01-01", expiresOn: "2026-01-01", ...overrides });

describe("dashboard expirations", () => {
  it("lists an expired record only while nothing newer covers it", () => {
    const old = record({});
    expect(stillExpired([old], today)).toEqual([old]);
    const renewed = record({ lineageId: "l2", completedOn: "2026-02-01", expiresOn: "2027-02-01" });
    expect(stillExpired([old, renewed], today)).toEqual([]);
    const otherTask = record({ lineageId: "l3", taskIds: ["injections"], completedOn: "2026-02-01", expiresOn: "2027-02-01" });
    expect(stillExpired([old, otherTask], today)).toEqual([old]);
    const otherPerson = record({ lineageId: "l4", personId: "p2", completedOn: "2026-02-01", expiresOn: "2027-02-01" });
    expect(stillExpired([old, otherPerson], today)).toEqual([old]);
  });

  it("a record expires on its expiry date, not the day after", () => {
    expect(stillExpired([record({ expiresOn: today })], today)).toHaveLength(1);
    expect(stillExpired([record({ expiresOn: "2026-11-28" })], today)).toHaveLength(0);
  });

  it("counts expirations per calendar month for the next twelve months", () => {
    const months = expirationsByMonth(["2026-11-30", "2026-12-01", "2027-10-31", "2027-11-15", "2027-12-15"], today);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: "2026-11", count: 1 });
    expect(months[1]).toEqual({ month: "2026-12", count: 1 });
    expect(months[11]).toEqual({ month: "2027-10", count: 1 });
  });
});
