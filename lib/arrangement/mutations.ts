import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import type { ScheduleWindow, SupervisionLevel } from "@/lib/clearance/facts";
import { toDbDate } from "@/lib/time/calendar";
import { nextVersion, type VersionEdit } from "@/lib/version/edit";
import { versionsOf } from "@/lib/version/rows";

export type ArrangementContent = {
  locationId: string;
  supervisorId: string;
  level: SupervisionLevel;
  allMedicalAssistants: boolean;
  superviseeIds: string[];
  allClinicalTasks: boolean;
  taskIds: string[];
  /** Calendar dates at the location; `effectiveTo` is the first day no longer in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  windows: ScheduleWindow[];
};

/**
 * Creates an arrangement, or, given the lineage and the version the form was based on, its next
 * version: a change from its start date (the schedule as it was stays in force before it) or a
 * correction of one version. Who it covers is part of each version: a version that no longer names
 * someone stops covering them from its start.
 */
export async function saveArrangement(content: ArrangementContent, edit: VersionEdit | null, actor: Actor, context: AuditContext, timeZone: string, now: Date = new Date()): Promise<Outcome<{ lineageId: string; version: number }>> {
  try {
    return await prisma.$transaction(async (tx) => {
      const supervisor = await tx.person.findUnique({ where: { id: content.supervisorId }, select: { providerType: true, locations: { where: { locationId: content.locationId }, select: { locationId: true } } } });
      if (!supervisor?.providerType) return fail("VALIDATION", "The supervisor must be a provider.", { supervisorId: "Choose a provider." });
      if (supervisor.locations.length === 0) return fail("VALIDATION", "The supervisor does not work at this location. Add their employment here first.", { supervisorId: "Choose a provider who works at this location." });
      if (content.superviseeIds.length > 0) {
        const found = await tx.person.count({ where: { id: { in: content.superviseeIds }, isMedicalAssistant: true, locations: { some: { locationId: content.locationId } } } });
        if (found !== content.superviseeIds.length) return fail("VALIDATION", "Supervisees must be medical assistants who work at this location.", { superviseeIds: "Choose medical assistants who work here." });
      }
      if (content.taskIds.length > 0 && (await tx.task.count({ where: { id: { in: content.taskIds }, retiredAt: null } })) !== content.taskIds.length) {
        return fail("VALIDATION", "A chosen task no longer exists. Reload the page and retry.", { taskIds: "Choose tasks from the list." });
      }
      let lineageId = newId();
      let version = 1;
      let supersedes: number | null = null;
      let before: unknown = undefined;
      if (edit) {
        const versions = await tx.supervisionArrangement.findMany({ where: { lineageId: edit.lineageId }, orderBy: { version: "asc" }, include: { windows: true, supervisees: true, tasks: true } });
        const latest = versions[versions.length - 1];
        if (!latest || latest.locationId !== content.locationId) return fail("NOT_FOUND");
        const next = nextVersion(versionsOf(versions), edit, now);
        if (next === "stale") return fail("STALE", await staleMessage(tx, "SupervisionArrangement", edit.lineageId, timeZone));
        if (!next.ok) return next;
        lineageId = edit.lineageId;
        ({ version, supersedes } = next.data);
        before = versions.find((v) => v.version === (supersedes ?? latest.version));
      }
      const { superviseeIds, taskIds, windows, ...fields } = content;
      await tx.supervisionArrangement.create({
        data: {
          ...fields,
          effectiveFrom: toDbDate(content.effectiveFrom),
          effectiveTo: content.effectiveTo ? toDbDate(content.effectiveTo) : null,
          lineageId,
          version,
          supersedesVersion: supersedes,
          recordedAt: now,
          recordedById: actor.userId,
          supervisees: { create: content.allMedicalAssistants ? [] : superviseeIds.map((personId) => ({ personId })) },
          tasks: { create: content.allClinicalTasks ? [] : taskIds.map((taskId) => ({ taskId })) },
          windows: { create: windows },
        },
      });
      await appendAuditEvent(tx, context, {
        action: !edit ? "arrangement.create" : supersedes !== null ? "arrangement.correct" : "arrangement.update",
        entityType: "SupervisionArrangement",
        entityId: lineageId,
        locationId: content.locationId,
        before,
        after: { ...content, version, supersedesVersion: supersedes },
      });
      const message = !edit ? "Supervision arrangement saved." : supersedes !== null ? `Saved as version ${version}, correcting version ${supersedes}.` : `Saved as version ${version}, in force from ${content.effectiveFrom}; the schedule before it stays as it was.`;
      return ok({ lineageId, version }, message);
    });
  } catch (error) {
    // Two people saving a new version of the same arrangement at once: one wins, by the unique version.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && edit) {
      return fail("STALE", "Someone saved this arrangement at the same moment. Review the current version and retry.");
    }
    throw error;
  }
}
