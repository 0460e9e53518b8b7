import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { instantFromWallClock, isValidTimeZone, wallClock, zoneName } from "@/lib/time/zoned";

const LA = "America/Los_Angeles";

describe("wall-clock time at a location", () => {
  it("reads an instant on the location's clock", () => {
    expect(wallClock(new Date("2026-03-14T17:40:00Z"), LA)).toEqual({ weekday: 6, minute: 640, date: "2026-03-14", time: "10:40" });
    expect(wallClock(new Date("2026-03-14T17:40:00Z"), "Asia/Kathmandu")).toMatchObject({ date: "2026-03-14", time: "23:25" });
  });

  it("turns a local date and time into the instant, either side of daylight saving", () => {
    expect(instantFromWallClock("2026-03-07", "10:40", LA).toISOString()).toBe("2026-03-07T18:40:00.000Z");
    expect(instantFromWallClock("2026-03-09", "10:40", LA).toISOString()).toBe("2026-03-09T17:40:00.000Z");
  });

  it("reads a time skipped by spring-forward as the time after the change", () => {
    expect(instantFromWallClock("2026-03-08", "02:30", LA).toISOString()).toBe("2026-03-08T10:30:00.000Z");
    expect(wallClock(new Date("2026-03-08T10:30:00Z"), LA).time).toBe("03:30");
  });

  it("reads a time repeated by fall-back as its first occurrence", () => {
    expect(instantFromWallClock("2026-11-01", "01:30", LA).toISOString()).toBe("2026-11-01T08:30:00.000Z");
  });

  it("round-trips every minute outside the repeated hour", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1) / 60_000, max: Date.UTC(2028, 0, 1) / 60_000 }), fc.constantFrom(LA, "America/New_York", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC"), (minutes, zone) => {
        const instant = new Date(minutes * 60_000);
        const wall = wallClock(instant, zone);
        const back = instantFromWallClock(wall.date, wall.time, zone);
        const earlier = new Date(instant.getTime() - 3_600_000);
        const repeated = wallClock(earlier, zone).time === wall.time || wallClock(new Date(instant.getTime() - 1_800_000), zone).time === wall.time;
        if (!repeated) expect(back.toISOString()).toBe(instant.toISOString());
        else expect(wallClock(back, zone)).toEqual(wall);
      }),
      { numRuns: 2000 },
    );
  });

  it("names the zone as it applies at that instant", () => {
    expect(zoneName(LA, new Date("2026-01-10T12:00:00Z"))).toBe("Pacific Standard Time");
    expect(zoneName(LA, new Date("2026-07-10T12:00:00Z"))).toBe("Pacific Daylight Time");
  });

  it("accepts IANA zones only", () => {
    expect(isValidTimeZone("America/Los_Angeles")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isValidTimeZone("PST")).toBe(false);
  });
});
