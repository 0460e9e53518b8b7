import { createHash } from "node:crypto";
import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
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
  completedAt: Date;
  expiresAt: Date | null;
  notes: string | null;
};

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
    if (await unknownTasks(tx, content.taskIds)) return fail("VALIDATION", "A chosen task no longer exists. Reload the page and retry.", { taskIds: "Choose tasks from the list." });
    const lineageId = newId();
    const { taskIds, ...fields } = content;
    const record = await tx.trainingRecord.create({
      data: { ...fields, ...(validation ?? {}), lineageId, version: 1, personId, recordedAt: now, recordedById: actor.userId, tasks: { create: taskIds.map((taskId) => ({ taskId })) } },
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
    return ok({ lineageId }, validation ? "Competency signed off." : "Record saved.");
  });
}

/**
 * A correction: a new version of the record with a reason; the old version stays in the history.
 * A competency's sign-off (validator, method, attestation, time) is carried over unchanged.
 */
export async function correctRecord(personId: string, lineageId: string, expectedVersion: number, content: RecordContent, reason: string, files: readonly Evidence[], actor: Actor, context: AuditContext, timeZone: string, now: Date = new Date()): Promise<Outcome<{ version: number }>> {
  return prisma.$transaction(async (tx) => {
    const latest = await tx.trainingRecord.findFirst({
      where: { personId, lineageId },
      orderBy: { version: "desc" },
      include: { tasks: { select: { taskId: true } } },
    });
    if (!latest) return fail("NOT_FOUND");
    if (latest.version !== expectedVersion) return fail("STALE", await staleMessage(tx, "TrainingRecord", lineageId, timeZone));
    if (latest.kind === "competency" && content.kind !== "competency") return fail("REFUSED", "A competency sign-off stays a competency record.");
    if (await unknownTasks(tx, content.taskIds)) return fail("VALIDATION", "A chosen task no longer exists. Reload the page and retry.", { taskIds: "Choose tasks from the list." });
    const { taskIds, ...fields } = content;
    const version = latest.version + 1;
    // The unique (lineage, version) constraint turns two corrections of the same version into one.
    const record = await tx.trainingRecord.create({
      data: {
        ...fields,
        kind: latest.kind,
        lineageId,
        version,
        personId,
        validatedById: latest.validatedById,
        validationMethod: latest.validationMethod,
        attestation: latest.attestation,
        validatedAt: latest.validatedAt,
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
      after: { ...content, version, reason, evidence },
    });
    return ok({ version }, `Correction saved as version ${version}; the earlier version stays in the history.`);
  }).catch((error: unknown): Outcome<{ version: number }> => {
    // The losing one of two corrections of the same version at once: a stale form, not a crash.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("STALE", "Someone corrected this record at the same moment. Review the current version and retry; your input is kept below.");
    }
    throw error;
  });
}
