import { describe, expect, it } from "vitest";
import { referenceTiers, taskCoverage, uncoveredWhileStaffed, missingBySlot } from "@/lib/arrangement/task-coverage";
import { chosenTask } from "@/lib/arrangement/week-view";
import { english, spanish } from "@/tests/support/words";
import { makeArrangement, makeException, makeFacts, makeRule, makeSupervisor, TASKS } from "@/tests/support/clearance-facts";

const ZONE = "America/Los_Angeles";
/** Friday 2026-03-13 and Saturday 2026-03-14 at Tacoma (WA). */
const DAYS = [
  { date: "2026-03-13", weekday: 5 },
  { date: "2026-03-14", weekday: 6 },
];
const slotAt = (hour: number, minute = 0) => (hour * 60 + minute - 6 * 60) / 30;
const NP = makeSupervisor({ id: "personnp0001", name: "Jordan Ellis", providerType: "NP" });
const LEE = makeSupervisor();
/** Jordan Ellis (NP) on site Friday 07:00–13:00; Dr. Lee (MD) by video Saturday 09:00–13:00. */
const ARRANGEMENTS = [
  makeArrangement({ supervisorId: NP.id, windows: [{ weekday: 5, startMinute: 7 * 60, endMinute: 13 * 60 }] }),
  makeArrangement({ level: "telemedicine", windows: [{ weekday: 6, startMinute: 9 * 60, endMinute: 13 * 60 }] }),
];
const RULES = [
  makeRule({ taskId: TASKS.injections.id, supervisorTypes: ["MD", "DO"] }),
  makeRule({ taskId: TASKS.vitals.id, outcome: "allowed", supervisorTypes: ["MD", "DO", "PA", "NP"] }),
];
const facts = (overrides: Parameters<typeof makeFacts>[0] = {}) => makeFacts({ rules: RULES, arrangements: ARRANGEMENTS, supervisors: [LEE, NP], ...overrides });
const covered = (f: ReturnType<typeof makeFacts>, task: (typeof TASKS)[keyof typeof TASKS], day: number, hour: number, minute = 0) => taskCoverage(f, DAYS, [task], ZONE)[0]!.covered[day]![slotAt(hour, minute)];

describe("coverage per task, as the engine judges supervision", () => {
  it("an NP on site does not cover a task whose rule accepts only physicians, and covers one whose rule accepts NPs", () => {
    const f = facts();
    expect(covered(f, TASKS.injections, 0, 10)).toBe(false);
    expect(covered(f, TASKS.vitals, 0, 10)).toBe(true);
    expect(covered(f, TASKS.vitals, 0, 13)).toBe(false);
  });

  it("a supervisor by video does not cover a task that needs one on the premises", () => {
    expect(covered(facts(), TASKS.vitals, 1, 10)).toBe(false);
    const general = facts({ rules: [makeRule({ taskId: TASKS.vitals.id, supervisionLevel: "general" })] });
    expect(covered(general, TASKS.vitals, 1, 10)).toBe(true);
  });

  it("a child task follows its parent's rule", () => {
    expect(covered(facts(), TASKS.intramuscular, 0, 10)).toBe(false);
    const anyType = facts({ rules: [makeRule({ taskId: TASKS.injections.id })] });
    expect(covered(anyType, TASKS.intramuscular, 0, 10)).toBe(true);
  });

  it("an absence that takes out part of a half hour leaves it not covered", () => {
    const away = facts({ exceptions: [makeException({ providerId: NP.id, from: "2026-03-13T17:15:00.000Z", to: "2026-03-13T18:00:00.000Z" })] });
    expect(covered(away, TASKS.vitals, 0, 9, 30)).toBe(true);
    expect(covered(away, TASKS.vitals, 0, 10)).toBe(false);
    expect(covered(away, TASKS.vitals, 0, 11)).toBe(true);
  });

  it("an arrangement for named medical assistants only covers nobody in general", () => {
    const named = facts({ arrangements: [makeArrangement({ supervisorId: LEE.id, allMedicalAssistants: false, superviseeIds: ["personsomeone"], windows: [{ weekday: 5, startMinute: 7 * 60, endMinute: 13 * 60 }] })] });
    expect(covered(named, TASKS.vitals, 0, 10)).toBe(false);
  });

  it("where rules differ by credential tier, a half hour is covered only when it is for every tier", () => {
    const tiers = facts({ rules: [makeRule({ taskId: TASKS.venipuncture.id, credentialTier: "ma_c", supervisorTypes: ["MD"] }), makeRule({ taskId: TASKS.venipuncture.id, credentialTier: "ma_p", supervisorTypes: ["NP"] })] });
    expect(referenceTiers(tiers, TASKS.venipuncture)).toEqual(["ma_c", "ma_p"]);
    expect(covered(tiers, TASKS.venipuncture, 0, 10)).toBe(false);
    expect(referenceTiers(facts(), TASKS.vitals)).toEqual([null]);
  });

  it("says, in the engine's words, why a task is not covered while a supervisor is there, in stretches", () => {
    const f = facts();
    const coverage = taskCoverage(f, DAYS, [TASKS.vitals, TASKS.injections], ZONE);
    const staffed = DAYS.map((_, day) => coverage[0]!.covered[day]!.map((_, i) => ((day === 0 ? i >= slotAt(7) : i >= slotAt(9)) && i < slotAt(13) ? [day === 0 ? "Jordan Ellis" : "Daniel Lee"] : [])));
    const stretches = uncoveredWhileStaffed(coverage, staffed);
    expect(stretches.map((s) => [s.day, s.task.code, s.startMinute / 60, s.endMinute / 60])).toEqual([
      [0, "injections", 7, 13],
      [1, "injections", 9, 13],
      [1, "vitals", 9, 13],
    ]);
    expect(missingBySlot(coverage)[0]![slotAt(10)]!.map((t) => t.code)).toEqual(["injections"]);
    const onlyNp = taskCoverage(facts({ arrangements: [ARRANGEMENTS[0]!] }), DAYS, [TASKS.injections], ZONE);
    expect(uncoveredWhileStaffed(onlyNp, staffed)[0]!.reason).toBe("Jordan Ellis (NP) is on duty, but Washington allows supervision of giving certain injections only by MD or DO.");
  });
});

describe("the task filter in the address", () => {
  const tasks = [TASKS.vitals, TASKS.injections];
  it("chooses a supervised task by its code, or every task when none is given", () => {
    expect(chosenTask({ task: "injections" }, tasks)).toEqual({ chosen: TASKS.injections, error: null });
    expect(chosenTask({}, tasks)).toEqual({ chosen: undefined, error: null });
    expect(chosenTask({ task: "" }, tasks)).toEqual({ chosen: undefined, error: null });
  });

  it("refuses an unknown task with a message naming it, and a repeated one", () => {
    const unknown = chosenTask({ task: "juggling" }, tasks);
    expect(unknown.chosen).toBeUndefined();
    expect(english(unknown.error ?? undefined)).toContain("no supervised task “juggling”");
    expect(english(chosenTask({ task: ["vitals", "injections"] }, tasks).error ?? undefined)).toBe("Choose one task to show coverage for.");
    expect(english(chosenTask({ task: "x".repeat(500) }, tasks).error ?? undefined)).toBe("A task code is 100 characters at most.");
  });

  it("says why in the reader's language", () => {
    expect(spanish(chosenTask({ task: "juggling" }, tasks).error ?? undefined)).toBe("No hay ninguna tarea supervisada “juggling” de la cual mostrar la cobertura: se muestran todas las tareas supervisadas. Elija una de la lista.");
    expect(spanish(chosenTask({ task: ["vitals", "injections"] }, tasks).error ?? undefined)).toBe("Elija una sola tarea de la cual mostrar la cobertura.");
    expect(spanish(chosenTask({ task: "x".repeat(500) }, tasks).error ?? undefined)).toBe("Un código de tarea tiene como máximo 100 caracteres.");
  });
});
