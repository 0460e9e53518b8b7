import type { RuleOutcome, SupervisionLevel } from "@/lib/clearance/facts";
import { satisfies } from "@/lib/clearance/supervision";
import { stateName } from "@/lib/location/us-states";
import { tierLabel } from "@/lib/person/credentials";

/**
 * Employer policy may only be stricter than state law, never looser. Pure: given a draft policy for a
 * task and the state rules in force for it in every state where the policy applies, returns one
 * message per rule the policy would loosen (empty: the policy only narrows).
 */
export type RuleSummary = { state: string; credentialTier: string | null; outcome: RuleOutcome; supervisionLevel: SupervisionLevel; citation: string; version: number };

export function loosenings(policy: { maMayPerform: boolean; minSupervisionLevel: SupervisionLevel | null }, rules: readonly RuleSummary[]): string[] {
  const problems: string[] = [];
  for (const rule of rules) {
    const name = `${stateName(rule.state)} rule v${rule.version} (${rule.citation})`;
    if (rule.outcome === "prohibited") {
      if (policy.maMayPerform && rule.credentialTier === null) problems.push(`${name} prohibits this task for medical assistants: the policy cannot allow it.`);
      continue;
    }
    if (rule.outcome === "not_addressed" || policy.minSupervisionLevel === null) continue;
    // The policy's level must itself meet the rule's requirement (so it is the same or stricter).
    if (!satisfies(policy.minSupervisionLevel, rule.supervisionLevel)) {
      const who = rule.credentialTier ? ` for ${tierLabel(rule.credentialTier)}` : "";
      problems.push(`${name} requires ${rule.supervisionLevel.replace("_", " ")} supervision${who}: the policy cannot ask for less (${policy.minSupervisionLevel.replace("_", " ")}).`);
    }
  }
  return problems;
}
