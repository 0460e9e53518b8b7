import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { appendAuditEvents, type AuditContext, type AuditEntry } from "@/lib/audit/mutations";
import { toDbDate } from "@/lib/time/calendar";
import type { PersonRow } from "./people";
import type { TrainingRow } from "./training";

const CHUNK = 500;
type Progress = (done: number) => void;

/**
 * The audit chain is one lock organization-wide, held from the first append to commit: an import
 * appends its events in one step at the end, so that its minutes of inserting rows do not make
 * every other audited change (and every auditor's page view) wait behind it.
 */

/**
 * Imports people in one transaction, in chunks so that progress can be reported; one audit event per
 * person. Each gets an employment period at the location from their start date and first versions
 * of their tier and provider type, as if entered by hand.
 */
export async function importPeople(rows: readonly PersonRow[], locationId: string, context: AuditContext, progress: Progress, now: Date = new Date()): Promise<number> {
  await prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
    const events: AuditEntry[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((r) => ({ row: r, id: newId() }));
      const by = { recordedAt: now, recordedById: context.actorUserId };
      await tx.person.createMany({
        data: chunk.map(({ row, id }) => ({
          id,
          organizationId: organization.id,
          employeeId: row.employee_id,
          firstName: row.first_name,
          lastName: row.last_name,
          isMedicalAssistant: row.role === "medical_assistant",
          providerType: row.provider_type,
          credentialTier: row.credential_tier as never,
        })),
      });
      await tx.personLocation.createMany({ data: chunk.map(({ id }) => ({ personId: id, locationId })) });
      await tx.employment.createMany({
        data: chunk.map(({ row, id }) => ({ id: newId(), lineageId: newId(), version: 1, personId: id, locationId, effectiveFrom: toDbDate(row.employment_start), ...by })),
      });
      await tx.personTier.createMany({ data: chunk.map(({ row, id }) => ({ id: newId(), personId: id, version: 1, credentialTier: row.credential_tier as never, effectiveFrom: toDbDate(row.employment_start), ...by })) });
      const providers = chunk.filter(({ row }) => row.provider_type);
      if (providers.length > 0) {
        await tx.providerRole.createMany({ data: providers.map(({ row, id }) => ({ id: newId(), personId: id, version: 1, providerType: row.provider_type, effectiveFrom: toDbDate(row.employment_start), ...by })) });
      }
      events.push(...chunk.map(({ row, id }) => ({ action: "person.import" as const, entityType: "Person", entityId: id, personId: id, locationId, after: row })));
      progress(Math.min(rows.length, i + CHUNK));
    }
    await appendAuditEvents(tx, context, events);
  }, { timeout: 300_000 });
  return rows.length;
}

export async function importTraining(rows: readonly TrainingRow[], context: AuditContext, progress: Progress): Promise<number> {
  await prisma.$transaction(async (tx) => {
    const events: AuditEntry[] = [];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((row) => ({ row, id: newId(), lineageId: newId() }));
      await tx.trainingRecord.createMany({
        data: chunk.map(({ row, id, lineageId }) => ({
          id,
          lineageId,
          version: 1,
          personId: row.personId,
          kind: row.kind,
          title: row.title,
          trainingProvider: row.training_provider,
          hours: row.kind === "training" ? row.hours : null,
          procedureCount: row.kind === "training" ? row.procedure_count : null,
          certificationType: row.kind === "certification" ? row.certification_type : null,
          completedOn: toDbDate(row.completed_on),
          expiresOn: row.expires_on ? toDbDate(row.expires_on) : null,
          notes: row.notes,
          recordedById: context.actorUserId,
        })),
      });
      await tx.trainingRecordTask.createMany({ data: chunk.flatMap(({ row, id }) => (row.kind === "training" ? row.taskIds : []).map((taskId) => ({ recordId: id, taskId }))) });
      events.push(...chunk.map(({ row, lineageId }) => ({ action: "record.import" as const, entityType: "TrainingRecord", entityId: lineageId, personId: row.personId, after: row })));
      progress(Math.min(rows.length, i + CHUNK));
    }
    await appendAuditEvents(tx, context, events);
  }, { timeout: 300_000 });
  return rows.length;
}

