import { beforeAll, describe, expect, it } from "vitest";
import { loadPeopleList } from "@/lib/person/data";
import { parsePeopleListQuery, PEOPLE_PAGE_SIZE } from "@/lib/person/schema";
import { seedDemo } from "@/tests/support/demo";
import { makePerson } from "@/tests/support/factories";
import { countQueries, testEngine } from "@/tests/support/test-database";

/**
 * The People list's data load on the demo organization: scope, filters, sort, paging and the
 * compliance columns, which come from the clearance engine at the moment asked for.
 */
const SEEDED = new Date("2026-11-20T17:00:00Z");
const TUESDAY = new Date("2026-11-24T18:40:00Z"); // 10:40 in Oakland and Tacoma: supervisors on duty
const NIGHT = new Date("2026-11-25T06:00:00Z"); // 22:00 the evening before: nobody on duty

let demo: Awaited<ReturnType<typeof seedDemo>>;
const view = (params: Record<string, string> = {}) => parsePeopleListQuery(params).query;
const names = (list: { rows: { name: string }[] }) => list.rows.map((r) => r.name);

beforeAll(async () => {
  demo = await seedDemo(SEEDED);
});

describe(`the People list (${testEngine})`, () => {
  it("shows a manager of Oakland only Oakland's people, and only Oakland among a person's locations", async () => {
    const list = await loadPeopleList([demo.location("Oakland")], view(), TUESDAY);
    expect(names(list)).toEqual(["Olivia Chen", "Jordan Ellis", "Maria Gonzalez", "Aisha Johnson", "Rosa Martinez", "Alex Morgan", "Priya Shah", "Kevin Tran"]);
    expect(names(list)).not.toContain("Emily Nguyen");
    expect(list.rows.find((r) => r.name === "Jordan Ellis")!.locations.map((l) => l.name)).toEqual(["Oakland Clinic"]);
  });

  it("a location outside the scope given in the query widens nothing: it shows nobody", async () => {
    const list = await loadPeopleList([demo.location("Oakland")], view({ location: demo.location("Tacoma") }), TUESDAY);
    expect(list.rows).toEqual([]);
    expect(list.total).toBe(0);
  });

  it("says which authorized tasks the engine does not clear now, telling a real gap from the hours of supervision", async () => {
    const day = await loadPeopleList([demo.location("Oakland")], view(), TUESDAY);
    const aisha = day.rows.find((r) => r.name === "Aisha Johnson")!;
    // Her venipuncture competency expired 65 days before the seeding.
    expect(aisha.compliance.notCleared).toEqual([expect.objectContaining({ taskName: "Drawing blood (venipuncture)", kind: "gap", code: "missing" })]);
    expect(day.rows.find((r) => r.name === "Priya Shah")!.compliance.notCleared).toBeNull();

    const night = await loadPeopleList([demo.location("Tacoma")], view(), NIGHT);
    const hannah = night.rows.find((r) => r.name === "Hannah Olsen")!;
    expect(hannah.compliance.notCleared!.length).toBeGreaterThan(0);
    expect(hannah.compliance.notCleared!.every((t) => t.kind === "outside_hours" && t.code === "off_schedule")).toBe(true);
    expect((await loadPeopleList([demo.location("Tacoma")], view(), TUESDAY)).rows.find((r) => r.name === "Hannah Olsen")!.compliance.notCleared).toEqual([]);

    // Seattle requires check-ins: in hours, before Dr. Okafor checks in, that is timing too.
    const seattle = await loadPeopleList([demo.location("Seattle")], view(), TUESDAY);
    const sofia = seattle.rows.find((r) => r.name === "Sofia Ramirez")!;
    expect(sofia.compliance.notCleared).toContainEqual(expect.objectContaining({ taskName: "Drawing blood (venipuncture)", kind: "outside_hours", code: "not_checked_in" }));
  });

  it("lists records expiring within 30 days from the records as they stand", async () => {
    const list = await loadPeopleList([demo.location("Oakland")], view(), TUESDAY);
    expect(list.rows.find((r) => r.name === "Kevin Tran")!.compliance.expiring).toEqual([expect.objectContaining({ title: "Clinical skills check-off", daysLeft: 16 })]);
    expect(list.rows.find((r) => r.name === "Maria Gonzalez")!.compliance.expiring).toEqual([]);
  });

  it("filters on role, tier and compliance state, and sorts on the columns", async () => {
    const oakland = [demo.location("Oakland")];
    expect(names(await loadPeopleList(oakland, view({ role: "provider" }), TUESDAY))).toEqual(["Jordan Ellis", "Priya Shah"]);
    expect(names(await loadPeopleList(oakland, view({ compliance: "expiring" }), TUESDAY))).toEqual(["Kevin Tran"]);
    expect(names(await loadPeopleList(oakland, view({ compliance: "gap" }), TUESDAY))).toEqual(["Maria Gonzalez", "Aisha Johnson", "Rosa Martinez", "Kevin Tran"]);
    expect(names(await loadPeopleList([demo.location("Tacoma")], view({ compliance: "outside_hours" }), NIGHT))).toEqual(["Hannah Olsen", "Tyler Reed"]);
    // Rosa: three tasks waiting on a sign-off; then one gap each, by name.
    expect(names(await loadPeopleList(oakland, view({ sort: "gaps", role: "medical_assistant" }), TUESDAY))[0]).toBe("Rosa Martinez");
    expect(names(await loadPeopleList(oakland, view({ sort: "-name", q: "a" }), TUESDAY))[0]).toBe("Kevin Tran");
    const tiers = await loadPeopleList("all", view({ tier: "ma_c" }), TUESDAY);
    expect(tiers.rows.every((r) => r.credentialTier === "ma_c")).toBe(true);
  });

  it("pages by 25, shows the last page when asked past the end, and costs the same statements whatever the number of people", async () => {
    const oakland = demo.location("Oakland");
    const first = await countQueries(() => loadPeopleList([oakland], view(), TUESDAY));
    for (let i = 0; i < PEOPLE_PAGE_SIZE + 5; i++) await makePerson({ lastName: `Zz${String(i).padStart(2, "0")}`, locationIds: [oakland] });
    const again = await countQueries(() => loadPeopleList([oakland], view(), TUESDAY));
    expect(again.result.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(again.result).toMatchObject({ total: 8 + PEOPLE_PAGE_SIZE + 5, page: 1, pages: 2 });
    expect(again.queries).toBe(first.queries);

    const past = await loadPeopleList([oakland], view({ page: "9" }), TUESDAY);
    expect(past).toMatchObject({ page: 2, pages: 2, pageClamped: true });
    expect(past.rows).toHaveLength(13);
    const filtered = await countQueries(() => loadPeopleList([oakland], view({ compliance: "gap" }), TUESDAY));
    expect(filtered.queries).toBe(first.queries);
  });

  it("sets a filter or sort on clearances aside, saying so, when it would ask the engine about more medical assistants than it allows", async () => {
    const all = [demo.location("Oakland"), demo.location("Tacoma"), demo.location("Seattle")];
    const bounded = await loadPeopleList(all, view({ compliance: "gap", sort: "gaps" }), TUESDAY, 3);
    expect(bounded.tooMany).toBe((await loadPeopleList(all, view({ role: "medical_assistant" }), TUESDAY)).total);
    expect(names(bounded)[0]).toBe("Marcus Brown");
    expect(bounded.total).toBe((await loadPeopleList(all, view(), TUESDAY)).total);
    // Within the limit for one clinic, and records alone (expiring) never ask the engine for more than the page.
    expect((await loadPeopleList([demo.location("Oakland")], view({ compliance: "gap" }), TUESDAY, 100)).tooMany).toBeNull();
    const expiring = await loadPeopleList(all, view({ compliance: "expiring" }), TUESDAY, 1);
    expect(expiring.tooMany).toBeNull();
    expect(names(expiring)).toEqual(["Marcus Brown", "Kevin Tran"]);
    expect(expiring.rows.find((r) => r.name === "Kevin Tran")!.compliance.notCleared).toContainEqual(expect.objectContaining({ taskName: "Drawing blood (venipuncture)", kind: "gap" }));
  });
});
