import type { Context } from "./context";
import { UNREGULATED_CATEGORIES, type StateRuleFact } from "./facts";
import { finding, type Evidence, type Finding } from "./findings";
import { daysBetween } from "@/lib/time/calendar";

export function ruleEvidence(rule: StateRuleFact): Evidence {
  return { kind: "state_rule", id: rule.id, version: rule.version, label: { code: "state_rule", state: rule.state, version: rule.version }, citation: rule.citation, sourceUrl: rule.sourceUrl };
}

/** State law: the outer boundary, from the rule in force in the location's state at the moment. */
export function stateLaw({ rule, task, facts, now }: Context): Finding {
  const state = now.at.state;
  if (!rule) {
    if (UNREGULATED_CATEGORIES.has(task.category)) return finding("state_law", "met", { code: "unregulated", state, task: task.name });
    return finding("state_law", "unknown", { code: "no_rule", state, task: task.name });
  }
  const evidence = [ruleEvidence(rule)];
  if (rule.outcome === "prohibited") return finding("state_law", "not_met", { code: "prohibited", state, task: task.name, tier: rule.credentialTier, citation: rule.citation }, evidence);
  if (rule.outcome === "not_addressed") return finding("state_law", "unknown", { code: "not_addressed", state, task: task.name, citation: rule.citation }, evidence);
  const ageDays = daysBetween(rule.lastVerifiedOn, now.at.today);
  if (ageDays > facts.settings.ruleStaleAfterDays) {
    return finding("state_law", "unknown", { code: "stale", state, task: task.name, citation: rule.citation, verifiedOn: rule.lastVerifiedOn, ageDays }, evidence);
  }
  return finding("state_law", "met", { code: "allowed", state, citation: rule.citation, conditional: rule.outcome === "conditional" }, evidence);
}
