import { describe, expect, it } from "vitest";
import { segments } from "@/lib/what-if/segments";
import { compare } from "@/lib/what-if/compare";
import { withException } from "@/lib/what-if/hypothetical";
import { instantFromWallClock } from "@/lib/time/zoned";
import { makeArrangement, makeException, makeFacts, TASKS } from "@/tests/support/clearance-facts";

const ZONE = "America/Los_Angeles";
const at = (date: string, time: string) => instantFromWallClock(date, time, ZONE);

describe("the stretches of a period", () => {
  it("are cut at local midnights and at every window's start and end", () => {
    const facts = makeFacts({ arrangements: [makeArrangement({ windows: [{ weekday: 2, startMinute: 480, endMinute: 1020 }] })] });
    const cuts = segments([facts], at("2026-03-10", "00:00"), at("2026-03-12", "00:00"), ZONE).map((s) => s.from.getTime());
    expect(cuts).toEqual([at("2026-03-10", "00:00"), at("2026-03-10", "08:00"), at("2026-03-10", "17:00"), at("2026-03-11", "00:00")].map((d) => d.getTime()));
  });
});

describe("comparing answers with and without a change", () => {
  it("an absence over part of a window: the window lost, merged across stretches, nothing else", () => {
    const facts = makeFacts();
    const from = at("2026-03-10", "00:00");
    const to = at("2026-03-11", "00:00");
    const absence = makeException({ from: at("2026-03-10", "09:00").toISOString(), to: at("2026-03-10", "11:00").toISOString() });
    const stretches = segments([facts], from, to, ZONE, [at("2026-03-10", "09:00"), at("2026-03-10", "10:00"), at("2026-03-10", "11:00")]);
    const result = compare(new Map([[facts.person.id, facts]]), (f) => withException(f, absence), stretches, () => [TASKS.venipuncture], { lossesOnly: true });
    expect(result).toMatchObject({ windows: 1, people: 1 });
    expect(result.changes[0]).toMatchObject({ change: "loses", taskName: TASKS.venipuncture.name, windows: [{ from: at("2026-03-10", "09:00"), to: at("2026-03-10", "11:00") }] });
  });
});
