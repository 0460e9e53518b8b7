import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInZone, wallClock, zoneName } from "@/lib/time/zoned";

const ZONES = ["America/Los_Angeles", "America/New_York", "America/Phoenix", "Pacific/Honolulu", "Europe/Warsaw", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"];

describe("formatInZone", () => {
  it("reads an instant on the zone's clock with the zone's abbreviation then", () => {
    expect(formatInZone(new Date("2026-03-14T17:40:00Z"), "America/Los_Angeles")).toBe("2026-03-14 10:40 PDT");
    expect(formatInZone(new Date("2026-01-05T20:00:00Z"), "America/Los_Angeles")).toBe("2026-01-05 12:00 PST");
    // Either side of the spring-forward change (2026-03-08 02:00 local).
    expect(formatInZone(new Date("2026-03-08T09:59:00Z"), "America/Los_Angeles")).toBe("2026-03-08 01:59 PST");
    expect(formatInZone(new Date("2026-03-08T10:00:00Z"), "America/Los_Angeles")).toBe("2026-03-08 03:00 PDT");
  });

  it("agrees with the zone's own clock at any instant, daylight-saving changes included", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }), fc.constantFrom(...ZONES), (ms, zone) => {
        const moment = new Date(ms);
        const wall = wallClock(moment, zone);
        expect(formatInZone(moment, zone)).toBe(`${wall.date} ${wall.time} ${zoneName(zone, moment, "short")}`);
      }),
      { numRuns: 2000 },
    );
  });
});
