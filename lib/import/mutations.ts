import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import { appendAuditEvents, type AuditContext } from "@/lib/audit/mutations";
import { startOfLocalDay } from "@/lib/time/zoned";
import type { PersonRow } from "./people";
import type { TrainingRow } from "./training";

const CHUNK = 500;
type Progress = (done: number) => void;

/** Imports people in one transaction, in chunks so that progress can be reported; one audit event per person. */
export async function importPeople(rows: readonly PersonRow[], locationId: string, context: AuditContext, progress: Progress): Promise<number> {
  await prisma.$transaction(async (tx) => {
    const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK).map((r) => ({ row: r, id: newId() }));
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
          employmentStart: new Date(`${row.employment_start}T00:00:00Z`),
        })),
      });
      await tx.personLocation.createMany({ data: chunk.map(({ id }) => ({ personId: id, locationId })) });
      await appendAuditEvents(tx, context, chunk.map(({ row, id }) => ({ action: "person.import", entityType: "Person", entityId: id, personId: id, locationId, after: row })));
      progress(Math.min(rows.length, i + CHUNK));
    }
  }, { timeout: 300_000 });
  return rows.length;
}

export async function importTraining(rows: readonly TrainingRow[], context: AuditContext, timeZone: string, progress: Progress): Promise<number> {
  await prisma.$transaction(async (tx) => {
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
          completedAt: startOfLocalDay(row.completed_on, timeZone),
          expiresAt: row.expires_on ? startOfLocalDay(row.expires_on, timeZone) : null,
          notes: row.notes,
          recordedById: context.actorUserId,
        })),
      });
      await tx.trainingRecordTask.createMany({ data: chunk.flatMap(({ row, id }) => (row.kind === "training" ? row.taskIds : []).map((taskId) => ({ recordId: id, taskId }))) });
      await appendAuditEvents(tx, context, chunk.map(({ row, lineageId }) => ({ action: "record.import", entityType: "TrainingRecord", entityId: lineageId, personId: row.personId, after: row })));
      progress(Math.min(rows.length, i + CHUNK));
    }
  }, { timeout: 300_000 });
  return rows.length;
}

