import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arrangementSchema } from "@/lib/arrangement/schema";
import { zodFieldErrors } from "@/lib/validation/form-data";
import { english, englishFields, spanish } from "@/tests/support/words";

const base = { locationId: "loctacoma0001", supervisorId: "persondrlee01", level: "on_premises", superviseeMode: "all", taskMode: "all_clinical", effectiveFrom: "2026-03-01" };
const messages = (input: Record<string, unknown>) => {
  const result = arrangementSchema.safeParse({ ...base, ...input });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${english(i.message)}`);
};

describe("supervision schedule input", () => {
  it("reads parallel window fields into minutes", () => {
    const result = arrangementSchema.parse({ ...base, windowDay: ["1", "2"], windowStart: ["08:00", "09:30"], windowEnd: ["17:00", "12:00"] });
    expect(result.windows).toEqual([
      { weekday: 1, startMinute: 480, endMinute: 1020 },
      { weekday: 2, startMinute: 570, endMinute: 720 },
    ]);
  });

  it("refuses a window that ends before it starts, naming the row", () => {
    expect(messages({ windowDay: ["1", "1"], windowStart: ["08:00", "22:00"], windowEnd: ["12:00", "06:00"] })).toEqual([
      "windows.1: The window ends (06:00) before it starts (22:00). Split a night shift into two windows: 22:00–00:00 and 00:00–06:00 the next day.",
    ]);
  });

  it("reads an end of 00:00 or 24:00 as midnight at the end of the day, so a 24-hour or overnight schedule has no gap", () => {
    const parsed = (fields: Record<string, string[]>) => arrangementSchema.safeParse({ ...base, ...fields });
    const night = parsed({ windowDay: ["1", "2"], windowStart: ["22:00", "00:00"], windowEnd: ["00:00", "06:00"] });
    expect(night.success && night.data.windows).toEqual([{ weekday: 1, startMinute: 1320, endMinute: 1440 }, { weekday: 2, startMinute: 0, endMinute: 360 }]);
    const allDay = parsed({ windowDay: ["3"], windowStart: ["00:00"], windowEnd: ["24:00"] });
    expect(allDay.success && allDay.data.windows).toEqual([{ weekday: 3, startMinute: 0, endMinute: 1440 }]);
    expect(messages({ windowDay: ["3"], windowStart: ["24:00"], windowEnd: ["24:00"] })).toEqual(["windows.0: A window starts at 23:59 at the latest."]);
  });

  it("refuses overlapping windows, bad times and days, and an empty schedule", () => {
    expect(messages({ windowDay: ["1", "1"], windowStart: ["08:00", "11:00"], windowEnd: ["12:00", "13:00"] })).toEqual(["windows.1: This window overlaps another one on the same day."]);
    expect(messages({ windowDay: ["9"], windowStart: ["08:00"], windowEnd: ["12:00"] })).toEqual(["windows.0: Choose a day of the week."]);
    expect(messages({ windowDay: ["1"], windowStart: ["8am"], windowEnd: ["12:00"] })).toEqual(["windows.0: Times must be like 08:00 (24-hour clock)."]);
    expect(messages({})).toEqual(["windows: Add at least one weekly window when the supervisor is available."]);
  });

  it("says what is wrong in Spanish too", () => {
    const result = arrangementSchema.safeParse({ ...base, windowDay: "1", windowStart: "17:00", windowEnd: "08:00" });
    expect(spanish(result.error?.issues[0]?.message)).toBe("El horario termina (08:00) antes de empezar (17:00). Divida un turno nocturno en dos horarios: 17:00–00:00 y 00:00–08:00 del día siguiente.");
    const empty = arrangementSchema.safeParse(base);
    expect(spanish(empty.error?.issues[0]?.message)).toBe("Agregue al menos un horario semanal en que el supervisor esté disponible.");
  });

  it("needs people and tasks when not for everyone", () => {
    expect(messages({ superviseeMode: "selected", taskMode: "selected", windowDay: "1", windowStart: "08:00", windowEnd: "09:00" })).toEqual([
      "superviseeIds: Choose who is supervised, or choose all medical assistants.",
      "taskIds: Choose the tasks, or choose all clinical tasks.",
    ]);
  });
});

describe("supervision form errors, all in one pass", () => {
  const fieldErrors = (input: Record<string, unknown>) => {
    const result = arrangementSchema.safeParse({ ...base, windowDay: "1", windowStart: "08:00", windowEnd: "17:00", ...input });
    return result.success ? {} : (englishFields(zodFieldErrors(result.error)) ?? {});
  };

  it("names the supervisor instead of answering 'Unknown id.'", () => {
    expect(fieldErrors({ supervisorId: "" })).toEqual({ supervisorId: "Choose the supervisor." });
    expect(fieldErrors({ supervisorId: "<script>" })).toEqual({ supervisorId: "The supervisor chosen is not one of those offered. Reload the page and choose again." });
    expect(JSON.stringify(fieldErrors({ supervisorId: undefined }))).not.toContain("Unknown id.");
  });

  it("reports the supervisor, the people, the tasks, the dates and the schedule together", () => {
    expect(fieldErrors({ supervisorId: "", superviseeMode: "selected", taskMode: "selected", lastDay: "2026-02-01", windowDay: "1", windowStart: "17:00", windowEnd: "08:00" })).toEqual({
      supervisorId: "Choose the supervisor.",
      "windows.0": "The window ends (08:00) before it starts (17:00). Split a night shift into two windows: 17:00–00:00 and 00:00–08:00 the next day.",
      superviseeIds: "Choose who is supervised, or choose all medical assistants.",
      taskIds: "Choose the tasks, or choose all clinical tasks.",
      lastDay: "The last day cannot be before the start date.",
    });
  });

  it("says what to choose when the who or the what is missing", () => {
    expect(fieldErrors({ superviseeMode: undefined, taskMode: "sometimes" })).toEqual({
      superviseeMode: "Choose all medical assistants here, or chosen people.",
      taskMode: "Choose all clinical tasks, or chosen tasks.",
    });
  });

  // Whatever set of fields is wrong, one submission reports each of them: nothing waits for a second pass.
  it("reports every broken field at once, whichever are broken", () => {
    const breakages: Record<string, Record<string, unknown>> = {
      supervisorId: { supervisorId: "" },
      level: { level: "loose" },
      effectiveFrom: { effectiveFrom: "soon" },
      superviseeIds: { superviseeMode: "selected" },
      taskIds: { taskMode: "selected" },
      windows: { windowDay: [], windowStart: [], windowEnd: [] },
    };
    fc.assert(
      fc.property(fc.subarray(Object.keys(breakages), { minLength: 1 }), (broken) => {
        const errors = fieldErrors(Object.assign({}, ...broken.map((field) => breakages[field])));
        expect(Object.keys(errors).sort()).toEqual([...broken].sort());
        for (const message of Object.values(errors)) expect(message).not.toBe("Unknown id.");
      }),
    );
  });
});
