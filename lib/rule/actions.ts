"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { organizationSettings } from "@/lib/organization/data";
import { endAfter } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { versionEdit } from "@/lib/validation/fields";
import { ruleHistory } from "./data";
import { ruleImpact, impactSummary, type SavedOrImpact } from "@/lib/what-if/reference";
import { saveRule, type RuleContent } from "./mutations";
import { ruleSchema, verifyRuleSchema } from "./schema";

const organization = () => ({ kind: "organization" as const });

/**
 * Saves a rule version, or (intent "preview") only says who would gain and lose which tasks from its
 * effective date; a save computes the same and keeps it in its audit event.
 */
export const saveRuleAction = authorizedAction("saveRuleAction", { permission: "reference.manage", input: ruleSchema, target: organization }, async ({ input, actor, context }): Promise<Outcome<SavedOrImpact>> => {
  const { timeZone } = await organizationSettings();
  const content: RuleContent = {
    state: input.state,
    taskId: input.taskId,
    credentialTier: input.credentialTier,
    outcome: input.outcome,
    supervisionLevel: input.supervisionLevel,
    supervisorTypes: input.supervisorTypes,
    minTrainingHours: input.minTrainingHours,
    minProcedureCount: input.minProcedureCount,
    acceptedCertifications: input.acceptedCertifications,
    requiredRecords: input.requiredRecords,
    citation: input.citation,
    sourceUrl: input.sourceUrl,
    notes: input.notes,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: endAfter(input.lastDay),
    lastVerifiedOn: input.lastVerifiedOn,
    lastVerifiedBy: actor.name,
  };
  const edit = versionEdit(input);
  const { requiredRecords: _r, notes: _n, ...fact } = content;
  const impact = await ruleImpact({ ...fact, lineageId: edit?.lineageId ?? "whatifnew", supersedes: edit?.corrects ?? null });
  if (input.intent === "preview") return ok({ impact }, say("rule.outcome.preview"));
  const outcome = await saveRule(content, edit, actor, context, timeZone, impactSummary(impact));
  if (outcome.ok) revalidatePath("/rules");
  return outcome;
});

/**
 * Re-verified against the source with no change: a correction of the version verified (the one in
 * force today, as the page offers it), stamped with today and the admin. A scheduled later version
 * is its own version, verified on its own.
 */
export const verifyRuleAction = authorizedAction("verifyRuleAction", { permission: "reference.manage", input: verifyRuleSchema, target: organization }, async ({ input, actor, context }) => {
  const verified = (await ruleHistory(input.lineageId)).find((v) => v.version === input.verifies);
  if (!verified) return fail("NOT_FOUND");
  const { timeZone } = await organizationSettings();
  const outcome = await saveRule(
    {
      state: verified.state,
      taskId: verified.taskId,
      credentialTier: verified.credentialTier,
      outcome: verified.outcome,
      supervisionLevel: verified.supervisionLevel,
      supervisorTypes: verified.supervisorTypes,
      minTrainingHours: verified.minTrainingHours,
      minProcedureCount: verified.minProcedureCount,
      acceptedCertifications: verified.acceptedCertifications,
      requiredRecords: verified.requiredRecords,
      citation: verified.citation,
      sourceUrl: verified.sourceUrl,
      notes: input.note ? `${verified.notes ?? ""} Re-verified: ${input.note}`.trim() : verified.notes,
      effectiveFrom: verified.effectiveFrom,
      effectiveTo: verified.effectiveTo,
      lastVerifiedOn: wallClock(new Date(), timeZone).date,
      lastVerifiedBy: actor.name,
    },
    { lineageId: input.lineageId, version: input.version, corrects: input.verifies },
    actor,
    context,
    timeZone,
  );
  if (outcome.ok) revalidatePath(`/rules/${input.lineageId}`);
  return outcome.ok ? { ...outcome, message: say("rule.outcome.verified", { version: input.verifies }) } : outcome;
});
