import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { UNREGULATED_CATEGORIES, type RuleOutcome, type SupervisionLevel, type TaskCategory } from "@/lib/clearance/facts";
import { toDbDate } from "@/lib/time/calendar";
import { nextVersion, type VersionEdit } from "@/lib/version/edit";
import { versionsOf } from "@/lib/version/rows";
import { lockFor } from "@/lib/db/lock";

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
  /** Calendar dates; `effectiveTo` is the first day no longer in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  lastVerifiedOn: string;
  lastVerifiedBy: string;
};

/** Serializes saves of rules for one state, task and tier, so two admins cannot both start a lineage for it. */
async function lockRuleKey(tx: Tx, content: RuleContent) {
  await lockFor(tx, `rule:${content.state}:${content.taskId}:${content.credentialTier ?? "*"}`);
}

function unsupervisable(category: TaskCategory, content: RuleContent): string | null {
  if (!UNREGULATED_CATEGORIES.has(category) || content.supervisionLevel === "none") return null;
  return say("rule.outcome.unsupervised");
}

/**
 * A new rule, or the next version of one: "change from date D" leaves the earlier versions in force
 * before D; "correct version N" replaces N. Nothing is overwritten. One lineage per state, task and
 * credential tier: a second rule for the same key is refused, so the engine never has to choose.
 */
export async function saveRule(content: RuleContent, edit: VersionEdit | null, actor: Actor, context: AuditContext, timeZone: string, preview: unknown = null, now: Date = new Date()): Promise<Outcome<{ lineageId: string; version: number }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      const task = await tx.task.findUnique({ where: { id: content.taskId }, select: { providerOnly: true, category: true, name: true } });
      if (!task) return fail("VALIDATION", say("rule.outcome.chooseTask"), { taskId: say("rule.outcome.chooseTask") });
      const problem = unsupervisable(task.category, content);
      if (problem) return fail("VALIDATION", problem, { supervisionLevel: problem });
      await lockRuleKey(tx, content);
      let lineageId = newId();
      let version = 1;
      let supersedes: number | null = null;
      let before: unknown;
      if (edit) {
        const versions = await tx.stateRule.findMany({ where: { lineageId: edit.lineageId }, orderBy: { version: "asc" } });
        const latest = versions[versions.length - 1];
        if (!latest) return fail("NOT_FOUND");
        const next = nextVersion(versionsOf(versions), edit, now);
        if (next === "stale") return fail("STALE", await staleMessage(tx, "StateRule", edit.lineageId, timeZone));
        if (!next.ok) return next;
        if (latest.state !== content.state || latest.taskId !== content.taskId || latest.credentialTier !== content.credentialTier) {
          return fail("REFUSED", say("rule.outcome.keepsKey"));
        }
        lineageId = edit.lineageId;
        ({ version, supersedes } = next.data);
        before = versions.find((v) => v.version === (supersedes ?? latest.version));
      } else {
        const existing = await tx.stateRule.findFirst({ where: { state: content.state, taskId: content.taskId, credentialTier: content.credentialTier as never }, select: { lineageId: true } });
        if (existing) {
          const message = say("rule.outcome.exists", { task: task.name, state: content.state, tier: content.credentialTier ? "one" : "every" });
          return fail("CONFLICT", message, { taskId: message });
        }
      }
      await tx.stateRule.create({
        data: {
          ...content,
          credentialTier: content.credentialTier as never,
          effectiveFrom: toDbDate(content.effectiveFrom),
          effectiveTo: content.effectiveTo ? toDbDate(content.effectiveTo) : null,
          lastVerifiedOn: toDbDate(content.lastVerifiedOn),
          lineageId,
          version,
          supersedesVersion: supersedes,
          recordedAt: now,
          recordedById: actor.userId,
        },
      });
      const action = !edit ? "rule.create" : supersedes !== null ? "rule.correct" : "rule.update";
      await appendAuditEvent(tx, context, { action, entityType: "StateRule", entityId: lineageId, before, after: { ...content, version, supersedesVersion: supersedes, ...(preview ? { preview } : {}) } });
      const message = !edit ? say("rule.outcome.saved") : supersedes !== null ? say("rule.outcome.savedCorrection", { version, corrected: supersedes }) : say("rule.outcome.savedChange", { version, date: content.effectiveFrom });
      return ok({ lineageId, version }, message);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("STALE", say("rule.outcome.sameMoment"));
    throw error;
  }
}
