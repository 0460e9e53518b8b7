import type { ExceptionFact, Facts, PolicyFact, StateRuleFact } from "@/lib/clearance/facts";

/**
 * The facts with one change, for the what-if: copies, so the engine prepares them afresh and the
 * facts as they are stay as they are. Pure.
 */

/** As planned: every provider checks in when the plan puts them there (a check-in cannot be known ahead). */
export function asPlanned(facts: Facts): Facts {
  return { ...facts, location: { ...facts.location, versions: facts.location.versions.map((v) => ({ ...v, requiresCheckIn: false })) } };
}

export function withException(facts: Facts, exception: ExceptionFact): Facts {
  return { ...facts, exceptions: [...facts.exceptions, exception] };
}

export function withRule(facts: Facts, rule: StateRuleFact): Facts {
  return { ...facts, rules: [...facts.rules, rule] };
}

export function withPolicy(facts: Facts, policy: PolicyFact): Facts {
  return { ...facts, policies: [...facts.policies, policy] };
}
