import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { renewedBy } from "@/lib/dashboard/expirations";
import { compareRows, expiringWithin, type ComplianceSummary } from "@/lib/person/compliance";
import { loadPeopleList } from "@/lib/person/data";
import { parsePeopleListQuery, PEOPLE_PAGE_SIZE } from "@/lib/person/schema";
import { fromDbDate, fromDbDateOrNull, plusDays } from "@/lib/time/calendar";
import { makeLocation, makeOrganization, makePerson } from "@/tests/support/factories";
import { countQueries, testEngine } from "@/tests/support/test-database";

/**
 * The People list's filter and sort on records expiring within 30 days, worked out in SQL, against
 * a reference computed the obvious way (every record of every person in scope, read and decided in
 * JavaScript), on a roster with the boundary cases and a generated crowd.
 */
// 22:30 on 9 March in the organization's zone (Los Angeles), already 10 March in UTC.
const NOW = new Date("2026-03-10T06:30:00Z");
const TODAY = "2026-03-09";
const day = (offset: number) => new Date(`${plusDays(TODAY, offset)}T00:00:00Z`);

type RecordSpec = { kind?: "training" | "competency" | "certification"; completed: number; expires: number | null; tasks?: string[]; versions?: { expires: number | null; withdrawn?: boolean }[] };
const TASKS = ["taskvenipuncture", "taskfrontdesk", "taskinjections"];

let home: string;
let away: string;
const expected = new Map<string, boolean>();

async function personWith(lastName: string, locationIds: string[], records: RecordSpec[], expiring?: boolean): Promise<string> {
  const person = await makePerson({ lastName, firstName: "Pat", locationIds });
  for (const r of records) {
    const lineageId = newId();
    const versions = [{ expires: r.expires, withdrawn: false }, ...(r.versions ?? [])];
    for (const [i, v] of versions.entries()) {
      await prisma.trainingRecord.create({
        data: {
          lineageId,
          version: i + 1,
          supersedesVersion: i === 0 ? null : i,
          personId: person.id,
          kind: r.kind ?? "competency",
          title: `${lastName} ${i}`,
          completedOn: day(r.completed),
          expiresOn: v.expires === null ? null : day(v.expires),
          withdrawnFrom: v.withdrawn ? day(-1) : null,
          tasks: { create: (r.tasks ?? [TASKS[0]!]).map((taskId) => ({ taskId })) },
        },
      });
    }
  }
  if (expiring !== undefined) expected.set(person.id, expiring);
  return person.id;
}

/** The reference: every standing record of every person the scope allows, decided as the dashboard decides. */
async function reference(locationIds: "all" | string[]) {
  const people = await prisma.person.findMany({
    where: locationIds === "all" ? {} : { locations: { some: { locationId: { in: locationIds } } } },
    include: { records: { include: { tasks: true }, orderBy: { version: "desc" } } },
  });
  return people.map((p) => {
    const latest = new Map<string, (typeof p.records)[number]>();
    for (const r of p.records) if (!latest.has(r.lineageId)) latest.set(r.lineageId, r);
    const standing = [...latest.values()]
      .filter((r) => r.withdrawnFrom === null)
      .map((r) => ({ lineageId: r.lineageId, personId: p.id, kind: r.kind, title: r.title, taskIds: r.tasks.map((t) => t.taskId), completedOn: fromDbDate(r.completedOn), expiresOn: fromDbDateOrNull(r.expiresOn) }));
    const expiring = expiringWithin(standing.filter((r) => !renewedBy(standing, r, TODAY)), TODAY);
    const compliance: ComplianceSummary = { notCleared: null, expiring };
    return { id: p.id, name: `${p.firstName} ${p.lastName}`, firstName: p.firstName, lastName: p.lastName, compliance };
  });
}

async function everyPage(scope: "all" | string[], params: Record<string, string>) {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const list = await loadPeopleList(scope, parsePeopleListQuery({ ...params, page: String(page) }).query, NOW);
    ids.push(...list.rows.map((r) => r.id));
    if (page >= list.pages) return { ids, total: list.total };
  }
}

/** A small deterministic generator, so that a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
}

beforeAll(async () => {
  await makeOrganization({ timeZone: "America/Los_Angeles" });
  home = (await makeLocation({ name: "Home Clinic" })).id;
  away = (await makeLocation({ name: "Away Clinic" })).id;
  await personWith("Today", [home], [{ completed: -700, expires: 0 }], false);
  await personWith("Tomorrow", [home], [{ completed: -700, expires: 1 }], true);
  await personWith("Thirty", [home], [{ completed: -700, expires: 30 }], true);
  await personWith("Thirtyone", [home], [{ completed: -700, expires: 31 }], false);
  await personWith("Expired", [home], [{ completed: -700, expires: -5 }], false);
  await personWith("Never", [home], [{ completed: -700, expires: null }], false);
  await personWith("Corrected later", [home], [{ completed: -700, expires: 10, versions: [{ expires: 200 }] }], false);
  await personWith("Corrected sooner", [home], [{ completed: -700, expires: 200, versions: [{ expires: 10 }] }], true);
  await personWith("Withdrawn", [home], [{ completed: -700, expires: 10, versions: [{ expires: 10, withdrawn: true }] }], false);
  await personWith("Renewed", [home], [{ completed: -700, expires: 10 }, { completed: -3, expires: null, tasks: [TASKS[0]!, TASKS[1]!] }], false);
  await personWith("Renewed in part", [home], [{ completed: -700, expires: 10, tasks: [TASKS[0]!, TASKS[1]!] }, { completed: -3, expires: 400 }], true);
  await personWith("Renewed by another kind", [home], [{ completed: -700, expires: 10 }, { kind: "training", completed: -3, expires: null }], true);
  await personWith("Renewed by a withdrawn one", [home], [{ completed: -700, expires: 10 }, { completed: -3, expires: null, versions: [{ expires: null, withdrawn: true }] }], true);
  await personWith("Renewed by an older one", [home], [{ completed: -300, expires: 10 }, { completed: -400, expires: null }], true);
  await personWith("Both places", [home, away], [{ completed: -700, expires: 12 }], true);
  await personWith("Elsewhere", [away], [{ completed: -700, expires: 3 }], true);
  // A crowd around the window's edges, more than a page of it.
  const pick = generator(20260309);
  for (let i = 0; i < 70; i++) {
    const records = Array.from({ length: 1 + pick(3) }, (): RecordSpec => ({
      kind: (["training", "competency", "certification"] as const)[pick(3)],
      completed: -pick(800),
      expires: pick(5) === 0 ? null : pick(70) - 20,
      tasks: TASKS.filter(() => pick(2) === 0),
      versions: pick(4) === 0 ? [{ expires: pick(70) - 20, withdrawn: pick(3) === 0 }] : [],
    }));
    await personWith(`Crowd${String(pick(1000)).padStart(3, "0")}`, pick(4) === 0 ? [away] : [home], records);
  }
});

describe(`the People list's expiring filter and sort (${testEngine})`, () => {
  it("the reference agrees with the boundary cases as written down", async () => {
    const decided = new Map((await reference("all")).map((r) => [r.id, r.compliance.expiring.length > 0]));
    for (const [id, expiring] of expected) expect(decided.get(id), id).toBe(expiring);
  });

  for (const [label, scope] of [
    ["a manager of one location", () => [home]],
    ["an admin", () => "all" as const],
  ] as const) {
    it(`filters exactly the people the reference finds, in the order of the names, for ${label}`, async () => {
      const rows = await reference(scope());
      for (const sort of ["name", "-name"] as const) {
        const want = rows.filter((r) => r.compliance.expiring.length > 0).sort(compareRows(sort)).map((r) => r.id);
        const got = await everyPage(scope(), { compliance: "expiring", sort });
        expect(got.ids).toEqual(want);
        expect(got.total).toBe(want.length);
      }
    });

    it(`sorts everyone by the soonest expiring record as the reference does, for ${label}`, async () => {
      const want = (await reference(scope())).sort(compareRows("expiring")).map((r) => r.id);
      expect((await everyPage(scope(), { sort: "expiring" })).ids).toEqual(want);
    });
  }

  it("never shows a manager someone only at another location, even when asked for that location", async () => {
    const elsewhere = (await prisma.person.findMany({ where: { locations: { every: { locationId: away } } }, select: { id: true } })).map((p) => p.id);
    const seen = [...(await everyPage([home], { compliance: "expiring" })).ids, ...(await everyPage([home], { sort: "expiring" })).ids, ...(await everyPage([home], { compliance: "expiring", location: away })).ids];
    expect(seen.filter((id) => elsewhere.includes(id))).toEqual([]);
    const both = (await loadPeopleList([home], parsePeopleListQuery({ compliance: "expiring", q: "Both" }).query, NOW)).rows;
    expect(both.map((r) => r.locations.map((l) => l.name))).toEqual([["Home Clinic"]]);
  });

  it("shows the page's columns as the records stand, and costs the same statements for a page whatever the number matching", async () => {
    const list = await loadPeopleList("all", parsePeopleListQuery({ sort: "expiring" }).query, NOW);
    const reference_ = new Map((await reference("all")).map((r) => [r.id, r.compliance.expiring]));
    for (const row of list.rows) expect(row.compliance.expiring, row.name).toEqual(reference_.get(row.id));
    expect(list.rows).toHaveLength(PEOPLE_PAGE_SIZE);
    const few = await countQueries(() => loadPeopleList([home], parsePeopleListQuery({ compliance: "expiring", q: "Thirty" }).query, NOW));
    const many = await countQueries(() => loadPeopleList("all", parsePeopleListQuery({ compliance: "expiring" }).query, NOW));
    expect(many.queries).toBeLessThanOrEqual(few.queries + 2);
  });
});
