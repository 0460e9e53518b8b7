import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import type { SupervisionLevel } from "@/lib/clearance/facts";
import { toDbDate } from "@/lib/time/calendar";
import { nextVersion, type VersionEdit } from "@/lib/version/edit";
import { versionsOf } from "@/lib/version/rows";
import { lockFor } from "@/lib/db/lock";

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
  /** Calendar date. */
  effectiveFrom: string;
};

/**
 * Saves a policy (a new one, or a version of one: a change from its date or a correction); the
 * "may only narrow" check runs before. One lineage per task and location, serialized so two admins
 * cannot both start one.
 */
export async function savePolicy(content: PolicyContent, edit: VersionEdit | null, actor: Actor, context: AuditContext, timeZone: string, preview: unknown = null, now: Date = new Date()): Promise<Outcome<{ lineageId: string; version: number }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      await lockFor(tx, `policy:${content.taskId}:${content.locationId ?? "*"}`);
      let lineageId = newId();
      let version = 1;
      let supersedes: number | null = null;
      let before: unknown;
      if (edit) {
        const versions = await tx.employerPolicy.findMany({ where: { lineageId: edit.lineageId }, orderBy: { version: "asc" } });
        const latest = versions[versions.length - 1];
        if (!latest) return fail("NOT_FOUND");
        const next = nextVersion(versionsOf(versions), edit, now);
        if (next === "stale") return fail("STALE", await staleMessage(tx, "EmployerPolicy", edit.lineageId, timeZone));
        if (!next.ok) return next;
        if (latest.taskId !== content.taskId || latest.locationId !== content.locationId) return fail("REFUSED", say("policy.outcome.keepsTaskLocation"));
        lineageId = edit.lineageId;
        ({ version, supersedes } = next.data);
        before = versions.find((v) => v.version === (supersedes ?? latest.version));
      } else if (await tx.employerPolicy.findFirst({ where: { taskId: content.taskId, locationId: content.locationId }, select: { id: true } })) {
        return fail("CONFLICT", say("policy.outcome.exists"), { taskId: say("policy.outcome.editExisting") });
      }
      await tx.employerPolicy.create({ data: { ...content, effectiveFrom: toDbDate(content.effectiveFrom), lineageId, version, supersedesVersion: supersedes, recordedAt: now, recordedById: actor.userId } });
      const action = !edit ? "policy.create" : supersedes !== null ? "policy.correct" : "policy.update";
      await appendAuditEvent(tx, context, { action, entityType: "EmployerPolicy", entityId: lineageId, locationId: content.locationId, before, after: { ...content, version, supersedesVersion: supersedes, ...(preview ? { preview } : {}) } });
      return ok({ lineageId, version }, !edit ? say("policy.outcome.saved") : supersedes !== null ? say("policy.outcome.savedCorrection", { version, corrected: supersedes }) : say("policy.outcome.savedChange", { version, date: content.effectiveFrom }));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("STALE", say("policy.outcome.sameMoment"));
    throw error;
  }
}
