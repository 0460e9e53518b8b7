import { lastDayOf } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import type { Context } from "./context";
import { finding, type Evidence, type Finding, type Notice } from "./findings";
import { authorizationsFor, isActive, statusAt } from "./in-force";
import { expiresSoon } from "./soon";

/**
 * Employer policy and the MA's own authorization: the policy must let MAs take the task on, the MA
 * must work at the location at the moment, and a manager must have authorized her for it here.
 */
export function employerPolicy(ctx: Context): Finding {
  const { policy, task, facts, now, lineage } = ctx;
  const here = facts.location;
  const at = now.at;
  const policyEvidence: Evidence[] = policy ? [{ kind: "employer_policy", id: policy.id, version: policy.version, label: { code: "employer_policy", documentRef: policy.documentRef, version: policy.version } }] : [];
  if (policy && !policy.maMayPerform) {
    return finding("employer_policy", "not_met", { code: "policy_excludes", task: task.name, documentRef: policy.documentRef, location: policy.locationId ? here.name : null }, policyEvidence);
  }
  if (!now.employed) {
    const ended = now.employmentEnded;
    const evidence: Evidence[] = ended ? [{ kind: "employment", id: ended.lineageId, version: ended.version, label: { code: "employment", location: here.name } }] : [];
    return finding("employer_policy", "not_met", { code: "not_employed", task: task.name, location: here.name, endedOn: ended?.effectiveTo ? lastDayOf(ended.effectiveTo) : null }, [...policyEvidence, ...evidence]);
  }
  const all = authorizationsFor(facts, lineage);
  const atHere = all.filter((a) => a.locationId === here.id);
  const active = atHere.find((a) => isActive(facts, a, at));
  if (active) {
    const notices: Notice[] = active.effectiveTo && expiresSoon(active.effectiveTo, at.today, facts.settings) ? [{ code: "authorization_ends", task: task.name, lastDay: lastDayOf(active.effectiveTo) }] : [];
    return finding(
      "employer_policy",
      "met",
      { code: "authorized", grantedBy: active.grantedByName, location: here.name, from: active.effectiveFrom, lastDay: active.effectiveTo ? lastDayOf(active.effectiveTo) : null, conditions: active.conditions },
      [...policyEvidence, { kind: "authorization", id: active.id, label: { code: "authorization", location: here.name } }],
      notices,
    );
  }
  // Say why not, from the most telling authorization at this location: the latest to start.
  const latestFirst = [...atHere].sort((x, y) => (x.effectiveFrom === y.effectiveFrom ? x.id.localeCompare(y.id) : x.effectiveFrom < y.effectiveFrom ? 1 : -1));
  for (const a of latestFirst) {
    const evidence: Evidence[] = [...policyEvidence, { kind: "authorization", id: a.id, label: { code: "authorization", location: here.name } }];
    const status = statusAt(facts, a, at);
    if (status && status.status !== "active") {
      const on = wallClock(new Date(status.effectiveFrom), at.timeZone).date;
      return finding("employer_policy", "not_met", { code: status.status, task: task.name, location: here.name, on, by: status.byName, reason: status.reason }, evidence);
    }
    if (a.effectiveFrom > at.today) return finding("employer_policy", "not_met", { code: "not_yet_effective", task: task.name, location: here.name, from: a.effectiveFrom }, evidence);
    if (a.effectiveTo && a.effectiveTo <= at.today) return finding("employer_policy", "not_met", { code: "ended", task: task.name, location: here.name, lastDay: lastDayOf(a.effectiveTo) }, evidence);
  }
  const elsewhere = all.find((a) => a.locationId !== here.id && isActive(facts, a, at));
  if (elsewhere) return finding("employer_policy", "not_met", { code: "other_location", task: task.name, location: here.name, elsewhere: elsewhere.locationName }, policyEvidence);
  return finding("employer_policy", "not_met", { code: "no_authorization", task: task.name, location: here.name }, policyEvidence);
}
