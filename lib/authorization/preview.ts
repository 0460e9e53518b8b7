import { decide, type Decision } from "@/lib/clearance/decide";
import type { AuthorizationFact, Facts } from "@/lib/clearance/facts";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translator";

/**
 * What the engine will answer once a grant is saved, so a manager never grants blindly. Pure: the
 * grant is added to the facts in memory and every task decided at the moment it takes effect. The
 * reasons are in the manager's language: they are shown as they are, not through a form's message.
 */
export type PreviewOutcome = "refused" | "cleared" | "cleared_when_supervised" | "not_cleared" | "check_first";
export type GrantPreview = { personId: string; taskId: string; outcome: PreviewOutcome; reason: string };

// Refused outright: no authorization can make these lawful or allowed.
const REFUSALS = new Set(["prohibited", "provider_only", "policy_excludes"]);

export function previewGrant(facts: Facts, taskIds: readonly string[], grant: { effectiveFrom: string; effectiveTo: string | null; grantedByName: string }, moment: Date, locale: Locale = DEFAULT_LOCALE): GrantPreview[] {
  const drafted: AuthorizationFact[] = taskIds.map((taskId) => ({
    id: `draft-${taskId}`,
    taskId,
    locationId: facts.location.id,
    locationName: facts.location.name,
    conditions: null,
    grantedByName: grant.grantedByName,
    effectiveFrom: grant.effectiveFrom,
    effectiveTo: grant.effectiveTo,
    history: [{ status: "active", effectiveFrom: moment.toISOString(), effectiveTo: null, recordedAt: facts.knownAt, version: 1, supersedes: null, reason: null, byName: grant.grantedByName }],
  }));
  const withGrant: Facts = { ...facts, authorizations: [...facts.authorizations, ...drafted] };
  const t = translatorFor(locale, "authorization");
  return taskIds.map((taskId) => outcome(facts.person.id, taskId, decide(withGrant, { personId: facts.person.id, taskId, locationId: facts.location.id, moment }, locale), t));
}

function outcome(personId: string, taskId: string, decision: Decision, t: Translate<"authorization">): GrantPreview {
  const refusal = decision.factors.find((f) => f.status === "not_met" && REFUSALS.has(f.code));
  if (refusal) return { personId, taskId, outcome: "refused", reason: refusal.sentence };
  if (decision.answer === "cleared") return { personId, taskId, outcome: "cleared", reason: t("preview.cleared") };
  const blocking = decision.factors.filter((f) => f.status === "not_met");
  const onlySchedule = blocking.length === 1 && blocking[0]?.code === "off_schedule";
  if (onlySchedule) return { personId, taskId, outcome: "cleared_when_supervised", reason: t("preview.clearedWhenSupervised", { sentence: blocking[0]!.sentence }) };
  return { personId, taskId, outcome: decision.answer, reason: decision.reason };
}
