import { describe, expect, it } from "vitest";
import { describeInterval } from "@/lib/exception/interval";
import { describeException, type Described } from "@/lib/exception/wording";
import { instantFromWallClock } from "@/lib/time/zoned";

const ZONE = "America/Los_Angeles";
const at = (date: string, time: string) => instantFromWallClock(date, time, ZONE);
const makeException = (overrides: Partial<Described> = {}): Described => ({ kind: "absence", providerName: "Dr. Shah (MD)", reason: "vacation", startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-12", "00:00"), allDay: true, timeZone: ZONE, ...overrides });

describe("an exception in words", () => {
  it("reads in English as the lists always said it", () => {
    expect(describeException(makeException())).toBe("Away: Dr. Shah (MD), 2026-12-07 to 2026-12-11 (vacation)");
    expect(describeException(makeException({ kind: "closure", providerName: null, reason: "Thanksgiving", startsAt: at("2026-11-26", "00:00"), endsAt: at("2026-11-27", "00:00") }))).toBe("Closed, 2026-11-26 (Thanksgiving)");
    expect(describeException(makeException({ kind: "extra_session", allDay: false, startsAt: at("2026-12-12", "09:00"), endsAt: at("2026-12-12", "13:00"), reason: "flu clinic" }))).toBe("Extra session: Dr. Shah (MD), 2026-12-12 09:00–13:00 (flu clinic)");
  });

  it("reads in Spanish, with the names, dates, 24-hour times and reason left as entered", () => {
    expect(describeException(makeException(), "es")).toBe("Ausente: Dr. Shah (MD), 2026-12-07 a 2026-12-11 (vacation)");
    expect(describeException(makeException({ kind: "closure", providerName: null, reason: "Thanksgiving", startsAt: at("2026-11-26", "00:00"), endsAt: at("2026-11-27", "00:00") }), "es")).toBe("Cerrado, 2026-11-26 (Thanksgiving)");
    expect(describeException(makeException({ kind: "extra_session", allDay: false, startsAt: at("2026-12-12", "09:00"), endsAt: at("2026-12-12", "13:00") }), "es")).toBe("Sesión adicional: Dr. Shah (MD), 2026-12-12 09:00–13:00 (vacation)");
  });

  it("joins an interval over several days with the language's word", () => {
    const night = { startsAt: at("2026-12-07", "22:00"), endsAt: at("2026-12-08", "02:00"), allDay: false };
    expect(describeInterval(night, ZONE, "en")).toBe("2026-12-07 22:00 to 2026-12-08 02:00");
    expect(describeInterval(night, ZONE, "es")).toBe("2026-12-07 22:00 a 2026-12-08 02:00");
  });
});
