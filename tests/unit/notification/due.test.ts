import { sentence } from "@/lib/clearance/wording";
import { describe, expect, it } from "vitest";
import { currentAnswers, employmentEnding, expiringRecords, expiryStep, lapsedAuthorizations, merged, rulesToReverify, signOffsWaiting, supervisionGap, type DueItem } from "@/lib/notification/due";
import { instantFromWallClock } from "@/lib/time/zoned";
import { makeArrangement, makeAuthorization, makeCompetency, makeEmployment, makeException, makeFacts, makePersonFact, makeRecord, makeRule, makeSupervisor, MOMENT, OAKLAND, status, TASKS } from "@/tests/support/clearance-facts";

/** The scan on Tuesday 2026-03-10 at 10:40 in Tacoma; "next week" is Monday 16 to Sunday 22 March. */
const ZONE = "America/Los_Angeles";
const SCAN = { now: MOMENT, today: "2026-03-10", timeZone: ZONE };
const WEEK = { monday: "2026-03-16", nextMonday: "2026-03-23" };
const steps = (items: DueItem[]) => items.map((i) => `${i.kind}:${i.threshold}`);
const local = (date: string, time: string) => instantFromWallClock(date, time, ZONE).toISOString();

describe("the steps of an expiry", () => {
  it("are 90, 60, 30 and 7 days before, then every week after", () => {
    const cases: [number, string | null][] = [[120, null], [91, null], [90, "90"], [61, "90"], [60, "60"], [31, "60"], [30, "30"], [8, "30"], [7, "7"], [1, "7"], [0, "expired-0"], [-6, "expired-0"], [-7, "expired-1"], [-20, "expired-2"]];
    for (const [daysLeft, step] of cases) expect(expiryStep(daysLeft), `${daysLeft} days left`).toBe(step);
  });
});

describe("records expiring", () => {
  it("tell the MA and her managers there, with the days left", () => {
    const facts = makeFacts({ records: [makeCompetency({ expiresOn: "2026-03-30" })] });
    const [item] = expiringRecords(facts, SCAN);
    expect(item).toMatchObject({ kind: "record_expiring", threshold: "30", urgency: 20, audience: [{ to: "person", personId: facts.person.id }, { to: "managers", locationId: facts.location.id }] });
  });

  it("stop once a newer record of the same kind covers its tasks", () => {
    const old = makeCompetency({ expiresOn: "2026-03-30", completedOn: "2025-03-30" });
    const renewed = makeCompetency({ expiresOn: "2027-03-01", completedOn: "2026-03-01" });
    expect(expiringRecords(makeFacts({ records: [old, renewed] }), SCAN)).toEqual([]);
    const narrower = makeCompetency({ expiresOn: "2027-03-01", completedOn: "2026-03-01", taskIds: [] });
    expect(steps(expiringRecords(makeFacts({ records: [{ ...old, taskIds: [TASKS.venipuncture.id, TASKS.vitals.id] }, { ...narrower, taskIds: [TASKS.vitals.id] }] }), SCAN))).toEqual(["record_expiring:30"]);
  });

  it("go on weekly after expiry while an authorization for its tasks is active, and stop once it is suspended", () => {
    const expired = makeCompetency({ expiresOn: "2026-02-20" });
    expect(steps(expiringRecords(makeFacts({ records: [expired] }), SCAN))).toEqual(["record_expiring:expired-2"]);
    const suspended = makeAuthorization({ history: [status("active", "2025-06-01T07:00:00Z"), status("suspended", "2026-03-01T17:00:00Z")] });
    expect(expiringRecords(makeFacts({ records: [expired], authorizations: [suspended] }), SCAN)).toEqual([]);
  });

  it("follow the version rule: a correction known by now governs, one recorded later does not, a withdrawn record says nothing", () => {
    const original = makeCompetency({ expiresOn: "2026-03-30", recordedAt: new Date("2025-09-02T12:00:00Z") });
    const correction = { ...original, id: "corr", version: 2, supersedes: 1, expiresOn: "2026-09-02", recordedAt: new Date("2026-03-01T12:00:00Z") };
    expect(expiringRecords(makeFacts({ records: [original, correction] }), SCAN)).toEqual([]);
    expect(steps(expiringRecords(makeFacts({ records: [original, correction], knownAt: new Date("2026-02-01T00:00:00Z") }), SCAN))).toEqual(["record_expiring:30"]);
    const withdrawn = { ...original, id: "wd", version: 2, supersedes: 1, effectiveTo: "2026-03-05", recordedAt: new Date("2026-03-05T12:00:00Z") };
    expect(expiringRecords(makeFacts({ records: [original, withdrawn] }), SCAN)).toEqual([]);
  });
});

describe("sign-offs waiting", () => {
  it("a competency recorded without a validator waits for the validators of its tasks there, until a signed one covers them", () => {
    const unsigned = makeCompetency({ validatedByName: null, completedOn: "2026-03-09", version: 1 });
    const facts = makeFacts({ records: [unsigned] });
    expect(signOffsWaiting(facts, SCAN)).toEqual([expect.objectContaining({ kind: "signoff_waiting", itemId: unsigned.lineageId, threshold: "v1", audience: [{ to: "validators", locationId: facts.location.id, taskIds: [TASKS.venipuncture.id] }] })]);
    const signedSameDay = makeCompetency({ completedOn: "2026-03-09" });
    expect(signOffsWaiting(makeFacts({ records: [unsigned, signedSameDay] }), SCAN)).toEqual([]);
    expect(signOffsWaiting(makeFacts({ records: [unsigned, makeRecord({ completedOn: "2026-03-09" })] }), SCAN)).toHaveLength(1);
  });
});

describe("answers that turn", () => {
  it("an authorization cleared when last seen and not cleared now is told, named by when it was first seen cleared", () => {
    const authorization = makeAuthorization();
    const facts = makeFacts({ authorizations: [authorization], records: [makeRecord(), makeCompetency({ expiresOn: "2026-03-01" })] });
    const answers = currentAnswers(facts, SCAN);
    expect(answers).toEqual([expect.objectContaining({ authorizationId: authorization.id, answer: "not_cleared", code: "missing", why: expect.objectContaining({ status: "not_met" }) })]);
    expect(sentence(answers[0]!.why!)).toContain("competency expired on 1 March 2026");
    const since = new Date("2026-03-02T10:00:00Z");
    const [item] = lapsedAuthorizations(facts, answers, new Map([[authorization.id, { answer: "cleared" as const, since }]]));
    expect(item).toMatchObject({ kind: "authorization_lapsed", threshold: since.toISOString(), subject: { task: TASKS.venipuncture.name, reason: expect.objectContaining({ key: "training", status: "not_met" }) } });
    expect(lapsedAuthorizations(facts, answers, new Map([[authorization.id, { answer: "not_cleared" as const, since }]]))).toEqual([]);
    expect(lapsedAuthorizations(facts, answers, new Map())).toEqual([]);
  });

  it("only the authorizations at the facts' location are answered there (the same person's others are answered at theirs)", () => {
    const here = makeAuthorization();
    const elsewhere = makeAuthorization({ locationId: OAKLAND.id, locationName: OAKLAND.name });
    expect(currentAnswers(makeFacts({ authorizations: [here, elsewhere] }), SCAN).map((a) => a.authorizationId)).toEqual([here.id]);
  });
});

describe("supervision next week", () => {
  it("is no gap while the plan covers her, and a gap when her supervisor is away all week", () => {
    expect(supervisionGap(makeFacts(), SCAN, WEEK)).toBeNull();
    const away = makeException({ from: local("2026-03-14", "00:00"), to: local("2026-03-24", "00:00"), allDay: true });
    expect(supervisionGap(makeFacts({ exceptions: [away] }), SCAN, WEEK)).toMatchObject({ kind: "supervision_gap", threshold: "2026-03-16", audience: [{ to: "managers" }], subject: { tasks: [TASKS.venipuncture.name] } });
  });

  it("an extra session during the absence, or an absence of part of the week, leaves her covered", () => {
    const away = makeException({ from: local("2026-03-14", "00:00"), to: local("2026-03-24", "00:00"), allDay: true });
    const ellis = makeSupervisor({ id: "personnp0001", name: "Jordan Ellis", providerType: "NP" });
    const saturday = makeException({ kind: "extra_session", providerId: ellis.id, level: "on_premises", from: local("2026-03-21", "09:00"), to: local("2026-03-21", "13:00") });
    expect(supervisionGap(makeFacts({ exceptions: [away, saturday], supervisors: [makeSupervisor(), ellis] }), SCAN, WEEK)).toBeNull();
    const monday = makeException({ from: local("2026-03-16", "00:00"), to: local("2026-03-17", "00:00"), allDay: true });
    expect(supervisionGap(makeFacts({ exceptions: [monday] }), SCAN, WEEK)).toBeNull();
  });

  it("next week is Monday to Sunday on the location's own clock", () => {
    const NY = "America/New_York";
    const newYork = { ...makeFacts().location, timeZone: NY, versions: makeFacts().location.versions.map((v) => ({ ...v, timeZone: NY })) };
    const mondayMidnight = makeArrangement({ windows: [{ weekday: 1, startMinute: 0, endMinute: 60 }] });
    // Away the following Monday night: only the window of Monday the 16th, 00:00–01:00 in New York, is left.
    const away = makeException({ from: instantFromWallClock("2026-03-23", "00:00", NY).toISOString(), to: instantFromWallClock("2026-03-23", "02:00", NY).toISOString() });
    const facts = makeFacts({ location: newYork, arrangements: [mondayMidnight], exceptions: [away] });
    expect(supervisionGap(facts, { ...SCAN, timeZone: NY }, WEEK)).toBeNull();
    const earlier = makeException({ from: instantFromWallClock("2026-03-16", "00:00", NY).toISOString(), to: instantFromWallClock("2026-03-16", "02:00", NY).toISOString() });
    expect(supervisionGap(makeFacts({ location: newYork, arrangements: [mondayMidnight], exceptions: [away, earlier] }), { ...SCAN, timeZone: NY }, WEEK)).not.toBeNull();
  });

  it("says nothing for an MA with no supervised task, and tells of one whose plan ended", () => {
    expect(supervisionGap(makeFacts({ authorizations: [makeAuthorization({ taskId: TASKS.scheduling.id })] }), SCAN, WEEK)).toBeNull();
    expect(supervisionGap(makeFacts({ arrangements: [makeArrangement({ effectiveTo: "2026-03-14" })] }), SCAN, WEEK)).not.toBeNull();
  });
});

describe("employment and rules", () => {
  it("a period of work ending within 14 days is told to the managers with its last day", () => {
    const ending = makeFacts({ person: makePersonFact({ employment: [makeEmployment({ effectiveTo: "2026-03-20" })] }) });
    expect(employmentEnding(ending, SCAN)).toEqual([expect.objectContaining({ kind: "employment_ending", threshold: "ends-2026-03-20", urgency: 10, subject: expect.objectContaining({ lastDay: "2026-03-19" }) })]);
    expect(employmentEnding(makeFacts({ person: makePersonFact({ employment: [makeEmployment({ effectiveTo: "2026-04-20" })] }) }), SCAN)).toEqual([]);
  });

  it("a rule last verified longer ago than allowed goes to admins, once per verification", () => {
    const stale = makeRule({ lastVerifiedOn: "2025-03-01" });
    expect(rulesToReverify(makeFacts({ rules: [stale] }), SCAN)).toEqual([expect.objectContaining({ kind: "rule_reverify", threshold: "verified-2025-03-01", audience: [{ to: "admins" }] })]);
    expect(rulesToReverify(makeFacts({ rules: [makeRule({ lastVerifiedOn: "2025-12-01" })] }), SCAN)).toEqual([]);
  });

  it("the same item seen from two locations is one item, told to both sets of managers", () => {
    const record = makeCompetency({ expiresOn: "2026-03-30" });
    const items = [...expiringRecords(makeFacts({ records: [record] }), SCAN), ...expiringRecords(makeFacts({ records: [record], location: OAKLAND }), SCAN)];
    const [one, ...rest] = merged(items);
    expect(rest).toEqual([]);
    expect(one!.audience.filter((a) => a.to === "managers")).toHaveLength(2);
  });
});
