import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { describeSession, describeWindows, scheduleIn } from "@/lib/clearance/supervision";

const ENGLISH_DAYS = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat)\b/;
const window = fc.record({ weekday: fc.integer({ min: 0, max: 6 }), startMinute: fc.integer({ min: 0, max: 1380 }), endMinute: fc.integer({ min: 60, max: 1440 }) });

describe("a supervisor's schedule in the reader's language", () => {
  it("says the days and the extra session in Spanish", () => {
    const week = describeWindows([1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1020 })).concat({ weekday: 6, startMinute: 540, endMinute: 780 }));
    expect(week).toBe("Mon–Fri 08:00–17:00, Sat 09:00–13:00");
    expect(scheduleIn(week, "es")).toBe("lun–vie 08:00–17:00, sáb 09:00–13:00");
    const session = describeSession({ startsAt: "2026-03-07T17:00:00Z", endsAt: "2026-03-07T21:00:00Z" }, "America/Los_Angeles");
    expect(session).toBe("extra session Sat 09:00–13:00");
    expect(scheduleIn(session, "es")).toBe("sesión adicional sáb 09:00–13:00");
  });

  test.prop([fc.array(window, { minLength: 1, maxLength: 10 })])("keeps every time and leaves no English day in Spanish; English is unchanged", (windows) => {
    const english = describeWindows(windows);
    const spanish = scheduleIn(english, "es");
    expect(scheduleIn(english, "en")).toBe(english);
    expect(spanish).not.toMatch(ENGLISH_DAYS);
    expect(spanish.replace(/\p{L}+/gu, "")).toBe(english.replace(/\p{L}+/gu, ""));
  });
});
