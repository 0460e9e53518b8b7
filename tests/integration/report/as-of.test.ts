import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadFacts } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { newId } from "@/lib/db/ids";
import { loadAsOfReports, loadWhoCan, type LocationMoment } from "@/lib/report/data";
import { seedDemo } from "@/tests/support/demo";
import { makeLocation, makePerson } from "@/tests/support/factories";
import { countQueries, testEngine } from "@/tests/support/test-database";

// Seeded as of this instant; the reconstruction looks at moments years before it.
const SEEDED = new Date("2026-11-20T17:00:00Z");
// Emily was authorized for venipuncture on 2021-01-04 and first validated on 2021-03-15.
const BEFORE_VALIDATION = new Date("2021-02-01T18:00:00Z"); // Mon 10:00 PST
const PAST = new Date("2023-06-01T17:00:00Z"); // Thu 10:00 PDT
const TUESDAY = new Date("2026-11-24T18:40:00Z");

let demo: Awaited<ReturnType<typeof seedDemo>>;
let tacoma: LocationMoment["location"];
const at = (moment: Date): LocationMoment[] => [{ location: tacoma, moment }];
const task = (code: string) => prisma.task.findUniqueOrThrow({ where: { code } });

beforeAll(async () => {
  demo = await seedDemo(SEEDED);
  tacoma = await prisma.location.findUniqueOrThrow({ where: { id: demo.location("Tacoma") }, select: { id: true, name: true, state: true, timeZone: true } });
});

describe(`clearances as of a moment (${testEngine})`, () => {
  it("answers for the medical assistants working then, from the records known then, with the evidence and rule versions used", async () => {
    const [report] = await loadAsOfReports(at(BEFORE_VALIDATION), SEEDED);
    // Only Emily had started at the Tacoma clinic in February 2021.
    expect(report!.rows.map((r) => r.person.name)).toEqual(["Emily Nguyen"]);
    expect(report!.tasks.length).toBe(await prisma.task.count({ where: { retiredAt: null } }));
    const venipuncture = report!.rows[0]!.answers.find((a) => a.task.code === "venipuncture")!;
    expect(venipuncture.decision.answer).toBe("not_cleared");
    expect(venipuncture.decision.reason).toBe("Missing: a documented competency validation for drawing blood (venipuncture).");

    const authorization = await prisma.authorization.findFirstOrThrow({ where: { personId: demo.person("Emily").id, taskId: venipuncture.task.id } });
    expect(venipuncture.evidence).toContainEqual(expect.objectContaining({ kind: "authorization", id: authorization.id }));
    // The rule version in force then is the one recorded by then, not today's.
    const known = await prisma.stateRule.findFirstOrThrow({ where: { id: venipuncture.rule!.id } });
    const newestThen = await prisma.stateRule.findFirstOrThrow({ where: { lineageId: known.lineageId, recordedAt: { lte: BEFORE_VALIDATION } }, orderBy: { version: "desc" } });
    expect(venipuncture.rule).toEqual({ id: newestThen.id, lineageId: known.lineageId, version: newestThen.version, citation: known.citation, sourceUrl: known.sourceUrl });
    expect(venipuncture.rule!.version).toBeLessThan((await prisma.stateRule.count({ where: { lineageId: known.lineageId } })));
    const training = venipuncture.evidence.filter((e) => e.kind === "record");
    for (const e of training) expect(e).toMatchObject({ lineageId: expect.any(String), version: expect.any(Number) });
  });

  it("gives the same answers for a past moment before and after later records, authorizations and rule versions are added", async () => {
    const before = await loadAsOfReports(at(PAST));
    const emily = demo.person("Emily").id;
    const marcus = demo.person("Marcus").id;
    const venipuncture = await task("venipuncture");
    const assist = await task("procedure_assist");
    const emilyVenipuncture = before[0]!.rows.find((r) => r.person.id === emily)!.answers.find((a) => a.task.id === venipuncture.id)!;
    expect(emilyVenipuncture.decision.answer).toBe("not_cleared");

    // Entered today, dated into the past: a competency, a grant and a stricter rule version.
    await prisma.trainingRecord.create({
      data: { lineageId: newId(), version: 1, personId: emily, kind: "competency", title: "Backdated venipuncture competency", completedOn: new Date("2023-05-01"), expiresOn: new Date("2024-05-01"), tasks: { create: [{ taskId: venipuncture.id }] } },
    });
    await prisma.authorization.create({
      data: { personId: marcus, taskId: assist.id, locationId: tacoma.id, effectiveFrom: new Date("2022-05-16T16:00:00Z"), grantedById: "seed", grantedByName: "Ben Carter", history: { create: [{ status: "active", effectiveAt: new Date("2022-05-16T16:00:00Z"), recordedAt: new Date("2022-05-16T16:00:00Z"), byName: "Ben Carter" }] } },
    });
    const rule = await prisma.stateRule.findFirstOrThrow({ where: { id: emilyVenipuncture.rule!.id } });
    const newest = await prisma.stateRule.findFirstOrThrow({ where: { lineageId: rule.lineageId }, orderBy: { version: "desc" } });
    const { id: _, recordedAt: __, ...copy } = newest;
    await prisma.stateRule.create({ data: { ...copy, version: newest.version + 1, outcome: "prohibited", lastVerifiedOn: new Date(new Date().toISOString().slice(0, 10)), effectiveFrom: new Date("2020-01-01T16:00:00Z") } });

    const after = await loadAsOfReports(at(PAST));
    expect(after).toEqual(before);

    // The same additions do change the answer for a moment after they were recorded.
    const [today] = await loadAsOfReports(at(new Date(Date.now() + 60_000)));
    const now = today!.rows.find((r) => r.person.id === emily)!.answers.find((a) => a.task.id === venipuncture.id)!;
    expect(now.decision.reason).toMatch(/^Washington prohibits drawing blood/);
  });

  it("writes nothing to the decision log", async () => {
    const logged = await prisma.decisionLog.count();
    await loadAsOfReports(at(TUESDAY), SEEDED);
    await loadWhoCan(at(TUESDAY)[0]!, (await task("venipuncture")).id, SEEDED);
    expect(await prisma.decisionLog.count()).toBe(logged);
  });

  it("costs the same number of queries for 2 medical assistants as for 10", async () => {
    const clinic = await makeLocation({ name: "Query Count Clinic" });
    const request: LocationMoment[] = [{ location: clinic, moment: TUESDAY }];
    for (let i = 0; i < 2; i++) await makePerson({ locationIds: [clinic.id] });
    const two = await countQueries(() => loadAsOfReports(request, SEEDED));
    for (let i = 0; i < 8; i++) await makePerson({ locationIds: [clinic.id] });
    const ten = await countQueries(() => loadAsOfReports(request, SEEDED));
    expect(two.result[0]!.rows).toHaveLength(2);
    expect(ten.result[0]!.rows).toHaveLength(10);
    expect(ten.queries).toBe(two.queries);
    expect(ten.queries).toBeLessThanOrEqual(3);
  });
});

describe(`who could do this task at this moment (${testEngine})`, () => {
  it("lists every medical assistant working there with the engine's answer, cleared first", async () => {
    const venipuncture = await task("venipuncture");
    const rows = await loadWhoCan({ location: tacoma, moment: TUESDAY }, venipuncture.id, SEEDED);
    expect(rows.map((r) => r.person.name).sort()).toEqual(["Emily Nguyen", "Hannah Olsen", "Marcus Brown", "Tyler Reed"]);
    for (const row of rows) {
      const facts = await loadFacts(row.person.id, tacoma.id, TUESDAY, SEEDED);
      expect(row.answer.decision).toEqual(decide(facts!, { personId: row.person.id, taskId: venipuncture.id, locationId: tacoma.id, moment: TUESDAY }));
    }
    const answers = rows.map((r) => r.answer.decision.answer);
    expect(answers).toEqual([...answers].sort((a, b) => ["cleared", "check_first", "not_cleared"].indexOf(a) - ["cleared", "check_first", "not_cleared"].indexOf(b)));
    expect(rows.find((r) => r.person.name === "Emily Nguyen")!.answer.decision.answer).toBe("cleared");
    expect(rows.find((r) => r.person.name === "Marcus Brown")!.answer.decision.reason).toMatch(/was suspended on/);
    expect(rows.find((r) => r.person.name === "Hannah Olsen")!.answer.decision.reason).toMatch(/^Washington prohibits/);
  });
});
