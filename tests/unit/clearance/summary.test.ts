import { describe, expect, it } from "vitest";
import { decide } from "@/lib/clearance/decide";
import { helpersFor, mergedWarnings, outsideHoursNotice } from "@/lib/clearance/overview";
import { summarize } from "@/lib/clearance/summary";
import { longDate } from "@/lib/clearance/summary-wording";
import { lower } from "@/lib/clearance/wording";
import { at, makeAuthorization, makeCompetency, makeFacts, makeRecord, makeRule, OAKLAND, request, summaryContext, TASKS } from "@/tests/support/clearance-facts";

const ctx = summaryContext;

const SUNDAY_NIGHT = at("2026-03-09T04:30:00Z"); // Sun 2026-03-08 21:30 PDT

describe("the one-line answer", () => {
  it("an expired competency: says when, and names the manager who schedules the sign-off", () => {
    const facts = makeFacts({ records: [makeRecord(), makeCompetency({ expiresOn: "2026-03-03" })] });
    const s = summarize(decide(facts, request(facts)), ctx());
    expect(s.line).toBe("Not cleared: your drawing blood (venipuncture) competency expired on 3 March 2026. Ask Ben Carter to schedule a sign-off.");
  });

  it("a manager reads whose competency it is and what to fix", () => {
    const facts = makeFacts({ records: [makeRecord(), makeCompetency({ expiresOn: "2026-03-03" })] });
    const s = summarize(decide(facts, request(facts)), ctx({ audience: "manager" }));
    expect(s.line).toBe("Not cleared: Emily Nguyen's drawing blood (venipuncture) competency expired on 3 March 2026. To fix: schedule a competency sign-off with a validator.");
  });

  it("a manager's fixes for several reasons are one 'To fix', each fix once", () => {
    const facts = makeFacts({ authorizations: [], records: [makeRecord()] });
    expect(summarize(decide(facts, request(facts)), ctx({ audience: "manager" })).line).toBe(
      "Not cleared: not authorized for this at Tacoma Clinic; no drawing blood (venipuncture) competency validation on file. To fix: authorize the task here, if policy and training allow; schedule a competency sign-off with a validator.",
    );
  });

  it("an unsigned competency sends the MA to a validator who may sign it off", () => {
    const facts = makeFacts({ records: [makeRecord(), makeCompetency({ validatedByName: null, completedOn: "2026-03-02", effectiveFrom: "2026-03-02" })] });
    expect(summarize(decide(facts, request(facts)), ctx()).line).toBe(
      "Not cleared: your drawing blood (venipuncture) competency (2 March 2026) is waiting for a validator's sign-off. Ask Daniel Lee to sign off your competency.",
    );
  });

  it("without a manager on record, it says 'your manager' rather than inventing a name", () => {
    const facts = makeFacts({ authorizations: [] });
    expect(summarize(decide(facts, request(facts)), ctx({ helpers: { manager: null, validator: null } })).line).toBe(
      "Not cleared: not authorized for this at Tacoma Clinic. Ask your manager to review your authorization.",
    );
  });

  it("a stale state rule tells the MA whom to ask, and the manager what to fix", () => {
    const facts = makeFacts({ rules: [makeRule({ lastVerifiedOn: "2025-03-09" })] });
    const decision = decide(facts, request(facts));
    expect(decision.answer).toBe("check_first");
    const self = summarize(decision, ctx());
    expect(self.line).toMatch(/^Check first: the Washington rule \(.+\) was last verified on 9 March 2025, 366 days ago\. Ask Ben Carter before acting\.$/);
    expect(summarize(decision, ctx({ audience: "manager" })).line).toContain("To fix: have an admin re-verify the state rule with the state medical board.");
  });

  it("a provider-only task gives its reason once, not once per factor", () => {
    const facts = makeFacts();
    const s = summarize(decide(facts, request(facts, TASKS.interpret.id)), ctx({ task: TASKS.interpret.name }));
    expect(s.reasons).toEqual(["this belongs to the licensed provider, never to a medical assistant"]);
    expect(s.asks).toHaveLength(1);
  });

  it("after hours a qualified MA is 'not cleared now', apart from real gaps, and the hours are named when the page does not show them", () => {
    const facts = makeFacts();
    const decision = decide(facts, request(facts, TASKS.venipuncture.id, SUNDAY_NIGHT));
    const s = summarize(decision, ctx());
    expect(s.outsideHours).toBe(true);
    expect(s.line).toMatch(/^Not cleared now: outside supervision hours\. Do it while a supervisor is on site \(Dr\. Lee \(MD\): Mon–Fri 08:00–17:00\)\.$/);
    expect(summarize(decision, ctx({ hoursShown: true })).line).toBe("Not cleared now: outside supervision hours. Do it while a supervisor is on site.");
  });

  it("a real gap after hours is not 'outside hours'", () => {
    const facts = makeFacts({ authorizations: [] });
    expect(summarize(decide(facts, request(facts, TASKS.venipuncture.id, SUNDAY_NIGHT)), ctx()).outsideHours).toBe(false);
  });

  it("cleared names the supervisor on duty", () => {
    const facts = makeFacts();
    expect(summarize(decide(facts, request(facts)), ctx()).line).toBe("Cleared: Dr. Lee (MD) is supervising.");
  });
});

describe("what a list of answers says once", () => {
  const facts = makeFacts({ records: [makeRecord(), makeCompetency({ taskIds: [TASKS.venipuncture.id, TASKS.vitals.id, TASKS.injections.id], expiresOn: "2026-03-20", title: "Clinical skills check-off" })] });
  const rows = [TASKS.venipuncture, TASKS.vitals, TASKS.injections].map((task) => ({ task, decision: decide(facts, request(facts, task.id)) }));

  it("one expiring record is one warning, naming the tasks it concerns", () => {
    const merged = mergedWarnings(rows).filter((w) => w.text.includes("Clinical skills check-off"));
    expect(merged).toHaveLength(1);
    expect(merged[0]!.tasks).toEqual([TASKS.venipuncture.name, TASKS.vitals.name, TASKS.injections.name]);
  });

  it("outside hours is said once, with each supervisor's hours once", () => {
    const night = [TASKS.venipuncture, TASKS.vitals].map((task) => ({ task, decision: decide(facts, request(facts, task.id, SUNDAY_NIGHT)) }));
    const notice = outsideHoursNotice(night)!;
    expect(notice).toMatch(/^Outside supervision hours \(Sun 21:30, Pacific Daylight Time\)/);
    expect(notice.match(/Dr\. Lee \(MD\): Mon–Fri 08:00–17:00/g)).toHaveLength(1);
    expect(outsideHoursNotice(rows)).toBeNull();
  });
});

describe("who to ask", () => {
  const grants = [
    { locationId: OAKLAND.id, role: "manager" as const, taskId: null, personId: "p1", name: "Olivia Chen" },
    { locationId: "loctacoma0001", role: "manager" as const, taskId: null, personId: "p2", name: "Ben Carter" },
    { locationId: "loctacoma0001", role: "validator" as const, taskId: TASKS.injections.id, personId: "p3", name: "Jordan Ellis" },
    { locationId: "loctacoma0001", role: "validator" as const, taskId: null, personId: "p4", name: "Daniel Lee" },
  ];
  it("names the manager at that location, and a validator who may sign off that task or the task it refines", () => {
    expect(helpersFor(grants, "ma", "loctacoma0001", TASKS.intramuscular)).toEqual({ manager: "Ben Carter", validator: "Jordan Ellis" });
    expect(helpersFor(grants, "ma", "loctacoma0001", TASKS.venipuncture)).toEqual({ manager: "Ben Carter", validator: "Daniel Lee" });
    expect(helpersFor(grants, "ma", OAKLAND.id, TASKS.venipuncture)).toEqual({ manager: "Olivia Chen", validator: null });
  });
  it("never names the person themselves", () => {
    expect(helpersFor(grants, "p2", "loctacoma0001", TASKS.venipuncture).manager).toBeNull();
  });
});

describe("words", () => {
  it("keeps an acronym at the start of a task name", () => {
    expect(lower("HO Ear irrigation")).toBe("HO Ear irrigation");
    expect(lower("HbA1c testing")).toBe("HbA1c testing");
    expect(lower("IV flush")).toBe("IV flush");
    expect(lower("Drawing blood (venipuncture)")).toBe("drawing blood (venipuncture)");
  });
  it("writes dates for people", () => {
    expect(longDate("2026-03-03")).toBe("3 March 2026");
    expect(longDate("2026-12-31")).toBe("31 December 2026");
  });
  it("a suspended authorization names who suspended it and why", () => {
    const facts = makeFacts({ authorizations: [makeAuthorization({ history: [{ ...makeAuthorization().history[0]!, status: "suspended", reason: "retraining", byName: "Ben Carter", effectiveFrom: "2026-03-02T18:00:00.000Z", version: 2 }] })] });
    const line = summarize(decide(facts, request(facts)), ctx()).line;
    expect(line).toContain("suspended on 2 March 2026 by Ben Carter (retraining)");
  });
});
