import { Prisma } from "@/lib/db/generated/client";
import { prisma } from "@/lib/db/client";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
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
export async function saveArrangement(content: ArrangementContent, edit: VersionEdit | null, actor: Actor, context: AuditContext, timeZone: string, now: Date = new Date(), locale: Locale = DEFAULT_LOCALE): Promise<Outcome<{ lineageId: string; version: number }>> {
  const t = translatorFor(locale, "supervision");
  try {
    return await prisma.$transaction(async (tx) => {
      const supervisor = await tx.person.findUnique({ where: { id: content.supervisorId }, select: { providerType: true, locations: { where: { locationId: content.locationId }, select: { locationId: true } } } });
      if (!supervisor?.providerType) return fail("VALIDATION", t("outcome.notProvider"), { supervisorId: t("outcome.chooseProvider") });
      if (supervisor.locations.length === 0) return fail("VALIDATION", t("outcome.notHere"), { supervisorId: t("outcome.chooseHere") });
      if (content.superviseeIds.length > 0) {
        const found = await tx.person.count({ where: { id: { in: content.superviseeIds }, isMedicalAssistant: true, locations: { some: { locationId: content.locationId } } } });
        if (found !== content.superviseeIds.length) return fail("VALIDATION", t("outcome.supervisees"), { superviseeIds: t("outcome.chooseSupervisees") });
      }
      if (content.taskIds.length > 0 && (await tx.task.count({ where: { id: { in: content.taskIds }, retiredAt: null } })) !== content.taskIds.length) {
        return fail("VALIDATION", t("outcome.taskGone"), { taskIds: t("outcome.chooseTasks") });
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
      const message = !edit ? t("outcome.saved") : supersedes !== null ? t("outcome.savedCorrection", { version, corrected: supersedes }) : t("outcome.savedChange", { version, date: content.effectiveFrom });
      return ok({ lineageId, version }, message);
    });
  } catch (error) {
    // Two people saving a new version of the same arrangement at once: one wins, by the unique version.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && edit) {
      return fail("STALE", t("outcome.sameMoment"));
    }
    throw error;
  }
}
