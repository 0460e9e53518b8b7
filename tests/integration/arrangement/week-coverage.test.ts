import { beforeAll, describe, expect, it } from "vitest";
import { loadCoverageFacts, listArrangements } from "@/lib/arrangement/data";
import { weekView } from "@/lib/arrangement/week-view";
import { supervisableTasks } from "@/lib/clearance/facts";
import { standingExceptions } from "@/lib/exception/data";
import { endOfLocalDay, startOfLocalDay } from "@/lib/time/zoned";
import { seedDemo } from "@/tests/support/demo";
import { countQueries } from "@/tests/support/test-database";

// Seeded on Friday 2026-11-20; the week shown is Sunday 2026-11-22 to Saturday 2026-11-28.
const SEEDED = new Date("2026-11-20T17:00:00Z");
const ZONE = "America/Los_Angeles";
const DAYS = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ date: `2026-11-${22 + i}`, weekday: i }));
const slot = (hour: number) => (hour - 6) * 2;

let demo: Awaited<ReturnType<typeof seedDemo>>;
beforeAll(async () => {
  demo = await seedDemo(SEEDED);
});

async function tacomaWeek(taskCode?: string) {
  const locationId = demo.location("Tacoma");
  const from = startOfLocalDay(DAYS[0]!.date, ZONE);
  const to = endOfLocalDay(DAYS[6]!.date, ZONE);
  const { result: facts, queries } = await countQueries(() => loadCoverageFacts(locationId, from, to, SEEDED));
  const tasks = supervisableTasks(facts!.tasks.filter((t) => !t.retired));
  const chosen = tasks.find((t) => t.code === taskCode);
  const view = weekView(DAYS, await listArrangements([locationId], undefined, SEEDED), await standingExceptions(locationId, from, to), facts, tasks, chosen, ZONE);
  return { view, queries, tasks };
}

describe("the supervision week on the demo data", () => {
  it("loads what the engine needs in one statement, whatever the number of tasks and days", async () => {
    expect((await tacomaWeek()).queries).toBe(1);
    expect(await loadCoverageFacts("no-such-location", SEEDED, SEEDED, SEEDED)).toBeNull();
  });

  it("Friday mornings at Tacoma, with only an NP on site, are covered for vital signs but not for injections, which Washington leaves to physicians here", async () => {
    const injections = (await tacomaWeek("injections")).view;
    expect(injections.week[5]![slot(8)]).toMatchObject({ level: "on_premises", supervisors: ["Jordan Ellis"] });
    expect(injections.missing[5]![slot(8)]).toEqual(["Giving certain injections"]);
    expect(injections.missing[2]![slot(8)]).toEqual([]);
    // The engine names the NP who is there but not accepted, not the MD scheduled on other days.
    expect(injections.uncovered.find((u) => u.day === 5)).toMatchObject({ startMinute: 7 * 60, endMinute: 13 * 60, present: ["Jordan Ellis"], reason: "Jordan Ellis (NP) is on duty, but Washington allows supervision of giving certain injections only by MD or DO." });
    const vitals = (await tacomaWeek("vitals")).view;
    expect(vitals.missing[5]![slot(8)]).toEqual([]);
  });

  it("without a filter a half hour is covered only when every task shown is, and the tasks lacking coverage are named", async () => {
    const { view, tasks } = await tacomaWeek();
    expect(view.shown).toBe(tasks.length - 1);
    expect(view.missing[5]![slot(8)]).toContain("Giving certain injections");
    expect(view.missing[5]![slot(8)]).not.toContain("Recording vital signs, height, and weight");
    expect(view.missing[1]![slot(8)]).toEqual([]);
    expect(view.undetermined).toEqual(["Cleaning and sterilizing instruments"]);
    // Saturday: Dr. Lee by video only, which does not cover tasks that need a supervisor on the premises.
    expect(view.missing[6]![slot(10)]).toContain("Recording vital signs, height, and weight");
  });
});
