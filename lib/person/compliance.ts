import { evaluate, type Evaluation } from "@/lib/clearance/decide";
import type { Facts } from "@/lib/clearance/facts";
import { daysBetween } from "@/lib/time/calendar";
import type { ComplianceState, PeopleSort } from "./schema";

/**
 * The People list's compliance columns, from the engine's findings and the records. Pure: the
 * loader (data.ts) brings the facts and records, this decides what each row says.
 */

/**
 * Why an authorized task is not cleared right now. `outside_hours`: the only thing missing is a
 * supervisor on duty at this moment (outside the plan's hours, away, the location closed, not checked
 * in), which a later moment may fix by itself; `gap`: something a manager must fix (training,
 * competency, an arrangement, a suspension...); `check_first`: the engine cannot settle it.
 */
export type NotClearedKind = "gap" | "outside_hours" | "check_first";
export type NotClearedTask = { taskId: string; taskName: string; locationId: string; locationName: string; kind: NotClearedKind; code: string };
export type ExpiringRecord = { lineageId: string; title: string; expiresOn: string; daysLeft: number };
/** `notCleared` is null for people the engine does not answer for (not a medical assistant). */
export type Compliance = { notCleared: NotClearedTask[] | null; expiring: ExpiringRecord[] };

const NOT_ON_DUTY_NOW = new Set(["off_schedule", "supervisor_absent", "location_closed", "not_checked_in"]);

/** How long ahead "expiring" looks, in days (the dashboard's first band). */
export const EXPIRING_WITHIN_DAYS = 30;

/** Null when the task is not authorized here (nothing for the column to say) or is cleared. */
export function notClearedKind(evaluation: Evaluation): { kind: NotClearedKind; code: string } | null {
  const employer = evaluation.findings.find((f) => f.key === "employer_policy");
  if (employer?.detail.code !== "authorized" || evaluation.answer === "cleared") return null;
  if (evaluation.answer === "check_first") {
    const unknown = evaluation.findings.find((f) => f.status === "unknown");
    return { kind: "check_first", code: unknown?.detail.code ?? "unknown" };
  }
  const blocking = evaluation.findings.filter((f) => f.status === "not_met");
  const timing = blocking.every((f) => f.key === "supervision" && NOT_ON_DUTY_NOW.has(f.detail.code));
  const first = blocking.find((f) => !(f.key === "supervision" && NOT_ON_DUTY_NOW.has(f.detail.code))) ?? blocking[0];
  return { kind: timing ? "outside_hours" : "gap", code: first?.detail.code ?? "unknown" };
}

/**
 * Every authorized task of one person at the facts' location that is not cleared at `moment`. Only
 * tasks with an authorization of theirs (or of the task they refine) are asked about: the others
 * cannot have an employer finding of "authorized", so skipping them changes no answer.
 */
export function notClearedTasks(facts: Facts, moment: Date): NotClearedTask[] {
  const granted = new Set(facts.authorizations.filter((a) => a.locationId === facts.location.id).map((a) => a.taskId));
  const candidates = facts.tasks.filter((t) => !t.retired && !t.providerOnly && (granted.has(t.id) || (t.parentId !== null && granted.has(t.parentId))));
  return candidates.flatMap((task) => {
    const found = notClearedKind(evaluate(facts, { personId: facts.person.id, taskId: task.id, locationId: facts.location.id, moment }));
    return found ? [{ taskId: task.id, taskName: task.name, locationId: facts.location.id, locationName: facts.location.name, ...found }] : [];
  });
}

/** A record counts as expiring when still valid today and its first day without force is at most 30 days away. */
export function expiringWithin(records: readonly { lineageId: string; title: string; expiresOn: string | null }[], today: string): ExpiringRecord[] {
  return records
    .flatMap((r) => (r.expiresOn && r.expiresOn > today ? [{ lineageId: r.lineageId, title: r.title, expiresOn: r.expiresOn, daysLeft: daysBetween(today, r.expiresOn) }] : []))
    .filter((r) => r.daysLeft <= EXPIRING_WITHIN_DAYS)
    .sort((a, b) => a.daysLeft - b.daysLeft || a.title.localeCompare(b.title));
}

/**
 * What filtering and sorting read of the columns. The expiring filter and sort need only the soonest
 * record, so the loader can cut a page on that alone before working out the full columns.
 */
export type ComplianceSummary = { notCleared: readonly NotClearedTask[] | null; expiring: readonly { daysLeft: number }[] };

export function matchesCompliance(c: ComplianceSummary, state: ComplianceState): boolean {
  const tasks = c.notCleared ?? [];
  switch (state) {
    case "gap":
      return tasks.some((t) => t.kind !== "outside_hours");
    case "outside_hours":
      return tasks.length > 0 && tasks.every((t) => t.kind === "outside_hours");
    case "expiring":
      return c.expiring.length > 0;
    case "clear":
      return c.notCleared !== null && tasks.length === 0 && c.expiring.length === 0;
  }
}

type Sortable = { name: string; lastName: string; firstName: string; compliance: ComplianceSummary };

const byName = (a: Sortable, b: Sortable) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName);
const gaps = (c: ComplianceSummary) => (c.notCleared ?? []).filter((t) => t.kind !== "outside_hours").length;
const soonest = (c: ComplianceSummary) => c.expiring[0]?.daysLeft ?? Number.POSITIVE_INFINITY;

/** Orders rows for the list; every order ends on the name, so equal rows keep a stable order. */
export function compareRows(sort: PeopleSort): (a: Sortable, b: Sortable) => number {
  switch (sort) {
    case "name":
      return byName;
    case "-name":
      return (a, b) => byName(b, a);
    case "gaps":
      return (a, b) => gaps(b.compliance) - gaps(a.compliance) || (b.compliance.notCleared?.length ?? -1) - (a.compliance.notCleared?.length ?? -1) || byName(a, b);
    case "expiring":
      return (a, b) => soonest(a.compliance) - soonest(b.compliance) || byName(a, b);
  }
}

/** Which page to show: the one asked for, or the last one when it asks past the end. */
export function pageWindow(total: number, page: number, size: number): { page: number; pages: number; skip: number; clamped: boolean } {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(page, pages);
  return { page: shown, pages, skip: (shown - 1) * size, clamped: shown !== page };
}
