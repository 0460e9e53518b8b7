import { prisma } from "@/lib/db/client";

/**
 * How many rows each table a workflow writes holds, for "a refused or failed call leaves nothing
 * behind": take a snapshot before, call, and expect the same snapshot after. Refused-access events
 * (`access.denied`) are left out: they are written on purpose when a call is refused.
 */
export async function rowCounts() {
  const [authorizations, statusChanges, records, recordTasks, evidence, arrangements, windows, policies, rules, people, exceptions, presence, changes] = await Promise.all([
    prisma.authorization.count(),
    prisma.authorizationStatusChange.count(),
    prisma.trainingRecord.count(),
    prisma.trainingRecordTask.count(),
    prisma.evidenceFile.count(),
    prisma.supervisionArrangement.count(),
    prisma.scheduleWindow.count(),
    prisma.employerPolicy.count(),
    prisma.stateRule.count(),
    prisma.person.count(),
    prisma.supervisionException.count(),
    prisma.presenceEvent.count(),
    prisma.auditEvent.count({ where: { action: { not: "access.denied" } } }),
  ]);
  return { authorizations, statusChanges, records, recordTasks, evidence, arrangements, windows, policies, rules, people, exceptions, presence, changes };
}
