import "server-only";
import { prisma } from "@/lib/db/client";
import { loadFactsForPeople } from "@/lib/clearance/data";
import type { LocationFact } from "@/lib/clearance/facts";
import { wallClock } from "@/lib/time/zoned";
import { asOfCsvRow, byAnswer, locationReport, reconstruct, workingOn, type LocationReport, type StaffMember, type WhoCan } from "./as-of";

/** A location and the instant its clock showed at the moment asked about. */
export type LocationMoment = { location: LocationFact; moment: Date };

/**
 * The medical assistants on the staff of these locations, by last name, in one query. Location
 * membership is as it stands now (it is not versioned); employment dates say who worked when.
 */
export async function loadStaff(locationIds: readonly string[]): Promise<StaffMember[]> {
  if (locationIds.length === 0) return [];
  const ids = [...locationIds];
  const people = await prisma.person.findMany({
    where: { isMedicalAssistant: true, locations: { some: { locationId: { in: ids } } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: { id: true, firstName: true, lastName: true, employeeId: true, employmentStart: true, employmentEnd: true, locations: { where: { locationId: { in: ids } }, select: { locationId: true } } },
  });
  return people.map((p) => ({
    id: p.id,
    name: `${p.firstName} ${p.lastName}`,
    employeeId: p.employeeId,
    locationIds: p.locations.map((l) => l.locationId),
    employmentStart: p.employmentStart.toISOString().slice(0, 10),
    employmentEnd: p.employmentEnd?.toISOString().slice(0, 10) ?? null,
  }));
}

/**
 * "Clearances as of": one report per location, each from what was on record at its moment. One
 * query for the staff and one facts load per location, whatever the number of people and tasks;
 * yielded a location at a time so an export holds one location in memory.
 */
export async function* asOfReports(requests: readonly LocationMoment[], now: Date = new Date()): AsyncGenerator<LocationReport> {
  const staff = await loadStaff(requests.map((r) => r.location.id));
  for (const { location, moment } of requests) {
    const people = workingOn(staff, location.id, wallClock(moment, location.timeZone).date);
    const facts = await loadFactsForPeople(people.map((p) => p.id), location.id, moment, now);
    yield locationReport(location, moment, people, facts);
  }
}

export async function loadAsOfReports(requests: readonly LocationMoment[], now: Date = new Date()): Promise<LocationReport[]> {
  const reports: LocationReport[] = [];
  for await (const report of asOfReports(requests, now)) reports.push(report);
  return reports;
}

/** The as-of export's rows (`AS_OF_CSV_HEADER`), a location at a time. */
export async function* asOfCsvRows(requests: readonly LocationMoment[], now: Date = new Date()): AsyncGenerator<unknown[]> {
  for await (const report of asOfReports(requests, now)) {
    for (const { person, answers } of report.rows) for (const a of answers) yield asOfCsvRow(report.location, report.moment, person, a);
  }
}

/**
 * "Who could do this task at this moment": every medical assistant working at the location then,
 * with the engine's answer from what was on record then; cleared first. The caller checks that the
 * task exists. Two queries, whatever the number of people.
 */
export async function loadWhoCan({ location, moment }: LocationMoment, taskId: string, now: Date = new Date()): Promise<WhoCan[]> {
  const people = workingOn(await loadStaff([location.id]), location.id, wallClock(moment, location.timeZone).date);
  const facts = await loadFactsForPeople(people.map((p) => p.id), location.id, moment, now);
  const rows: WhoCan[] = [];
  for (const person of people) {
    const f = facts.get(person.id);
    const task = f?.tasks.find((t) => t.id === taskId);
    if (f && task) rows.push({ person, answer: reconstruct(f, task, moment) });
  }
  return byAnswer(rows);
}

/** The who-can export: the as-of columns, one row per person, in the order shown. */
export async function* whoCanCsvRows(request: LocationMoment, taskId: string, now: Date = new Date()): AsyncGenerator<unknown[]> {
  for (const row of await loadWhoCan(request, taskId, now)) yield asOfCsvRow(request.location, request.moment, row.person, row.answer);
}
