import "server-only";
import { prisma } from "@/lib/db/client";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { wallClock } from "@/lib/time/zoned";
import { versionsOf } from "@/lib/version/rows";
import { asOfCsvRow, byAnswer, locationReport, reconstruct, workingOn, type LocationReport, type ReportLocation, type StaffMember, type WhoCan } from "./as-of";

/**
 * A location and the instant its clock showed at the moment asked about. `known`: "then" answers
 * from what was on record at that moment (what Cleared would have said), "now" from everything on
 * record today, entered late or backdated included (what was true then, as known today).
 */
export type LocationMoment = { location: ReportLocation; moment: Date; known?: "then" | "now" };

/** The record time a report answers from. */
export function knownAtFor(request: LocationMoment, now: Date): Date {
  return request.known === "now" || request.moment > now ? now : request.moment;
}

/**
 * The medical assistants with employment on record at these locations, by last name, with every
 * version of their periods there, in one query: who worked when is decided per moment, as known then.
 */
export async function loadStaff(locationIds: readonly string[]): Promise<StaffMember[]> {
  if (locationIds.length === 0) return [];
  const ids = [...locationIds];
  const people = await prisma.person.findMany({
    where: { isMedicalAssistant: true, employments: { some: { locationId: { in: ids } } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      employeeId: true,
      employments: {
        where: { locationId: { in: ids } },
        orderBy: [{ lineageId: "asc" }, { version: "asc" }],
        select: { lineageId: true, version: true, supersedesVersion: true, locationId: true, effectiveFrom: true, effectiveTo: true, recordedAt: true },
      },
    },
  });
  return people.map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, employeeId: p.employeeId, employment: versionsOf(p.employments) }));
}

/**
 * "Clearances as of": one report per location, each from what was on record at its moment (or now).
 * One query for the staff and one facts load per location, whatever the number of people and tasks;
 * yielded a location at a time so an export holds one location in memory.
 */
export async function* asOfReports(requests: readonly LocationMoment[], now: Date = new Date()): AsyncGenerator<LocationReport> {
  const staff = await loadStaff(requests.map((r) => r.location.id));
  for (const request of requests) {
    const { location, moment } = request;
    const knownAt = knownAtFor(request, now);
    const people = workingOn(staff, location.id, wallClock(moment, location.timeZone).date, knownAt);
    const facts = await loadFactsForPeople(people.map((p) => p.id), location.id, moment, knownAt);
    yield locationReport(location, moment, knownAt, people, facts);
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
    for (const { person, answers } of report.rows) for (const a of answers) yield asOfCsvRow(report.location, report.moment, report.knownAt, person, a);
  }
}

/**
 * "Who could do this task at this moment": every medical assistant working at the location then,
 * with the engine's answer from what was on record then (or now); cleared first. The caller checks
 * that the task exists. Two queries, whatever the number of people.
 */
export async function loadWhoCan(request: LocationMoment, taskId: string, now: Date = new Date()): Promise<WhoCan[]> {
  const { location, moment } = request;
  const knownAt = knownAtFor(request, now);
  const people = workingOn(await loadStaff([location.id]), location.id, wallClock(moment, location.timeZone).date, knownAt);
  const facts = await loadFactsForPeople(people.map((p) => p.id), location.id, moment, knownAt);
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
  const knownAt = knownAtFor(request, now);
  for (const row of await loadWhoCan(request, taskId, now)) yield asOfCsvRow(request.location, request.moment, knownAt, row.person, row.answer);
}
