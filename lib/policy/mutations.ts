import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import type { SupervisionLevel } from "@/lib/clearance/facts";

export type PolicyContent = {
  organizationId: string;
  locationId: string | null;
  taskId: string;
  maMayPerform: boolean;
  minSupervisionLevel: SupervisionLevel | null;
  requiresCompetency: boolean;
  revalidationMonths: number | null;
  documentRef: string | null;
  documentVersion: string | null;
  effectiveFrom: Date;
};

/** Saves a policy (a new one, or the next version of one); the "may only narrow" check runs before. */
export async function savePolicy(content: PolicyContent, edit: { lineageId: string; version: number } | null, actor: Actor, context: AuditContext, timeZone: string): Promise<Outcome<{ lineageId: string; version: number }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      let lineageId = newId();
      let version = 1;
      let before: unknown;
      if (edit) {
        const latest = await tx.employerPolicy.findFirst({ where: { lineageId: edit.lineageId }, orderBy: { version: "desc" } });
        if (!latest) return fail("NOT_FOUND");
        if (latest.version !== edit.version) return fail("STALE", await staleMessage(tx, "EmployerPolicy", edit.lineageId, timeZone));
        if (latest.taskId !== content.taskId || latest.locationId !== content.locationId) return fail("REFUSED", "A new version keeps the policy's task and location.");
        lineageId = edit.lineageId;
        version = latest.version + 1;
        before = latest;
      } else if (await tx.employerPolicy.findFirst({ where: { taskId: content.taskId, locationId: content.locationId }, select: { id: true } })) {
        return fail("CONFLICT", "A policy for this task and location already exists: edit it instead.", { taskId: "Edit the existing policy for this task." });
      }
      await tx.employerPolicy.create({ data: { ...content, lineageId, version, recordedById: actor.userId } });
      await appendAuditEvent(tx, context, { action: edit ? "policy.update" : "policy.create", entityType: "EmployerPolicy", entityId: lineageId, locationId: content.locationId, before, after: { ...content, version } });
      return ok({ lineageId, version }, edit ? `Saved as version ${version}.` : "Policy saved.");
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("STALE", "Someone saved this policy at the same moment. Review the current version and retry.");
    throw error;
  }
}
