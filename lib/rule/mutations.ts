import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import type { RuleOutcome, SupervisionLevel } from "@/lib/clearance/facts";

export type RuleContent = {
  state: string;
  taskId: string;
  credentialTier: string | null;
  outcome: RuleOutcome;
  supervisionLevel: SupervisionLevel;
  supervisorTypes: ("MD" | "DO" | "DPM" | "PA" | "NP" | "CNM")[];
  minTrainingHours: number | null;
  minProcedureCount: number | null;
  acceptedCertifications: string[];
  requiredRecords: string | null;
  citation: string;
  sourceUrl: string;
  notes: string | null;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  lastVerifiedAt: Date;
  lastVerifiedBy: string;
};

/**
 * A new rule, or the next version of one: the earlier version is kept and still governs the time
 * before the new version's effective date. Nothing is overwritten.
 */
export async function saveRule(content: RuleContent, edit: { lineageId: string; version: number } | null, actor: Actor, context: AuditContext, timeZone: string): Promise<Outcome<{ lineageId: string; version: number }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      const task = await tx.task.findUnique({ where: { id: content.taskId }, select: { providerOnly: true } });
      if (!task) return fail("VALIDATION", "Choose a task from the list.", { taskId: "Choose a task from the list." });
      let lineageId = newId();
      let version = 1;
      let before: unknown;
      if (edit) {
        const latest = await tx.stateRule.findFirst({ where: { lineageId: edit.lineageId }, orderBy: { version: "desc" } });
        if (!latest) return fail("NOT_FOUND");
        if (latest.version !== edit.version) return fail("STALE", await staleMessage(tx, "StateRule", edit.lineageId, timeZone));
        if (latest.state !== content.state || latest.taskId !== content.taskId || latest.credentialTier !== content.credentialTier) {
          return fail("REFUSED", "A new version keeps the rule's state, task and credential tier. Create a separate rule for another one.");
        }
        lineageId = edit.lineageId;
        version = latest.version + 1;
        before = latest;
      }
      await tx.stateRule.create({ data: { ...content, credentialTier: content.credentialTier as never, lineageId, version, recordedById: actor.userId } });
      await appendAuditEvent(tx, context, { action: edit ? "rule.update" : "rule.create", entityType: "StateRule", entityId: lineageId, before, after: { ...content, version } });
      return ok({ lineageId, version }, edit ? `Saved as version ${version}; earlier versions are kept.` : "Rule saved.");
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("STALE", "Someone saved this rule at the same moment. Review the current version and retry.");
    throw error;
  }
}
