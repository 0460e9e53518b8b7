import { describe, expect, it } from "vitest";
import { expirationsByMonth, stillExpired } from "@/lib/dashboard/expirations";

const now = new Date("2026-11-27T18:00:00Z");
const record = (overrides: Partial<Parameters<typeof stillExpired>[0][number]>) => ({ lineageId: "l1", personId: "p1", kind: "competency", taskIds: ["venipuncture"], completedAt: new Date("2025-01-01"), expiresAt: new Date("2026-01-01"), ...overrides });

describe("dashboard expirations", () => {
  it("lists an expired record only while nothing newer covers it", () => {
    const old = record({});
    expect(stillExpired([old], now)).toEqual([old]);
    const renewed = record({ lineageId: "l2", completedAt: new Date("2026-02-01"), expiresAt: new Date("2027-02-01") });
    expect(stillExpired([old, renewed], now)).toEqual([]);
    const otherTask = record({ lineageId: "l3", taskIds: ["injections"], completedAt: new Date("2026-02-01"), expiresAt: new Date("2027-02-01") });
    expect(stillExpired([old, otherTask], now)).toEqual([old]);
    const otherPerson = record({ lineageId: "l4", personId: "p2", completedAt: new Date("2026-02-01"), expiresAt: new Date("2027-02-01") });
    expect(stillExpired([old, otherPerson], now)).toEqual([old]);
  });

  it("counts expirations per month for the next twelve months in the organization's zone", () => {
    const months = expirationsByMonth([new Date("2026-12-01T07:30:00Z"), new Date("2026-12-01T08:30:00Z"), new Date("2027-11-15T12:00:00Z"), new Date("2027-12-15T12:00:00Z")], now, "America/Los_Angeles");
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: "2026-11", count: 1 }); // 2026-12-01 07:30Z is still Nov 30 in Los Angeles
    expect(months[1]).toEqual({ month: "2026-12", count: 1 });
    expect(months[11]).toEqual({ month: "2027-10", count: 0 });
  });
});
