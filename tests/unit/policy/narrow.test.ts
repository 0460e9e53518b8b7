import { describe, expect, it } from "vitest";
import { loosenings, type RuleSummary } from "@/lib/policy/narrow";
import { english, spanish } from "@/tests/support/words";

const rule = (overrides: Partial<RuleSummary> = {}): RuleSummary => ({ state: "CA", credentialTier: null, outcome: "conditional", supervisionLevel: "on_premises", citation: "16 CCR §1366.1", version: 3, ...overrides });

describe("employer policy may only narrow state law", () => {
  it("accepts a policy as strict as the rule, or stricter, or silent on supervision", () => {
    expect(loosenings({ maMayPerform: true, minSupervisionLevel: "on_premises" }, [rule()])).toEqual([]);
    expect(loosenings({ maMayPerform: true, minSupervisionLevel: "direct_visual" }, [rule()])).toEqual([]);
    expect(loosenings({ maMayPerform: true, minSupervisionLevel: null }, [rule()])).toEqual([]);
    expect(loosenings({ maMayPerform: false, minSupervisionLevel: null }, [rule({ outcome: "prohibited" })])).toEqual([]);
  });

  it("refuses less supervision than a rule requires, naming the rule", () => {
    const problems = loosenings({ maMayPerform: true, minSupervisionLevel: "general" }, [rule()]);
    expect(problems.map((p) => p.field)).toEqual(["minSupervisionLevel"]);
    expect(problems.map((p) => english(p.message))).toEqual(["California rule v3 (16 CCR §1366.1) requires on premises supervision: the policy cannot ask for less (general)."]);
    expect(spanish(problems[0]!.message)).toBe("La regla de California v3 (16 CCR §1366.1) exige supervisión en las instalaciones: la política no puede pedir menos (general).");
  });

  it("names the credential tier a rule's requirement is for", () => {
    const [problem] = loosenings({ maMayPerform: true, minSupervisionLevel: "telemedicine" }, [rule({ credentialTier: "ma_r", supervisionLevel: "direct_visual" })]);
    expect(english(problem!.message)).toBe("California rule v3 (16 CCR §1366.1) requires direct visual supervision for MA-R (registered): the policy cannot ask for less (telemedicine).");
  });

  it("treats telemedicine as weaker than a supervisor on the premises", () => {
    expect(loosenings({ maMayPerform: true, minSupervisionLevel: "telemedicine" }, [rule()])).toHaveLength(1);
    expect(loosenings({ maMayPerform: true, minSupervisionLevel: "telemedicine" }, [rule({ supervisionLevel: "general" })])).toEqual([]);
  });

  it("refuses allowing a task a state prohibits for every MA, in any state the policy covers", () => {
    const problems = loosenings({ maMayPerform: true, minSupervisionLevel: null }, [rule(), rule({ state: "WA", outcome: "prohibited", citation: "RCW 18.360.050", version: 1 })]);
    expect(problems.map((p) => p.field)).toEqual(["maMayPerform"]);
    expect(problems.map((p) => english(p.message))).toEqual(["Washington rule v1 (RCW 18.360.050) prohibits this task for medical assistants: the policy cannot allow it."]);
  });

  it("does not count a prohibition for one credential tier against a policy for MAs in general", () => {
    expect(loosenings({ maMayPerform: true, minSupervisionLevel: null }, [rule({ state: "WA", credentialTier: "ma_r", outcome: "prohibited" })])).toEqual([]);
  });
});
