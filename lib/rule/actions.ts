"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail } from "@/lib/errors/app-error";
import { organizationSettings } from "@/lib/organization/data";
import { endOfLocalDay, startOfLocalDay } from "@/lib/time/zoned";
import { ruleHistory } from "./data";
import { saveRule } from "./mutations";
import { ruleSchema, verifyRuleSchema } from "./schema";

const organization = () => ({ kind: "organization" as const });

export const saveRuleAction = authorizedAction("saveRuleAction", { permission: "reference.manage", input: ruleSchema, target: organization }, async ({ input, actor, context }) => {
  const { timeZone } = await organizationSettings();
  const outcome = await saveRule(
    {
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
      effectiveFrom: startOfLocalDay(input.effectiveFrom, timeZone),
      effectiveTo: input.lastDay ? endOfLocalDay(input.lastDay, timeZone) : null,
      lastVerifiedAt: startOfLocalDay(input.lastVerifiedOn, timeZone),
      lastVerifiedBy: actor.name,
    },
    input.lineageId ? { lineageId: input.lineageId, version: input.version ?? 0 } : null,
    actor,
    context,
    timeZone,
  );
  if (outcome.ok) revalidatePath("/admin/rules");
  return outcome;
});

/** Re-verified against the source with no change: a new version stamped with today and the admin. */
export const verifyRuleAction = authorizedAction("verifyRuleAction", { permission: "reference.manage", input: verifyRuleSchema, target: organization }, async ({ input, actor, context }) => {
  const [latest] = await ruleHistory(input.lineageId);
  if (!latest) return fail("NOT_FOUND");
  const { timeZone } = await organizationSettings();
  const outcome = await saveRule(
    {
      state: latest.state,
      taskId: latest.taskId,
      credentialTier: latest.credentialTier,
      outcome: latest.outcome,
      supervisionLevel: latest.supervisionLevel,
      supervisorTypes: latest.supervisorTypes,
      minTrainingHours: latest.minTrainingHours,
      minProcedureCount: latest.minProcedureCount,
      acceptedCertifications: latest.acceptedCertifications,
      requiredRecords: latest.requiredRecords,
      citation: latest.citation,
      sourceUrl: latest.sourceUrl,
      notes: input.note ? `${latest.notes ?? ""} Re-verified: ${input.note}`.trim() : latest.notes,
      effectiveFrom: new Date(latest.effectiveFrom),
      effectiveTo: latest.effectiveTo ? new Date(latest.effectiveTo) : null,
      lastVerifiedAt: new Date(),
      lastVerifiedBy: actor.name,
    },
    { lineageId: input.lineageId, version: input.version },
    actor,
    context,
    timeZone,
  );
  if (outcome.ok) revalidatePath(`/admin/rules/${input.lineageId}`);
  return outcome.ok ? { ...outcome, message: "Marked verified today." } : outcome;
});
