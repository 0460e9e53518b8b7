import "server-only";
import { prisma } from "@/lib/db/client";
import { DEFAULT_SETTINGS, type Facts, type SupervisionLevel } from "./facts";

/**
 * Everything the engine needs about one person at one location, in a fixed number of queries
 * whatever the number of tasks (so "all my tasks" costs about what one task costs).
 *
 * Only what was on record at the moment asked about is loaded (knownAt = the earlier of the moment
 * and now): an answer for a past moment is the answer the records gave then, and nothing entered
 * later, even backdated, changes it.
 */
export async function loadFacts(personId: string, locationId: string, moment: Date, now: Date = new Date()): Promise<Facts | null> {
  const knownAt = moment < now ? moment : now;
  const [location, person] = await Promise.all([
    prisma.location.findUnique({
      where: { id: locationId },
      select: { id: true, name: true, state: true, timeZone: true, organizationId: true, organization: { select: { ruleStaleAfterDays: true } } },
    }),
    prisma.person.findUnique({ where: { id: personId }, select: { id: true, firstName: true, lastName: true, credentialTier: true } }),
  ]);
  if (!location || !person) return null;

  const [tasks, rules, policies, authorizations, records, arrangements] = await Promise.all([
    prisma.task.findMany({ select: { id: true, code: true, name: true, category: true, providerOnly: true, parentId: true, retiredAt: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    prisma.stateRule.findMany({
      where: { state: location.state, recordedAt: { lte: knownAt } },
      select: {
        id: true, lineageId: true, version: true, state: true, taskId: true, credentialTier: true, outcome: true, supervisionLevel: true, supervisorTypes: true,
        minTrainingHours: true, minProcedureCount: true, acceptedCertifications: true, citation: true, sourceUrl: true, effectiveFrom: true, effectiveTo: true,
        lastVerifiedAt: true, lastVerifiedBy: true,
      },
    }),
    prisma.employerPolicy.findMany({
      where: { organizationId: location.organizationId, OR: [{ locationId: null }, { locationId }], recordedAt: { lte: knownAt } },
      select: {
        id: true, lineageId: true, version: true, locationId: true, taskId: true, maMayPerform: true, minSupervisionLevel: true, requiresCompetency: true,
        revalidationMonths: true, documentRef: true, documentVersion: true, effectiveFrom: true, effectiveTo: true,
      },
    }),
    prisma.authorization.findMany({
      where: { personId, grantedAt: { lte: knownAt } },
      select: {
        id: true, taskId: true, locationId: true, effectiveFrom: true, effectiveTo: true, conditions: true, grantedByName: true,
        location: { select: { name: true } },
        history: { where: { at: { lte: knownAt } }, orderBy: { at: "asc" }, select: { status: true, at: true, reason: true, byName: true } },
      },
    }),
    prisma.trainingRecord.findMany({
      where: { personId, recordedAt: { lte: knownAt } },
      select: {
        id: true, lineageId: true, version: true, kind: true, title: true, hours: true, procedureCount: true, certificationType: true, completedAt: true, expiresAt: true,
        validatedBy: { select: { firstName: true, lastName: true, providerType: true } },
        tasks: { select: { taskId: true } },
      },
    }),
    prisma.supervisionArrangement.findMany({
      where: { locationId, recordedAt: { lte: knownAt }, OR: [{ allMedicalAssistants: true }, { supervisees: { some: { personId } } }] },
      select: {
        id: true, lineageId: true, version: true, locationId: true, level: true, allMedicalAssistants: true, allClinicalTasks: true, effectiveFrom: true, effectiveTo: true,
        supervisor: { select: { id: true, firstName: true, lastName: true, providerType: true } },
        supervisees: { select: { personId: true } },
        tasks: { select: { taskId: true } },
        windows: { select: { weekday: true, startMinute: true, endMinute: true } },
      },
    }),
  ]);

  return {
    settings: { ...DEFAULT_SETTINGS, ruleStaleAfterDays: location.organization.ruleStaleAfterDays },
    person: { id: person.id, name: `${person.firstName} ${person.lastName}`, credentialTier: person.credentialTier },
    location: { id: location.id, name: location.name, state: location.state, timeZone: location.timeZone },
    tasks: tasks.map(({ retiredAt, ...t }) => ({ ...t, retired: retiredAt !== null && retiredAt <= knownAt })),
    rules: rules.map((r) => ({ ...r, minTrainingHours: r.minTrainingHours === null ? null : Number(r.minTrainingHours) })),
    policies: policies.map((p) => ({ ...p, documentRef: [p.documentRef, p.documentVersion].filter(Boolean).join(" ") || null })),
    authorizations: authorizations.map(({ location: l, ...a }) => ({ ...a, locationName: l.name })),
    records: records.map(({ validatedBy, tasks: covered, ...r }) => ({
      ...r,
      hours: r.hours === null ? null : Number(r.hours),
      taskIds: covered.map((t) => t.taskId),
      validatedByName: validatedBy ? `${validatedBy.providerType === "MD" || validatedBy.providerType === "DO" ? "Dr. " : ""}${validatedBy.firstName} ${validatedBy.lastName}` : null,
    })),
    arrangements: arrangements.map(({ supervisor, supervisees, tasks: covered, level, ...a }) => ({
      ...a,
      level: level as SupervisionLevel,
      supervisor: { id: supervisor.id, name: `${supervisor.firstName} ${supervisor.lastName}`, providerType: supervisor.providerType },
      superviseeIds: supervisees.map((s) => s.personId),
      taskIds: covered.map((t) => t.taskId),
    })),
  };
}
