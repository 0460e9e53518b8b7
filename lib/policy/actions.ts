"use server";

import { revalidatePath } from "next/cache";
import { authorizedAction } from "@/lib/auth/action-client";
import { fail } from "@/lib/errors/app-error";
import { organizationSettings } from "@/lib/organization/data";
import { rulesInForce } from "@/lib/rule/data";
import { listTasks } from "@/lib/task/data";
import { startOfLocalDay } from "@/lib/time/zoned";
import { policyStates } from "./data";
import { savePolicy } from "./mutations";
import { loosenings } from "./narrow";
import { policySchema } from "./schema";

export const savePolicyAction = authorizedAction(
  "savePolicyAction",
  { permission: "reference.manage", input: policySchema, target: () => ({ kind: "organization" }) },
  async ({ input, actor, context }) => {
    const [organization, tasks, states] = await Promise.all([organizationSettings(), listTasks({ includeRetired: true }), policyStates(input.locationId)]);
    const task = tasks.find((t) => t.id === input.taskId);
    if (!task) return fail("VALIDATION", undefined, { taskId: "Choose a task from the list." });
    const effectiveFrom = startOfLocalDay(input.effectiveFrom, organization.timeZone);
    const rules = await rulesInForce(states, [task.id, ...(task.parentId ? [task.parentId] : [])], effectiveFrom > new Date() ? effectiveFrom : new Date());
    const problems = loosenings(input, rules.map((r) => ({ ...r, credentialTier: r.credentialTier })));
    if (problems.length > 0) {
      return fail("REFUSED", `Employer policy may only be stricter than state law. ${problems.join(" ")}`, {
        [problems.some((p) => p.includes("prohibits")) ? "maMayPerform" : "minSupervisionLevel"]: problems[0]!,
      });
    }
    const outcome = await savePolicy(
      {
        organizationId: organization.id,
        locationId: input.locationId,
        taskId: input.taskId,
        maMayPerform: input.maMayPerform,
        minSupervisionLevel: input.minSupervisionLevel,
        requiresCompetency: input.requiresCompetency,
        revalidationMonths: input.revalidationMonths,
        documentRef: input.documentRef,
        documentVersion: input.documentVersion,
        effectiveFrom,
      },
      input.lineageId ? { lineageId: input.lineageId, version: input.version ?? 0 } : null,
      actor,
      context,
      organization.timeZone,
    );
    if (outcome.ok) revalidatePath("/admin/policies");
    return outcome;
  },
);
