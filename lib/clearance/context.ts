import type { Facts, PolicyFact, StateRuleFact, TaskFact } from "./facts";
import { policiesInForce, rulesInForce, type InForce } from "./in-force";

/** What every factor reads for one request: the task (and the task it refines), the moment, and the rule and policy in force. */
export type Context = {
  facts: Facts;
  task: TaskFact;
  /** The task and the task it refines: rules, grants, records and arrangements for either apply. */
  lineage: string[];
  now: InForce;
  rule: StateRuleFact | null;
  policy: PolicyFact | null;
};

export function contextFor(facts: Facts, task: TaskFact, parent: TaskFact | undefined, now: InForce): Context {
  const lineage = parent ? [task.id, parent.id] : [task.id];
  const ctx: Context = { facts, task, lineage, now, rule: null, policy: null };
  ctx.rule = applicableRule(ctx);
  ctx.policy = applicablePolicy(ctx);
  return ctx;
}

/**
 * The state rule in force: for the task itself before the task it refines, and for the person's
 * credential tier before a rule for every tier. One lineage per state, task and tier (refused when
 * saved), so the choice never depends on row order.
 */
function applicableRule({ facts, lineage, now }: Context): StateRuleFact | null {
  for (const taskId of lineage) {
    const rules = rulesInForce(facts, taskId, now);
    const pick = (tier: string | null) => rules.find((r) => r.credentialTier === tier);
    const rule = pick(now.tier) ?? pick(null);
    if (rule) return rule;
  }
  return null;
}

/** The employer policy in force: the location's own before the organization-wide one. */
function applicablePolicy({ facts, lineage, now }: Context): PolicyFact | null {
  for (const taskId of lineage) {
    const policies = policiesInForce(facts, taskId, now);
    const policy = policies.find((p) => p.locationId === facts.location.id) ?? policies.find((p) => p.locationId === null);
    if (policy) return policy;
  }
  return null;
}
