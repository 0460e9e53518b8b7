import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveArrangementAction } from "@/lib/arrangement/actions";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makePerson } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Supervision arrangements through the server action, sent as the schedule editor sends them: one
 * windowDay/windowStart/windowEnd triple per row, repeated form fields in row order.
 */
type Window = [day: string, start: string, end: string];
const WEEKDAYS_9_TO_5: Window[] = ["1", "2", "3", "4", "5"].map((d) => [d, "09:00", "17:00"]);

function arrangementForm(fields: Record<string, string | string[]>, windows: Window[]): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(key, v);
  for (const [day, start, end] of windows) {
    form.append("windowDay", day);
    form.append("windowStart", start);
    form.append("windowEnd", end);
  }
  return form;
}

let locationId: string;
let supervisorId: string;
let manager: Awaited<ReturnType<typeof signInNew>>;

beforeEach(async () => {
  locationId = (await makeLocation()).id;
  supervisorId = (await makePerson({ providerType: "MD", locationIds: [locationId], firstName: "Daniel", lastName: "Lee" })).id;
  manager = await signInNew([{ role: "manager", locationId }], [locationId]);
});

const fields = (overrides: Record<string, string | string[]> = {}) => ({
  locationId,
  supervisorId,
  level: "on_premises",
  superviseeMode: "all",
  taskMode: "all_clinical",
  effectiveFrom: "2026-12-01",
  ...overrides,
});

async function saveNew(windows: Window[] = WEEKDAYS_9_TO_5) {
  const state = await saveArrangementAction(undefined, arrangementForm(fields(), windows));
  expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
  return (state as { data: { lineageId: string; version: number } }).data;
}

describe(`saving a supervision arrangement (${testEngine})`, () => {
  it("writes the arrangement, its weekly windows and an audit event together", async () => {
    const before = await rowCounts();
    const { lineageId, version } = await saveNew([...WEEKDAYS_9_TO_5, ["6", "08:00", "12:00"]]);
    expect(version).toBe(1);

    const saved = await prisma.supervisionArrangement.findFirstOrThrow({ where: { lineageId }, include: { windows: { orderBy: [{ weekday: "asc" }] } } });
    expect(saved).toMatchObject({ locationId, supervisorId, level: "on_premises", allMedicalAssistants: true, allClinicalTasks: true, recordedById: manager.user.id });
    // The start date is stored as a calendar date, read on the clinic's calendar.
    expect(saved.effectiveFrom.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(saved.windows.map((w) => [w.weekday, w.startMinute, w.endMinute])).toEqual([
      [1, 540, 1020], [2, 540, 1020], [3, 540, 1020], [4, 540, 1020], [5, 540, 1020], [6, 480, 720],
    ]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "arrangement.create", entityId: lineageId } });
    expect(event).toMatchObject({ actorUserId: manager.user.id, locationId, after: { version: 1, supervisorId, level: "on_premises" } });

    const after = await rowCounts();
    expect([after.arrangements - before.arrangements, after.windows - before.windows, after.changes - before.changes]).toEqual([1, 6, 1]);
  });

  it("refuses a window that ends before it starts, naming that row, and writes nothing", async () => {
    const before = await rowCounts();
    const state = await saveArrangementAction(undefined, arrangementForm(fields(), [["1", "08:00", "12:00"], ["2", "17:00", "09:00"], ["3", "08:00", "12:00"]]));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION" });
    const fieldErrors = state.status === "error" ? state.fieldErrors : undefined;
    expect(fieldErrors).toEqual({ "windows.1": "The window ends (09:00) before it starts (17:00). Split a night shift into two windows: 17:00–00:00 and 00:00–09:00 the next day." });
    // The rows come back as typed, so the editor can show them again.
    expect(state.status === "error" && state.values).toMatchObject({ windowDay: "1\n2\n3", windowStart: "08:00\n17:00\n08:00", windowEnd: "12:00\n09:00\n12:00" });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["overlapping windows on one day", [["1", "08:00", "12:00"], ["1", "11:00", "14:00"]] as Window[], { "windows.1": "This window overlaps another one on the same day." }],
    ["a time that is not a 24-hour time", [["1", "8am", "12:00"]] as Window[], { "windows.0": "Times must be like 08:00 (24-hour clock)." }],
    ["a weekday out of range", [["9", "08:00", "12:00"]] as Window[], { "windows.0": "Choose a day of the week." }],
    ["no window at all", [] as Window[], { windows: "Add at least one weekly window when the supervisor is available." }],
  ])("refuses %s with a field message and writes nothing", async (_case, windows, expected) => {
    const before = await rowCounts();
    const state = await saveArrangementAction(undefined, arrangementForm(fields(), windows));
    expect(state).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: expected });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a supervisor who is not a provider, and supervisees who do not work here, writing nothing", async () => {
    const notProvider = await makePerson({ locationIds: [locationId] });
    const elsewhere = await makePerson({ locationIds: [(await makeLocation()).id] });
    const before = await rowCounts();
    const byMa = await saveArrangementAction(undefined, arrangementForm(fields({ supervisorId: notProvider.id }), WEEKDAYS_9_TO_5));
    expect(byMa).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { supervisorId: "Choose a provider." } });
    const outsiders = await saveArrangementAction(undefined, arrangementForm(fields({ superviseeMode: "selected", superviseeIds: [elsewhere.id] }), WEEKDAYS_9_TO_5));
    expect(outsiders).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { superviseeIds: "Choose medical assistants who work here." } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses hostile input (a 100,000-character field, thousands of rows) with a clear message and no internal error", async () => {
    const before = await rowCounts();
    const huge = await saveArrangementAction(undefined, arrangementForm(fields({ level: "x".repeat(100_000) }), WEEKDAYS_9_TO_5));
    expect(huge).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { level: "Choose the level of supervision." } });
    const many: Window[] = Array.from({ length: 7 * 23 }, (_, i) => [String(i % 7), `${String(Math.floor(i / 7)).padStart(2, "0")}:00`, `${String(Math.floor(i / 7)).padStart(2, "0")}:30`]);
    const tooMany = await saveArrangementAction(undefined, arrangementForm(fields(), many));
    expect(tooMany).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { windows: "At most 50 windows." } });
    expect(await rowCounts()).toEqual(before);
  });
});

describe(`a supervision arrangement for a manager who reads Spanish (${testEngine})`, () => {
  it("refuses a bad schedule and saves a good one in Spanish", async () => {
    await prisma.user.update({ where: { id: manager.user.id }, data: { locale: "es" } });
    const overlap = await saveArrangementAction(undefined, arrangementForm(fields(), [["1", "08:00", "12:00"], ["1", "11:00", "14:00"]]));
    expect(overlap).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { "windows.1": "Este horario se superpone con otro del mismo día." } });
    const tooMany: Window[] = Array.from({ length: 51 }, (_, i) => [String(i % 7), `${String(Math.floor(i / 7)).padStart(2, "0")}:00`, `${String(Math.floor(i / 7)).padStart(2, "0")}:30`]);
    expect(await saveArrangementAction(undefined, arrangementForm(fields(), tooMany))).toMatchObject({ fieldErrors: { windows: "Como máximo 50 horarios." } });
    expect(await saveArrangementAction(undefined, arrangementForm(fields(), WEEKDAYS_9_TO_5))).toMatchObject({ status: "success", message: "Acuerdo de supervisión guardado." });
  });
});

describe(`editing a supervision arrangement (${testEngine})`, () => {
  it("an edit adds version 2 and keeps version 1 with its schedule", async () => {
    const { lineageId } = await saveNew();
    const state = await saveArrangementAction(undefined, arrangementForm(fields({ lineageId, version: "1", level: "direct_visual" }), [["1", "10:00", "14:00"]]));
    expect(state).toMatchObject({ status: "success", data: { lineageId, version: 2 }, message: expect.stringMatching(/^Saved as version 2, in force from \d{4}-\d{2}-\d{2}; the schedule before it stays as it was\.$/) });
    const versions = await prisma.supervisionArrangement.findMany({ where: { lineageId }, orderBy: { version: "asc" }, include: { windows: true } });
    expect(versions.map((v) => [v.version, v.level, v.windows.length])).toEqual([[1, "on_premises", 5], [2, "direct_visual", 1]]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "arrangement.update", entityId: lineageId } });
    expect(event).toMatchObject({ before: { version: 1, level: "on_premises" }, after: { version: 2, level: "direct_visual" } });
  });

  it("an edit based on an old version is refused as stale, naming who changed it and when, keeping the input", async () => {
    const { lineageId } = await saveNew();
    const colleague = await signInNew([{ role: "manager", locationId }], [locationId]);
    expect(await saveArrangementAction(undefined, arrangementForm(fields({ lineageId, version: "1", level: "general" }), WEEKDAYS_9_TO_5))).toMatchObject({ status: "success" });

    await signInAs(manager.user);
    const before = await rowCounts();
    const stale = await saveArrangementAction(undefined, arrangementForm(fields({ lineageId, version: "1", level: "direct_visual" }), [["2", "07:30", "15:30"]]));
    expect(stale).toMatchObject({ status: "error", code: "STALE", values: { lineageId, version: "1", level: "direct_visual", windowDay: "2", windowStart: "07:30", windowEnd: "15:30" } });
    expect(stale.status === "error" && stale.message).toMatch(new RegExp(`changed by ${colleague.user.email.replace(/\./g, "\\.")} at \\d{2}:\\d{2} P[SD]T while you were editing`));
    expect(await rowCounts()).toEqual(before);
  });

  it("two edits of the same version at once keep exactly one version 2", async () => {
    const { lineageId } = await saveNew();
    const edit = (level: string) => saveArrangementAction(undefined, arrangementForm(fields({ lineageId, version: "1", level }), WEEKDAYS_9_TO_5));
    const results = await Promise.all([edit("general"), edit("direct_visual")]);
    expect(await prisma.supervisionArrangement.count({ where: { lineageId } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "arrangement.update", entityId: lineageId } })).toBe(1);
    expect(results.map((r) => r.status).sort()).toEqual(["error", "success"]);
    expect(results.find((r) => r.status === "error")).toMatchObject({ code: "STALE" });
  });
});
