import { describe, expect, it } from "vitest";
import { decide } from "@/lib/clearance/decide";
import { activeTasks, asOfCsvRow, AS_OF_CSV_HEADER, byAnswer, evidenceRefs, localMoment, locationReport, reconstruct, workingOn, type StaffMember, type WhoCan } from "@/lib/report/as-of";
import { at, KNOWN, makeArrangement, makeAuthorization, makeCompetency, makeEmployment, makeFacts, makePersonFact, makeRecord, makeRule, MOMENT, request, TACOMA, TASKS } from "@/tests/support/clearance-facts";

const period = (overrides: Parameters<typeof makeEmployment>[0] = {}) => ({ ...makeEmployment({ lineageId: "emp", ...overrides }), locationId: TACOMA.id });
const makeStaff = (overrides: Partial<StaffMember> = {}): StaffMember => ({ id: "personemily01", name: "Emily Nguyen", employeeId: "T-100", employment: [period()], ...overrides });

describe("who worked at a location on a day", () => {
  it.each([
    ["before the first day", "2020-10-04", false],
    ["on the first day", "2020-10-05", true],
    ["on the last day", "2024-06-30", true],
    ["after the last day", "2024-07-01", false],
  ])("reads employment periods with their last day included: %s", (_case, day, expected) => {
    expect(workingOn([makeStaff({ employment: [period({ effectiveTo: "2024-07-01" })] })], TACOMA.id, day, KNOWN).length === 1).toBe(expected);
  });

  it("leaves out staff of other locations", () => {
    expect(workingOn([makeStaff({ employment: [{ ...period(), locationId: "elsewhere0001" }] })], TACOMA.id, "2026-03-10", KNOWN)).toEqual([]);
  });

  it("uses the periods as known then: an end entered later still counts as working, as recorded then", () => {
    const ended = period({ version: 2, supersedes: 1, effectiveTo: "2026-03-01", recordedAt: at("2026-03-09T00:00:00Z") });
    const staff = [makeStaff({ employment: [period(), ended] })];
    expect(workingOn(staff, TACOMA.id, "2026-03-05", at("2026-03-05T20:00:00Z"))).toHaveLength(1);
    expect(workingOn(staff, TACOMA.id, "2026-03-05", KNOWN)).toHaveLength(0);
  });
});

describe("reconstructing an answer", () => {
  it("gives exactly the engine's decision, with the rule version in force and the evidence's versions", () => {
    const rule = makeRule({ version: 3 });
    const training = makeRecord({ version: 2 });
    const competency = makeCompetency();
    const arrangement = makeArrangement({ version: 4 });
    const authorization = makeAuthorization();
    const facts = makeFacts({ rules: [rule], records: [training, competency], arrangements: [arrangement], authorizations: [authorization] });
    const answer = reconstruct(facts, TASKS.venipuncture, MOMENT);
    expect(answer.decision).toEqual(decide(facts, request(facts)));
    expect(answer.rule).toEqual({ id: rule.id, lineageId: rule.lineageId, version: 3, citation: rule.citation, sourceUrl: rule.sourceUrl });
    expect(answer.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "record", id: training.id, lineageId: training.lineageId, version: 2 }),
        expect.objectContaining({ kind: "record", id: competency.id, lineageId: competency.lineageId, version: 1 }),
        expect.objectContaining({ kind: "arrangement", id: arrangement.id, lineageId: arrangement.lineageId, version: 4 }),
        expect.objectContaining({ kind: "authorization", id: authorization.id, lineageId: null, version: null }),
        expect.objectContaining({ kind: "supervisor", id: arrangement.supervisorId, lineageId: null, version: null }),
      ]),
    );
  });

  it("names each piece of evidence once, even when several factors used it", () => {
    const facts = makeFacts();
    const decision = decide(facts, request(facts));
    const twice = { ...decision, factors: [...decision.factors, ...decision.factors] };
    const refs = evidenceRefs(twice, facts);
    expect(new Set(refs.map((r) => `${r.kind}:${r.id}`)).size).toBe(refs.length);
  });

  it("has no rule version when no state rule was on file", () => {
    const facts = makeFacts({ rules: [] });
    expect(reconstruct(facts, TASKS.venipuncture, MOMENT).rule).toBeNull();
  });

  it("answers every task still offered, for every person in the order given", () => {
    const retired = { ...TASKS.vitals, id: "taskretired01", retired: true };
    const emily = makeFacts({ tasks: [...Object.values(TASKS), retired] });
    const marcus = makeFacts({ person: makePersonFact({ id: "personmarcus1", name: "Marcus Brown" }), tasks: emily.tasks });
    const people = [makeStaff(), makeStaff({ id: "personmarcus1", name: "Marcus Brown" }), makeStaff({ id: "personghost01", name: "No Facts" })];
    const report = locationReport(TACOMA, MOMENT, MOMENT, people, new Map([[emily.person.id, emily], [marcus.person.id, marcus]]));
    expect(report.tasks).toEqual(activeTasks(emily));
    expect(report.tasks.map((t) => t.id)).not.toContain(retired.id);
    expect(report.rows.map((r) => r.person.name)).toEqual(["Emily Nguyen", "Marcus Brown"]);
    for (const row of report.rows) expect(row.answers.map((a) => a.task.id)).toEqual(report.tasks.map((t) => t.id));
  });
});

describe("who could do it", () => {
  const row = (name: string, answer: "cleared" | "check_first" | "not_cleared"): WhoCan => {
    const facts = makeFacts();
    const reconstructed = reconstruct(facts, TASKS.venipuncture, MOMENT);
    return { person: makeStaff({ name }), answer: { ...reconstructed, decision: { ...reconstructed.decision, answer } } };
  };

  it("lists cleared first, then check first, then not cleared, by name within each", () => {
    const sorted = byAnswer([row("Zoe", "not_cleared"), row("Ann", "check_first"), row("Bob", "cleared"), row("Al", "not_cleared"), row("Cy", "cleared")]);
    expect(sorted.map((r) => `${r.person.name} ${r.answer.decision.answer}`)).toEqual(["Bob cleared", "Cy cleared", "Ann check_first", "Al not_cleared", "Zoe not_cleared"]);
  });
});

describe("the as-of CSV row", () => {
  it("fills every column, with versions next to the ids and the moment on the location's clock", () => {
    const facts = makeFacts();
    const answer = reconstruct(facts, TASKS.venipuncture, MOMENT);
    const values = asOfCsvRow(TACOMA, MOMENT, MOMENT, makeStaff(), answer);
    const cells = Object.fromEntries(AS_OF_CSV_HEADER.map((h, i) => [h, values[i]]));
    const record = facts.records[0]!;
    expect(values).toHaveLength(AS_OF_CSV_HEADER.length);
    expect(cells).toMatchObject({
      person: "Emily Nguyen",
      employee_id: "T-100",
      location: "Tacoma Clinic",
      task_code: "venipuncture",
      answer: "cleared",
      rule_citation: "RCW 18.360.050",
      rule_version: 1,
      authorization_id: facts.authorizations[0]!.id,
      moment_utc: "2026-03-10T17:40:00.000Z",
      moment_local: "2026-03-10 10:40 Pacific Daylight Time",
      known_at_utc: "2026-03-10T17:40:00.000Z",
      engine_version: "2.1.0",
    });
    expect(cells.records).toContain(`${record.id} v1`);
    expect(cells.arrangements).toBe(`${facts.arrangements[0]!.id} v1`);
  });

  it("shows a moment with the zone's name as it applied then", () => {
    expect(localMoment(new Date("2021-02-01T18:00:00Z"), "America/Los_Angeles")).toBe("2021-02-01 10:00 Pacific Standard Time");
  });
});
