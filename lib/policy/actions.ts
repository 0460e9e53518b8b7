"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { organizationSettings } from "@/lib/organization/data";
import { rulesInForce } from "@/lib/rule/data";
import { listTasks } from "@/lib/task/data";
import { UNREGULATED_CATEGORIES } from "@/lib/clearance/facts";
import { wallClock } from "@/lib/time/zoned";
import { versionEdit } from "@/lib/validation/fields";
import { policyStates } from "./data";
import { impactSummary, policyImpact, type SavedOrImpact } from "@/lib/what-if/reference";
import { savePolicy } from "./mutations";
import { loosenings } from "./narrow";
import { policySchema } from "./schema";

export const savePolicyAction = authorizedAction(
  "savePolicyAction",
  { permission: "reference.manage", input: policySchema, target: () => ({ kind: "organization" }) },
  async ({ input, actor, context }): Promise<Outcome<SavedOrImpact>> => {
    const [organization, tasks, states] = await Promise.all([organizationSettings(), listTasks({ includeRetired: true }), policyStates(input.locationId)]);
    const task = tasks.find((t) => t.id === input.taskId);
    if (!task) return fail("VALIDATION", undefined, { taskId: say("policy.outcome.chooseTask") });
    if (input.minSupervisionLevel && input.minSupervisionLevel !== "none" && UNREGULATED_CATEGORIES.has(task.category)) {
      const message = say("policy.outcome.unsupervised");
      return fail("VALIDATION", message, { minSupervisionLevel: message });
    }
    const today = wallClock(new Date(), organization.timeZone).date;
    const rules = await rulesInForce(states, [task.id, ...(task.parentId ? [task.parentId] : [])], input.effectiveFrom > today ? input.effectiveFrom : today);
    const problems = loosenings(input, rules.map((r) => ({ ...r, credentialTier: r.credentialTier })));
    if (problems.length > 0) {
      // Every problem, in order, one after the other: each a said message, so they are joined as arguments.
      const all = problems.map((p) => p.message).reduce((first, then) => say("policy.outcome.andThen", { first, then }));
      return fail("REFUSED", say("policy.outcome.looser", { problems: all }), {
        [problems.some((p) => p.field === "maMayPerform") ? "maMayPerform" : "minSupervisionLevel"]: problems[0]!.message,
      });
    }
    const content = {
      organizationId: organization.id,
      locationId: input.locationId,
      taskId: input.taskId,
      maMayPerform: input.maMayPerform,
      minSupervisionLevel: input.minSupervisionLevel,
      requiresCompetency: input.requiresCompetency,
      revalidationMonths: input.revalidationMonths,
      documentRef: input.documentRef,
      documentVersion: input.documentVersion,
      effectiveFrom: input.effectiveFrom,
    };
    const edit = versionEdit(input);
    const impact = await policyImpact({
      lineageId: edit?.lineageId ?? "whatifnew",
      supersedes: edit?.corrects ?? null,
      locationId: content.locationId,
      taskId: content.taskId,
      maMayPerform: content.maMayPerform,
      minSupervisionLevel: content.minSupervisionLevel,
      requiresCompetency: content.requiresCompetency,
      revalidationMonths: content.revalidationMonths,
      documentRef: [content.documentRef, content.documentVersion].filter(Boolean).join(" ") || null,
      effectiveFrom: content.effectiveFrom,
      effectiveTo: null,
    });
    if (input.intent === "preview") return ok({ impact }, say("policy.outcome.preview"));
    const outcome = await savePolicy(content, edit, actor, context, organization.timeZone, impactSummary(impact));
    if (outcome.ok) revalidatePath("/admin/policies");
    return outcome;
  },
);
