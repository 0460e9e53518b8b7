import { describe, expect, it } from "vitest";
import { contradiction, describeInterval, intervalOf } from "@/lib/exception/interval";
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

describe("refusals in the reader's language", () => {
  const away = { lineageId: "a", version: 1, kind: "absence" as const, providerId: "lee", providerName: "Dr. Lee (MD)", reason: "vacation", level: null, startsAt: at("2026-12-07", "00:00"), endsAt: at("2026-12-12", "00:00"), allDay: true };
  const again = { lineageId: null, kind: "absence" as const, providerId: "lee", startsAt: at("2026-12-09", "09:00"), endsAt: at("2026-12-09", "12:00"), allDay: false };

  it("says in Spanish what an exception contradicts", () => {
    expect(contradiction([away], again, ZONE)).toBe("Dr. Lee (MD) is already recorded as away 2026-12-07 to 2026-12-11 (vacation): change that one instead of adding another.");
    expect(contradiction([away], again, ZONE, "es")).toBe("Dr. Lee (MD) ya figura como ausente 2026-12-07 a 2026-12-11 (vacation): cambie esa ausencia en lugar de agregar otra.");
  });

  it("says in Spanish that an interval ends before it starts", () => {
    const backwards = { span: "hours" as const, fromDate: "2026-12-07", toDate: null, startTime: "14:00", endTime: "09:00" };
    expect(intervalOf(backwards, ZONE, "es")).toEqual({ ok: false, field: "endTime", message: "Termina (2026-12-07 09:00) antes de empezar (2026-12-07 14:00). Para una noche, indique el día siguiente como último día." });
  });
});
