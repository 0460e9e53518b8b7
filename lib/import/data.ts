import "server-only";
import { prisma } from "@/lib/db/client";
import { fromDbDate } from "@/lib/time/calendar";
import { trainingKey, type TrainingLookups } from "./training";

export async function existingEmployeeIds(ids: readonly string[]): Promise<Set<string>> {
  const people = await prisma.person.findMany({ where: { employeeId: { in: ids.flatMap((id) => [id, id.toUpperCase(), id.toLowerCase()]) } }, select: { employeeId: true } });
  return new Set(people.map((p) => p.employeeId!.toLowerCase()));
}

/** What training rows refer to, looked up in three queries: people at the location, tasks, existing records. */
export async function trainingLookups(locationId: string): Promise<TrainingLookups> {
  const [people, tasks] = await Promise.all([
    prisma.person.findMany({ where: { employeeId: { not: null }, isMedicalAssistant: true, locations: { some: { locationId } } }, select: { id: true, employeeId: true } }),
    prisma.task.findMany({ where: { retiredAt: null }, select: { id: true, code: true } }),
  ]);
  const records = await prisma.trainingRecord.findMany({ where: { personId: { in: people.map((p) => p.id) } }, select: { personId: true, kind: true, title: true, completedOn: true } });
  return {
    people: new Map(people.map((p) => [p.employeeId!.toLowerCase(), p.id])),
    tasks: new Map(tasks.map((t) => [t.code, t.id])),
    existing: new Set(records.map((r) => trainingKey(r.personId, r.kind, r.title, fromDbDate(r.completedOn)))),
  };
}
