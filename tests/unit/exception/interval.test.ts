import { describe, expect, it } from "vitest";
import { contradiction, describeInterval, intervalOf, type Standing } from "@/lib/exception/interval";
import { instantFromWallClock } from "@/lib/time/zoned";

const ZONE = "America/Los_Angeles";
const at = (date: string, time: string) => instantFromWallClock(date, time, ZONE);
const fields = (f: Partial<Parameters<typeof intervalOf>[0]>) => ({ span: "days" as const, fromDate: "2026-12-07", toDate: null, startTime: null, endTime: null, ...f });

describe("an exception's interval on the location's clock", () => {
  it("whole days run from local midnight to local midnight, 23 or 25 hours on daylight-saving days", () => {
    expect(intervalOf(fields({ toDate: "2026-12-11" }), ZONE)).toEqual({ ok: true, interval: { startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-12", "00:00"), allDay: true } });
    const spring = intervalOf(fields({ fromDate: "2026-03-08" }), ZONE);
    const autumn = intervalOf(fields({ fromDate: "2026-11-01" }), ZONE);
    if (!spring.ok || !autumn.ok) throw new Error("expected intervals");
    expect((spring.interval.endsAt.getTime() - spring.interval.startsAt.getTime()) / 3_600_000).toBe(23);
    expect((autumn.interval.endsAt.getTime() - autumn.interval.startsAt.getTime()) / 3_600_000).toBe(25);
  });

  it("hours may end the next day, and 00:00 or 24:00 means the end of the day", () => {
    expect(intervalOf(fields({ span: "hours", toDate: "2026-12-08", startTime: "22:00", endTime: "02:00" }), ZONE)).toMatchObject({ ok: true, interval: { startsAt: at("2026-12-07", "22:00"), endsAt: at("2026-12-08", "02:00"), allDay: false } });
    expect(intervalOf(fields({ span: "hours", startTime: "18:00", endTime: "24:00" }), ZONE)).toMatchObject({ ok: true, interval: { endsAt: at("2026-12-08", "00:00") } });
  });

  it("refuses an end before the start, and more than a year, naming the field", () => {
    expect(intervalOf(fields({ span: "hours", startTime: "14:00", endTime: "09:00" }), ZONE)).toEqual({ ok: false, field: "endTime", message: "It ends (2026-12-07 09:00) before it starts (2026-12-07 14:00). For a night, enter the next day as the last day." });
    expect(intervalOf(fields({ toDate: "2028-01-01" }), ZONE)).toMatchObject({ ok: false, field: "toDate" });
  });

  it("reads as days or as times", () => {
    expect(describeInterval({ startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-12", "00:00"), allDay: true }, ZONE)).toBe("2026-12-07 to 2026-12-11");
    expect(describeInterval({ startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-08", "00:00"), allDay: true }, ZONE)).toBe("2026-12-07");
    expect(describeInterval({ startsAt: at("2026-12-07", "09:00"), endsAt: at("2026-12-07", "12:00"), allDay: false }, ZONE)).toBe("2026-12-07 09:00–12:00");
    expect(describeInterval({ startsAt: at("2026-12-07", "18:00"), endsAt: at("2026-12-08", "00:00"), allDay: false }, ZONE)).toBe("2026-12-07 18:00–24:00");
    expect(describeInterval({ startsAt: at("2026-12-07", "22:00"), endsAt: at("2026-12-08", "02:00"), allDay: false }, ZONE)).toBe("2026-12-07 22:00 to 2026-12-08 02:00");
  });
});

describe("contradictions between exceptions", () => {
  const standing = (overrides: Partial<Standing>): Standing => ({ lineageId: "a", version: 1, kind: "absence", providerId: "lee", providerName: "Dr. Lee (MD)", reason: "vacation", level: null, startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-12", "00:00"), allDay: true, ...overrides });
  const candidate = (overrides: Partial<Parameters<typeof contradiction>[1]> = {}) => ({ lineageId: null, kind: "absence" as const, providerId: "lee", startsAt: at("2026-12-09", "09:00"), endsAt: at("2026-12-09", "12:00"), allDay: false, ...overrides });

  it("the same provider away twice at once, or away during their own extra session", () => {
    expect(contradiction([standing({})], candidate(), ZONE)).toBe("Dr. Lee (MD) is already recorded as away 2026-12-07 to 2026-12-11 (vacation): change that one instead of adding another.");
    expect(contradiction([standing({})], candidate({ kind: "extra_session" }), ZONE)).toMatch(/is recorded as away .* so they cannot cover an extra session then/);
    expect(contradiction([standing({ kind: "extra_session", reason: "flu clinic" })], candidate(), ZONE)).toMatch(/has an extra session .*flu clinic.*: cancel or change it/);
  });

  it("an extra session while closed, either way round", () => {
    const closed = standing({ kind: "closure", providerId: null, providerName: null, reason: "holiday" });
    expect(contradiction([closed], candidate({ kind: "extra_session" }), ZONE)).toMatch(/recorded as closed .*holiday.*: no extra session/);
    expect(contradiction([standing({ kind: "extra_session" })], candidate({ kind: "closure", providerId: null }), ZONE)).toMatch(/cancel it before closing/);
  });

  it("nothing when they do not overlap, concern another provider, or are the same lineage being corrected", () => {
    expect(contradiction([standing({})], candidate({ startsAt: at("2026-12-12", "00:00"), endsAt: at("2026-12-12", "12:00") }), ZONE)).toBeNull();
    expect(contradiction([standing({})], candidate({ providerId: "shah" }), ZONE)).toBeNull();
    expect(contradiction([standing({})], candidate({ lineageId: "a" }), ZONE)).toBeNull();
    expect(contradiction([standing({ kind: "closure", providerId: null })], candidate(), ZONE)).toBeNull();
  });
});
