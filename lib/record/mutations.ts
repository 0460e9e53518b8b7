import { createHash } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/lib/time/calendar";
import type { CheckedEvidence } from "./evidence";

export type Evidence = CheckedEvidence & { bytes: Uint8Array<ArrayBuffer> };

export type RecordContent = {
  kind: "training" | "competency" | "certification";
  title: string;
  taskIds: string[];
  trainingProvider: string | null;
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  /** Calendar dates; `expiresOn` is the first day the record no longer counts. */
  completedOn: string;
  expiresOn: string | null;
  notes: string | null;
};

const asDates = (content: Omit<RecordContent, "taskIds">) => ({
  ...content,
  completedOn: toDbDate(content.completedOn),
  expiresOn: content.expiresOn ? toDbDate(content.expiresOn) : null,
});

export type Validation = { validatedById: string; validationMethod: "direct_observation" | "simulation" | "test" | "return_demonstration"; attestation: string; validatedAt: Date };

async function writeEvidence(tx: Tx, lineageId: string, recordId: string, files: readonly Evidence[], actor: Actor, now: Date) {
  const stored = files.map((f) => ({ id: newId(), fileName: f.fileName, contentType: f.contentType, sizeBytes: f.bytes.length, sha256: createHash("sha256").update(f.bytes).digest("hex") }));
  for (const [i, f] of files.entries()) {
    await tx.evidenceFile.create({ data: { ...stored[i]!, lineageId, recordId, data: f.bytes, uploadedAt: now, uploadedById: actor.userId } });
  }
  return stored;
}

async function unknownTasks(tx: Tx, taskIds: readonly string[]): Promise<boolean> {
  if (taskIds.length === 0) return false;
  return (await tx.task.count({ where: { id: { in: [...taskIds] }, retiredAt: null } })) !== taskIds.length;
}

/**
 * A new record with its evidence files, in one transaction: the record and its evidence are never
 * half-saved. A competency record carries the validator's sign-off, which no later version changes.
 */
export async function createRecord(personId: string, content: RecordContent, files: readonly Evidence[], actor: Actor, context: AuditContext, validation: Validation | null = null, now: Date = new Date()): Promise<Outcome<{ lineageId: string }>> {
  return prisma.$transaction(async (tx) => {
    if (await unknownTasks(tx, content.taskIds)) return fail("VALIDATION", say("record.outcome.unknownTask"), { taskIds: say("record.field.tasksFromList") });
    const lineageId = newId();
    const { taskIds, ...fields } = content;
    const record = await tx.trainingRecord.create({
      data: { ...asDates(fields), ...(validation ?? {}), lineageId, version: 1, personId, recordedAt: now, recordedById: actor.userId, tasks: { create: taskIds.map((taskId) => ({ taskId })) } },
      select: { id: true },
    });
    const evidence = await writeEvidence(tx, lineageId, record.id, files, actor, now);
    await appendAuditEvent(tx, context, {
      action: validation ? "record.validate_competency" : "record.create",
      entityType: "TrainingRecord",
      entityId: lineageId,
      personId,
      after: { ...content, ...(validation ? { validatedById: validation.validatedById, validationMethod: validation.validationMethod, attestation: validation.attestation } : {}), evidence },
    });
    return ok({ lineageId }, say(validation ? "record.outcome.signedOff" : "record.outcome.saved"));
  });
}

/**
 * Whether a correction changes what a validator signed off: the tasks or the dates. The sign-off
 * attests to exactly those, so it cannot be carried over to different ones.
 */
function changesSignedContent(latest: { completedOn: Date; expiresOn: Date | null; tasks: { taskId: string }[] }, content: RecordContent): boolean {
  const before = [...latest.tasks.map((t) => t.taskId)].sort().join(",");
  const after = [...content.taskIds].sort().join(",");
  return before !== after || fromDbDate(latest.completedOn) !== content.completedOn || fromDbDateOrNull(latest.expiresOn) !== content.expiresOn;
}

export const SIGN_OFF_VOIDED_MESSAGE = say("record.outcome.signOffVoided");

/**
 * A correction: a new version of the record with a reason, replacing the one before it; the old
 * version stays in the history. A competency's sign-off (validator, method, attestation, time) is
 * carried over only while the tasks and dates it attests to stay the same: a correction of those
 * voids it (refused unless `voidSignOff` confirms it), and the record counts for nothing until a
 * validator signs off again.
 */
export async function correctRecord(
  personId: string,
  lineageId: string,
  expectedVersion: number,
  content: RecordContent,
  reason: string,
  files: readonly Evidence[],
  actor: Actor,
  context: AuditContext,
  timeZone: string,
  { now = new Date(), voidSignOff = false }: { now?: Date; voidSignOff?: boolean } = {},
): Promise<Outcome<{ version: number; signOffVoided: boolean }>> {
  return prisma.$transaction(async (tx) => {
    const latest = await tx.trainingRecord.findFirst({
      where: { personId, lineageId },
      orderBy: { version: "desc" },
      include: { tasks: { select: { taskId: true } } },
    });
    if (!latest) return fail("NOT_FOUND");
    if (latest.version !== expectedVersion) return fail("STALE", await staleMessage(tx, "TrainingRecord", lineageId, timeZone));
    if (latest.withdrawnFrom) return fail("REFUSED", say("record.outcome.withdrawnNotCorrected"));
    if (latest.kind === "competency" && content.kind !== "competency") return fail("REFUSED", say("record.outcome.staysCompetency"));
    if (await unknownTasks(tx, content.taskIds)) return fail("VALIDATION", say("record.outcome.unknownTask"), { taskIds: say("record.field.tasksFromList") });
    const signed = latest.validatedById !== null;
    const voids = signed && changesSignedContent(latest, content);
    if (voids && !voidSignOff) return fail("REFUSED", SIGN_OFF_VOIDED_MESSAGE, { voidSignOff: SIGN_OFF_VOIDED_MESSAGE });
    const { taskIds, ...fields } = content;
    const version = latest.version + 1;
    const signOff = voids
      ? { validatedById: null, validationMethod: null, attestation: null, validatedAt: null }
      : { validatedById: latest.validatedById, validationMethod: latest.validationMethod, attestation: latest.attestation, validatedAt: latest.validatedAt };
    // The unique (lineage, version) constraint turns two corrections of the same version into one.
    const record = await tx.trainingRecord.create({
      data: {
        ...asDates(fields),
        kind: latest.kind,
        lineageId,
        version,
        supersedesVersion: latest.version,
        personId,
        ...signOff,
        correctionReason: reason,
        recordedAt: now,
        recordedById: actor.userId,
        tasks: { create: taskIds.map((taskId) => ({ taskId })) },
      },
      select: { id: true },
    });
    const evidence = await writeEvidence(tx, lineageId, record.id, files, actor, now);
    const { id: _id, recordedAt: _r, recordedById: _b, tasks, ...before } = latest;
    await appendAuditEvent(tx, context, {
      action: "record.correct",
      entityType: "TrainingRecord",
      entityId: lineageId,
      personId,
      before: { ...before, taskIds: tasks.map((t) => t.taskId) },
      after: { ...content, version, reason, evidence, ...(voids ? { signOffVoided: true } : {}) },
    });
    const message = say(voids ? "record.outcome.correctedUnsigned" : "record.outcome.corrected", { version });
    return ok({ version, signOffVoided: voids }, message);
  }).catch((error: unknown): Outcome<{ version: number; signOffVoided: boolean }> => {
    // The losing one of two corrections of the same version at once: a stale form, not a crash.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("STALE", say("record.outcome.correctedMeanwhile"));
    }
    throw error;
  });
}

/**
 * Withdraws a record entered by mistake (the wrong person, a course never taken): a version that
 * replaces the current one and counts for nothing from `from` on, which may be in the past ("from
 * the start" is its completion date). Answers for moments before `from` are unchanged; the decision
 * log keeps what was said then.
 */
export async function withdrawRecord(
  personId: string,
  lineageId: string,
  expectedVersion: number,
  from: string | "start",
  reason: string,
  actor: Actor,
  context: AuditContext,
  timeZone: string,
  today: string,
  now: Date = new Date(),
): Promise<Outcome<{ version: number }>> {
  return prisma.$transaction(async (tx) => {
    const latest = await tx.trainingRecord.findFirst({ where: { personId, lineageId }, orderBy: { version: "desc" }, include: { tasks: { select: { taskId: true } } } });
    if (!latest) return fail("NOT_FOUND");
    if (latest.version !== expectedVersion) return fail("STALE", await staleMessage(tx, "TrainingRecord", lineageId, timeZone));
    if (latest.withdrawnFrom) return fail("REFUSED", say("record.outcome.alreadyWithdrawn", { date: fromDbDate(latest.withdrawnFrom) }));
    const completedOn = fromDbDate(latest.completedOn);
    const withdrawnFrom = from === "start" ? completedOn : from;
    if (withdrawnFrom < completedOn) {
      const message = say("record.outcome.beforeCompletion", { completedOn });
      return fail("VALIDATION", message, { from: message });
    }
    if (withdrawnFrom > today) {
      const message = say("record.outcome.withdrawalFuture");
      return fail("VALIDATION", message, { from: message });
    }
    const { id: _id, recordedAt: _r, recordedById: _b, tasks, version: _v, supersedesVersion: _s, correctionReason: _c, ...kept } = latest;
    const version = latest.version + 1;
    await tx.trainingRecord.create({
      data: {
        ...kept,
        hours: latest.hours,
        version,
        supersedesVersion: latest.version,
        withdrawnFrom: toDbDate(withdrawnFrom),
        correctionReason: reason,
        recordedAt: now,
        recordedById: actor.userId,
        tasks: { create: tasks.map((t) => ({ taskId: t.taskId })) },
      },
    });
    await appendAuditEvent(tx, context, { action: "record.withdraw", entityType: "TrainingRecord", entityId: lineageId, personId, before: { version: latest.version }, after: { version, withdrawnFrom, reason } });
    return ok({ version }, say("record.outcome.withdrawn", { date: withdrawnFrom }));
  }).catch((error: unknown): Outcome<{ version: number }> => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("STALE", say("record.outcome.changedMeanwhile"));
    throw error;
  });
}
