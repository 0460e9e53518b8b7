import type { RuleOutcome, SupervisionLevel } from "@/lib/clearance/facts";
import { satisfies } from "@/lib/clearance/supervision";
import { stateName } from "@/lib/location/us-states";
import type { Messages } from "@/lib/i18n/messages";
import { say } from "@/lib/i18n/said";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";

/**
 * Employer policy may only be stricter than state law, never looser. Pure: given a draft policy for a
 * task and the state rules in force for it in every state where the policy applies, returns one
 * said message per rule the policy would loosen, with the field it is about (empty: the policy only narrows).
 */
export type RuleSummary = { state: string; credentialTier: string | null; outcome: RuleOutcome; supervisionLevel: SupervisionLevel; citation: string; version: number };
export type Loosening = { field: "maMayPerform" | "minSupervisionLevel"; message: string };

const level = (l: SupervisionLevel) => say(`policy.level.${l}`);
const tier = (t: string) => (Object.hasOwn(CREDENTIAL_TIER_LABELS, t) ? say(`engine.tier.${t as keyof Messages["engine"]["tier"]}`) : t);

export function loosenings(policy: { maMayPerform: boolean; minSupervisionLevel: SupervisionLevel | null }, rules: readonly RuleSummary[]): Loosening[] {
  const problems: Loosening[] = [];
  for (const rule of rules) {
    const name = { state: stateName(rule.state), version: rule.version, citation: rule.citation };
    if (rule.outcome === "prohibited") {
      if (policy.maMayPerform && rule.credentialTier === null) problems.push({ field: "maMayPerform", message: say("policy.narrow.prohibits", name) });
      continue;
    }
    if (rule.outcome === "not_addressed" || policy.minSupervisionLevel === null) continue;
    // The policy's level must itself meet the rule's requirement (so it is the same or stricter).
    if (!satisfies(policy.minSupervisionLevel, rule.supervisionLevel)) {
      const levels = { ...name, level: level(rule.supervisionLevel), policyLevel: level(policy.minSupervisionLevel) };
      problems.push({ field: "minSupervisionLevel", message: rule.credentialTier ? say("policy.narrow.requiresFor", { ...levels, tier: tier(rule.credentialTier) }) : say("policy.narrow.requires", levels) });
    }
  }
  return problems;
}
