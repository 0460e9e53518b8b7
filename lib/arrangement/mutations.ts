import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import type { ScheduleWindow, SupervisionLevel } from "@/lib/clearance/facts";

export type ArrangementContent = {
  locationId: string;
  supervisorId: string;
  level: SupervisionLevel;
  allMedicalAssistants: boolean;
  superviseeIds: string[];
  allClinicalTasks: boolean;
  taskIds: string[];
  effectiveFrom: Date;
  effectiveTo: Date | null;
  windows: ScheduleWindow[];
};

/**
 * Creates an arrangement, or, given the lineage and the version the form was based on, its next
 * version: the schedule as it was stays in force for the time before the new version starts.
 */
export async function saveArrangement(content: ArrangementContent, edit: { lineageId: string; version: number } | null, actor: Actor, context: AuditContext, timeZone: string): Promise<Outcome<{ lineageId: string; version: number }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      const supervisor = await tx.person.findUnique({ where: { id: content.supervisorId }, select: { providerType: true } });
      if (!supervisor?.providerType) return fail("VALIDATION", "The supervisor must be a provider.", { supervisorId: "Choose a provider." });
      if (content.superviseeIds.length > 0) {
        const found = await tx.person.count({ where: { id: { in: content.superviseeIds }, isMedicalAssistant: true, locations: { some: { locationId: content.locationId } } } });
        if (found !== content.superviseeIds.length) return fail("VALIDATION", "Supervisees must be medical assistants who work at this location.", { superviseeIds: "Choose medical assistants who work here." });
      }
      if (content.taskIds.length > 0 && (await tx.task.count({ where: { id: { in: content.taskIds }, retiredAt: null } })) !== content.taskIds.length) {
        return fail("VALIDATION", "A chosen task no longer exists. Reload the page and retry.", { taskIds: "Choose tasks from the list." });
      }
      let lineageId = newId();
      let version = 1;
      let before: unknown = undefined;
      if (edit) {
        const latest = await tx.supervisionArrangement.findFirst({ where: { lineageId: edit.lineageId }, orderBy: { version: "desc" }, include: { windows: true, supervisees: true, tasks: true } });
        if (!latest || latest.locationId !== content.locationId) return fail("NOT_FOUND");
        if (latest.version !== edit.version) return fail("STALE", await staleMessage(tx, "SupervisionArrangement", edit.lineageId, timeZone));
        lineageId = edit.lineageId;
        version = latest.version + 1;
        before = latest;
      }
      const { superviseeIds, taskIds, windows, ...fields } = content;
      await tx.supervisionArrangement.create({
        data: {
          ...fields,
          lineageId,
          version,
          recordedById: actor.userId,
          supervisees: { create: content.allMedicalAssistants ? [] : superviseeIds.map((personId) => ({ personId })) },
          tasks: { create: content.allClinicalTasks ? [] : taskIds.map((taskId) => ({ taskId })) },
          windows: { create: windows },
        },
      });
      await appendAuditEvent(tx, context, {
        action: edit ? "arrangement.update" : "arrangement.create",
        entityType: "SupervisionArrangement",
        entityId: lineageId,
        locationId: content.locationId,
        before,
        after: { ...content, version },
      });
      return ok({ lineageId, version }, edit ? `Saved as version ${version}.` : "Supervision arrangement saved.");
    });
  } catch (error) {
    // Two people saving a new version of the same arrangement at once: one wins, by the unique version.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && edit) {
      return fail("STALE", "Someone saved this arrangement at the same moment. Review the current version and retry.");
    }
    throw error;
  }
}
