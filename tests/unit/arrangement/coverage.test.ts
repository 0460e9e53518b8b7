import { describe, expect, it } from "vitest";
import { weeklyCoverage } from "@/lib/arrangement/coverage";

const weekdays = (start: number, end: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: start, endMinute: end }));

describe("weekly coverage", () => {
  it("shows the strongest level present in each slot and who provides it", () => {
    const week = weeklyCoverage([
      { supervisorName: "Dr. Lee", level: "on_premises", windows: weekdays(8 * 60, 17 * 60) },
      { supervisorName: "Dr. Shah", level: "direct_visual", windows: [{ weekday: 2, startMinute: 9 * 60, endMinute: 12 * 60 }] },
      { supervisorName: "NP Ellis", level: "telemedicine", windows: [{ weekday: 6, startMinute: 9 * 60, endMinute: 13 * 60 }] },
    ]);
    const slot = (weekday: number, hour: number, minute = 0) => week[weekday]!.find((s) => s.startMinute === hour * 60 + minute)!;
    expect(slot(1, 8)).toEqual({ startMinute: 480, level: "on_premises", supervisors: ["Dr. Lee"], onSite: true });
    expect(slot(2, 10)).toMatchObject({ level: "direct_visual", supervisors: ["Dr. Shah"], onSite: true });
    expect(slot(6, 10)).toMatchObject({ level: "telemedicine", onSite: false });
    expect(slot(0, 10)).toMatchObject({ level: null, onSite: false });
  });

  it("counts a slot as covered only when a window covers all of it", () => {
    const week = weeklyCoverage([{ supervisorName: "Dr. Lee", level: "on_premises", windows: [{ weekday: 1, startMinute: 8 * 60 + 15, endMinute: 17 * 60 }] }]);
    expect(week[1]!.find((s) => s.startMinute === 8 * 60)!.level).toBeNull();
    expect(week[1]!.find((s) => s.startMinute === 8 * 60 + 30)!.level).toBe("on_premises");
    expect(week[1]!.find((s) => s.startMinute === 16 * 60 + 30)!.level).toBe("on_premises");
    expect(week[1]!.find((s) => s.startMinute === 17 * 60)!.level).toBeNull();
  });
});
