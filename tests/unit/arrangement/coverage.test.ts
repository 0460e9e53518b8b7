import { describe, expect, it } from "vitest";
import { weekCoverage, type CoveringArrangement } from "@/lib/arrangement/coverage";
import type { Standing } from "@/lib/exception/interval";
import { endOfLocalDay, instantFromWallClock, startOfLocalDay } from "@/lib/time/zoned";

const ZONE = "America/Los_Angeles";
const weekdays = (start: number, end: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: start, endMinute: end }));
/** The week of Sunday 2026-12-06. */
const DAYS = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ date: `2026-12-${String(6 + i).padStart(2, "0")}`, weekday: i }));
const lee: CoveringArrangement = { supervisorId: "lee", supervisorName: "Dr. Lee", level: "on_premises", windows: weekdays(8 * 60, 17 * 60) };
const at = (date: string, time: string) => instantFromWallClock(date, time, ZONE);
const exception = (overrides: Partial<Standing>): Standing => ({ lineageId: "x", version: 1, kind: "absence", providerId: "lee", providerName: "Dr. Lee", reason: "vacation", level: null, startsAt: at("2026-12-08", "00:00"), endsAt: at("2026-12-09", "00:00"), allDay: true, ...overrides });
const slotOf = (week: ReturnType<typeof weekCoverage>, weekday: number, hour: number, minute = 0) => week[weekday]!.find((s) => s.startMinute === hour * 60 + minute)!;

describe("a location's week", () => {
  it("shows the strongest level present in each slot and who provides it", () => {
    const week = weekCoverage(
      DAYS,
      [
        lee,
        { supervisorId: "shah", supervisorName: "Dr. Shah", level: "direct_visual", windows: [{ weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 }] },
        { supervisorId: "ellis", supervisorName: "NP Ellis", level: "telemedicine", windows: [{ weekday: 6, startMinute: 9 * 60, endMinute: 13 * 60 }] },
      ],
      [],
      ZONE,
    );
    expect(slotOf(week, 1, 8)).toEqual({ startMinute: 480, level: "on_premises", supervisors: ["Dr. Lee"], onSite: true, away: [], closed: null });
    expect(slotOf(week, 2, 10)).toMatchObject({ level: "direct_visual", supervisors: ["Dr. Shah"], onSite: true });
    expect(slotOf(week, 6, 10)).toMatchObject({ level: "telemedicine", onSite: false });
    expect(slotOf(week, 0, 10)).toMatchObject({ level: null, onSite: false });
  });

  it("counts a slot as covered only when a window covers all of it", () => {
    const week = weekCoverage(DAYS, [{ ...lee, windows: [{ weekday: 1, startMinute: 8 * 60 + 15, endMinute: 17 * 60 }] }], [], ZONE);
    expect(slotOf(week, 1, 8).level).toBeNull();
    expect(slotOf(week, 1, 8, 30).level).toBe("on_premises");
    expect(slotOf(week, 1, 17).level).toBeNull();
  });

  it("an absence takes its supervisor out and marks the gap it creates; only on its days", () => {
    const week = weekCoverage(DAYS, [lee], [exception({})], ZONE);
    expect(slotOf(week, 2, 10)).toMatchObject({ level: null, onSite: false, away: ["Dr. Lee"] });
    expect(slotOf(week, 3, 10)).toMatchObject({ level: "on_premises", away: [] });
  });

  it("an absence of hours takes out the half hours it touches", () => {
    const week = weekCoverage(DAYS, [lee], [exception({ startsAt: at("2026-12-08", "09:15"), endsAt: at("2026-12-08", "11:00"), allDay: false, reason: "dentist" })], ZONE);
    expect(slotOf(week, 2, 8, 30).level).toBe("on_premises");
    expect(slotOf(week, 2, 9).away).toEqual(["Dr. Lee"]);
    expect(slotOf(week, 2, 10, 30).away).toEqual(["Dr. Lee"]);
    expect(slotOf(week, 2, 11).level).toBe("on_premises");
  });

  it("an extra session adds a supervisor outside the plan; a closure leaves nobody", () => {
    const saturday = exception({ kind: "extra_session", level: "on_premises", startsAt: at("2026-12-12", "09:00"), endsAt: at("2026-12-12", "13:00"), allDay: false, reason: "flu clinic" });
    const closed = exception({ kind: "closure", providerId: null, providerName: null, startsAt: startOfLocalDay("2026-12-10", ZONE), endsAt: endOfLocalDay("2026-12-10", ZONE), reason: "holiday" });
    const week = weekCoverage(DAYS, [lee], [saturday, closed], ZONE);
    expect(slotOf(week, 6, 10)).toMatchObject({ level: "on_premises", supervisors: ["Dr. Lee"] });
    expect(slotOf(week, 6, 13).level).toBeNull();
    expect(slotOf(week, 4, 10)).toMatchObject({ level: null, closed: "holiday", away: [] });
  });

  it("reads slots on the location's clock on a daylight-saving day", () => {
    const days = [{ date: "2026-11-01", weekday: 0 }];
    const sunday = { ...lee, windows: [{ weekday: 0, startMinute: 0, endMinute: 1440 }] };
    const week = weekCoverage(days, [sunday], [exception({ startsAt: at("2026-11-01", "20:00"), endsAt: endOfLocalDay("2026-11-01", ZONE), allDay: false })], ZONE);
    expect(slotOf(week, 0, 19, 30).level).toBe("on_premises");
    expect(slotOf(week, 0, 20).away).toEqual(["Dr. Lee"]);
    expect(slotOf(week, 0, 21, 30).away).toEqual(["Dr. Lee"]);
  });
});
