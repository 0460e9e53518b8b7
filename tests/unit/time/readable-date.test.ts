import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readableDate } from "@/lib/time/calendar";

describe("readableDate", () => {
  it("writes a calendar date in words, the same in every zone", () => {
    expect(readableDate("2026-12-01")).toBe("1 Dec 2026");
    // A date column as stored: midnight UTC is still that day, though Kathmandu is already past it.
    expect(readableDate("2027-01-01T00:00:00.000Z")).toBe("1 Jan 2027");
  });

  it("answers null for what is not a date", () => {
    expect(readableDate("soon")).toBeNull();
    expect(readableDate("")).toBeNull();
  });

  it("keeps the day, month and year of any date", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2199-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [year, , day] = iso.split("-");
        expect(readableDate(iso)).toBe(`${Number(day)} ${d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" })} ${year}`);
      }),
    );
  });
});
