import { describe, expect, it } from "vitest";
import { decide, type Decision, type FactorKey } from "@/lib/clearance/decide";
import type { Facts } from "@/lib/clearance/facts";
import { revalidationDue } from "@/lib/clearance/factor-training";
import {
  at,
  KNOWN,
  makeArrangement,
  makeAuthorization,
  makeCompetency,
  makeEmployment,
  makeFacts,
  makePersonFact,
  makePolicy,
  makeRecord,
  makeRule,
  makeSupervisor,
  MOMENT,
  request,
  status,
  TACOMA,
  TASKS,
} from "@/tests/support/clearance-facts";

/**
 * The engine over facts that change: versions entered out of order, scheduled changes, late
 * entries, ended employment, supervisors who leave. MOMENT is Tue 2026-03-10 10:40 in Tacoma.
 */
const factor = (decision: Decision, key: FactorKey) => decision.factors.find((f) => f.key === key)!;
const ask = (facts: Facts, moment: Date = MOMENT, taskId: string = TASKS.venipuncture.id) => decide(facts, request(facts, taskId, moment));
const recorded = (iso: string) => ({ recordedAt: at(iso) });

describe("which version governs, inside the engine", () => {
  it("a later edit effective earlier does not cancel a scheduled rule change", () => {
    const today = makeRule({ lineageId: "rl", version: 1, effectiveFrom: "2020-01-01" });
    const scheduled = makeRule({ lineageId: "rl", version: 2, outcome: "prohibited", effectiveFrom: "2026-07-01", ...recorded("2026-02-01T00:00:00Z") });
    const edit = makeRule({ lineageId: "rl", version: 3, citation: "RCW 18.360.050 (amended)", effectiveFrom: "2026-03-01", ...recorded("2026-03-05T00:00:00Z") });
    const facts = makeFacts({ rules: [today, scheduled, edit] });
    expect(factor(ask(facts), "state_law").evidence[0]).toMatchObject({ id: edit.id, version: 3 });
    expect(factor(ask(facts, at("2026-07-07T17:40:00Z")), "state_law")).toMatchObject({ status: "not_met", code: "prohibited" });
  });

  it("an arrangement edited so that its new version no longer names a person stops covering her from its start", () => {
    const named = makeArrangement({ lineageId: "al", version: 1, allMedicalAssistants: false, superviseeIds: ["personemily01"] });
    const dropped = makeArrangement({ lineageId: "al", version: 2, allMedicalAssistants: false, superviseeIds: [], effectiveFrom: "2026-03-09", ...recorded("2026-03-08T00:00:00Z") });
    const facts = makeFacts({ arrangements: [named, dropped] });
    expect(factor(ask(facts), "supervision")).toMatchObject({ status: "not_met", code: "no_arrangement" });
    expect(factor(ask(facts, at("2026-03-06T17:40:00Z")), "supervision").status).toBe("met");
    expect(factor(ask({ ...facts, knownAt: at("2026-03-07T00:00:00Z") }), "supervision").status).toBe("met");
  });

  it("a correction replaces the version it names for every moment it covered", () => {
    const wrong = makeRecord({ lineageId: "rec", version: 1, hours: 2 });
    const fixed = makeRecord({ lineageId: "rec", version: 2, supersedes: 1, hours: 12, completedOn: "2025-06-20", effectiveFrom: "2025-06-20", ...recorded("2026-03-01T00:00:00Z") });
    const facts = makeFacts({ records: [wrong, fixed, makeCompetency()] });
    expect(ask(facts).answer).toBe("cleared");
    expect(factor(ask({ ...facts, knownAt: at("2026-02-01T00:00:00Z") }), "training").status).toBe("not_met");
  });

  it("a withdrawn record counts for nothing from the day it is withdrawn, and still counts before", () => {
    const competency = makeCompetency({ lineageId: "comp", version: 1 });
    const withdrawn = { ...competency, id: "compwithdrawn", version: 2, supersedes: 1, effectiveTo: "2026-03-01", recordedAt: at("2026-03-05T00:00:00Z") };
    const facts = makeFacts({ records: [makeRecord(), competency, withdrawn] });
    expect(factor(ask(facts), "training")).toMatchObject({ status: "not_met" });
    expect(ask(facts, at("2026-02-24T17:40:00Z")).answer).toBe("cleared");
  });

  it("a revocation entered late applies from when it took effect, as known today, and not to what was said before it was entered", () => {
    const late = status("revoked", "2026-03-03T17:00:00Z", { recordedAt: at("2026-03-09T16:00:00Z"), reason: "Found out a week late" });
    const facts = makeFacts({ authorizations: [makeAuthorization({ history: [makeAuthorization().history[0]!, { ...late, version: 2 }] })] });
    expect(ask(facts, at("2026-03-04T17:40:00Z")).reason).toContain("was revoked on 3 March 2026");
    expect(ask({ ...facts, knownAt: at("2026-03-04T17:40:00Z") }, at("2026-03-04T17:40:00Z")).answer).toBe("cleared");
  });
});

describe("people and places change", () => {
  it("after an employment ends the MA is not cleared there, and the answer says when it ended", () => {
    const facts = makeFacts({ person: makePersonFact({ employment: [makeEmployment({ effectiveTo: "2026-03-07" })] }) });
    const decision = ask(facts);
    expect(decision.answer).toBe("not_cleared");
    expect(decision.reason).toBe("Your employment at Tacoma Clinic ended (last day 6 March 2026): authorizations there apply only while you work there.");
    expect(decision.nextSteps[1]).toBe("Ask your manager: tasks at Tacoma Clinic need a current employment there.");
    expect(ask(facts, at("2026-03-06T17:40:00Z")).answer).toBe("cleared");
  });

  it("before an employment starts, or with none at the location, the MA is not cleared there", () => {
    const later = makeFacts({ person: makePersonFact({ employment: [makeEmployment({ effectiveFrom: "2026-04-01" })] }) });
    expect(factor(ask(later), "employer_policy")).toMatchObject({ status: "not_met", code: "not_employed" });
    const none = makeFacts({ person: makePersonFact({ employment: [] }) });
    expect(ask(none).reason).toBe("You are not employed at Tacoma Clinic at this moment: authorizations there apply only while you work there.");
  });

  it("a supervisor whose employment at the location ended no longer supervises", () => {
    const facts = makeFacts({ supervisors: [makeSupervisor({ employment: [makeEmployment({ effectiveFrom: "2017-05-15", effectiveTo: "2026-03-01" })] })] });
    expect(factor(ask(facts), "supervision")).toMatchObject({ status: "not_met", code: "supervisor_unavailable" });
    expect(factor(ask(facts), "supervision").sentence).toContain("Dr. Lee (MD) no longer works at Tacoma Clinic (last day 28 February 2026)");
    expect(factor(ask(facts, at("2026-02-24T17:40:00Z")), "supervision").status).toBe("met");
  });

  it("a supervisor who is no longer a provider no longer supervises", () => {
    const facts = makeFacts({ supervisors: [makeSupervisor({ providerRoles: [{ ...makeSupervisor().providerRoles[0]! }, { version: 2, supersedes: null, providerType: null, effectiveFrom: "2026-03-01", effectiveTo: null, recordedAt: at("2026-03-01T00:00:00Z") }] })] });
    expect(factor(ask(facts), "supervision")).toMatchObject({ status: "not_met", code: "supervisor_unavailable" });
  });

  it("a credential tier changed from a date decides which tier's rule applies from then", () => {
    const tiers = [
      { version: 1, supersedes: null, credentialTier: "ma_c", effectiveFrom: "2020-10-05", effectiveTo: null, recordedAt: at("2020-10-05T00:00:00Z") },
      { version: 2, supersedes: null, credentialTier: "ma_p", effectiveFrom: "2026-03-01", effectiveTo: null, recordedAt: at("2026-03-02T00:00:00Z") },
    ];
    const facts = makeFacts({ person: makePersonFact({ tiers }), rules: [makeRule(), makeRule({ credentialTier: "ma_p", outcome: "prohibited" })] });
    expect(factor(ask(facts), "state_law").code).toBe("prohibited");
    expect(factor(ask(facts, at("2026-02-24T17:40:00Z")), "state_law").code).toBe("allowed");
  });

  it("a location's state changed from a moment decides which state's law applies", () => {
    const location = {
      ...TACOMA,
      versions: [TACOMA.versions[0]!, { version: 2, supersedes: null, state: "OR", timeZone: "America/Los_Angeles", requiresCheckIn: false, effectiveFrom: "2026-03-01T08:00:00.000Z", effectiveTo: null, recordedAt: at("2026-03-01T08:00:00Z") }],
    };
    const facts = makeFacts({ location, rules: [makeRule(), makeRule({ state: "OR", outcome: "prohibited", citation: "ORS 677" })] });
    expect(ask(facts).reason).toContain("Oregon prohibits");
    expect(factor(ask(facts, at("2026-02-24T17:40:00Z")), "state_law").code).toBe("allowed");
  });
});

describe("defects found in review", () => {
  it("a not-cleared answer for a task the state prohibits leads with 'Do not perform' and never says to confirm a supervisor", () => {
    const facts = makeFacts({ rules: [makeRule({ outcome: "prohibited" })] });
    const steps = ask(facts).nextSteps;
    expect(steps[0]).toBe("Do not perform drawing blood (venipuncture): Washington prohibits drawing blood (venipuncture) by medical assistants (RCW 18.360.050).");
    expect(steps[1]).toBe("Ask the supervising provider or a licensed colleague to do it: in Washington it is not a medical assistant's task.");
    expect(steps.join(" ")).not.toMatch(/supervis\w+ (is present|before you start)|Confirm/);
    expect(steps.join(" ")).not.toMatch(/training|competency/);
  });

  it("a task the employer excludes gets steps from the employer's policy only", () => {
    const facts = makeFacts({ policies: [makePolicy({ maMayPerform: false })] });
    const steps = ask(facts).nextSteps;
    expect(steps[0]).toMatch(/^Do not perform drawing blood \(venipuncture\): Employer policy/);
    expect(steps).toHaveLength(3);
    expect(steps.join(" ")).not.toMatch(/Confirm|competency/);
  });

  it("revalidation is due on the same day of a later month, clamped at month ends, and the answer and the due date agree", () => {
    expect(revalidationDue("2025-01-31", 1)).toBe("2025-02-28");
    expect(revalidationDue("2024-01-31", 1)).toBe("2024-02-29");
    expect(revalidationDue("2025-03-31", 12)).toBe("2026-03-31");
    const facts = makeFacts({ policies: [makePolicy({ revalidationMonths: 1 })], records: [makeRecord(), makeCompetency({ completedOn: "2026-01-31", effectiveFrom: "2026-01-31" })] });
    expect(factor(ask(facts, at("2026-02-27T18:00:00Z")), "training").status).toBe("met");
    expect(ask(facts, at("2026-02-27T18:00:00Z")).warnings).toContain("Your drawing blood (venipuncture) competency is due for revalidation on 28 February 2026.");
    expect(factor(ask(facts, at("2026-02-28T18:00:00Z")), "training").status).toBe("not_met");
  });

  it("a competency without a validator's sign-off counts for nothing", () => {
    const facts = makeFacts({ records: [makeRecord(), makeCompetency({ validatedByName: null })] });
    expect(ask(facts).reason).toBe("Missing: a validator's sign-off of your drawing blood (venipuncture) competency (recorded for 2 September 2025, not signed off).");
  });

  it("a window that ends at midnight covers the last minute of the day", () => {
    const facts = makeFacts({ arrangements: [makeArrangement({ windows: [{ weekday: 2, startMinute: 22 * 60, endMinute: 24 * 60 }, { weekday: 3, startMinute: 0, endMinute: 6 * 60 }] })] });
    expect(ask(facts, at("2026-03-11T06:59:00Z")).answer).toBe("cleared"); // Tue 23:59 PDT
    expect(ask(facts, at("2026-03-11T07:00:00Z")).answer).toBe("cleared"); // Wed 00:00
    expect(ask(facts, at("2026-03-11T13:00:00Z")).answer).toBe("not_cleared"); // Wed 06:00
  });

  it("the stale-rule message gives the verification date as entered, not a UTC instant", () => {
    const facts = makeFacts({ rules: [makeRule({ lastVerifiedOn: "2025-03-09" })] });
    expect(factor(ask(facts, at("2026-03-11T06:30:00Z")), "state_law").sentence).toContain("last verified on 9 March 2025, 366 days before this moment"); // Tue 23:30 local, Wed in UTC
  });

  it("facts known at a moment never include what was recorded after it", () => {
    const facts = makeFacts({ authorizations: [makeAuthorization({ history: [status("active", "2025-06-01T07:00:00Z", { recordedAt: at("2026-03-20T00:00:00Z") })] })] });
    expect(ask(facts).answer).toBe("cleared");
    expect(ask({ ...facts, knownAt: MOMENT }).answer).toBe("not_cleared");
    expect(KNOWN > MOMENT).toBe(true);
  });
});
