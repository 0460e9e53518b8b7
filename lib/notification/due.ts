import { evaluate, type Answer } from "@/lib/clearance/decide";
import { supervisableTasks, type Facts, type RecordFact } from "@/lib/clearance/facts";
import { inForce, isActive } from "@/lib/clearance/in-force";
import { windowCovers } from "@/lib/clearance/supervision";
import type { Finding } from "@/lib/clearance/findings";
import { renewedBy } from "@/lib/dashboard/expirations";
import { daysBetween, lastDayOf, plusDays } from "@/lib/time/calendar";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { byLineage, governing, governingEach } from "@/lib/version/governing";
import { asPlanned } from "@/lib/what-if/hypothetical";
import { segments } from "@/lib/what-if/segments";
import { EMPLOYMENT_ENDING_DAYS, EXPIRY_THRESHOLDS, type NoticeKind } from "./kinds";

/**
 * What is worth telling, from the same facts and the same version rule as the engine. Pure: the
 * scan loads the facts and hands them here; wording lives in ./wording.ts.
 */

/** Who hears an item: resolved to users (with their roles and locations) by ./recipients.ts. */
export type Audience =
  | { to: "person"; personId: string }
  | { to: "managers"; locationId: string }
  | { to: "validators"; locationId: string; taskIds: readonly string[] }
  | { to: "admins" };

export type DueItem = {
  kind: NoticeKind;
  itemId: string;
  threshold: string;
  /** Lower is more urgent: days left, negative once past. */
  urgency: number;
  personId: string | null;
  locationId: string | null;
  audience: Audience[];
  subject: Subject;
};

/** What the wording needs to say it, without a second look at the facts. */
export type Subject =
  | { kind: "record_expiring"; person: string; title: string; expiresOn: string; daysLeft: number }
  | { kind: "authorization_lapsed"; person: string; task: string; location: string; reason: Finding | null }
  | { kind: "signoff_waiting"; person: string; title: string; location: string; recordedOn: string }
  | { kind: "supervision_gap"; person: string; location: string; weekOf: string; tasks: string[] }
  | { kind: "rule_reverify"; state: string; task: string; lastVerifiedOn: string; citation: string }
  | { kind: "employment_ending"; person: string; location: string; lastDay: string; daysLeft: number };

/** The step of an expiry: the nearest threshold not yet passed, or the week since it expired. */
export function expiryStep(daysLeft: number): string | null {
  if (daysLeft <= 0) return `expired-${Math.floor(-daysLeft / 7)}`;
  const step = [...EXPIRY_THRESHOLDS].reverse().find((t) => daysLeft <= t);
  return step === undefined ? null : String(step);
}

export type Scan = { now: Date; today: string; timeZone: string };

/** The records standing today for one person (each lineage's governing version, withdrawn ones gone). */
export function standingRecords(facts: Facts, today: string): RecordFact[] {
  return governingEach(byLineage(facts.records, (r) => r.lineageId), today, facts.knownAt);
}

/**
 * A record's expiry, at 90, 60, 30 and 7 days and weekly after it, to the MA and her managers
 * there; it stops when a newer record of the same kind covers its tasks, or once past expiry when
 * none of her authorizations for those tasks (or, for a record of no task, none at all) is active.
 */
export function expiringRecords(facts: Facts, scan: Scan): DueItem[] {
  const records = standingRecords(facts, scan.today).map((r) => ({ ...r, personId: facts.person.id }));
  const at = inForce(facts, scan.now).at;
  const active = facts.authorizations.filter((a) => isActive(facts, a, at)).map((a) => a.taskId);
  const items: DueItem[] = [];
  for (const r of records) {
    if (!r.expiresOn || renewedBy(records, r, scan.today)) continue;
    const daysLeft = daysBetween(scan.today, r.expiresOn);
    const step = expiryStep(daysLeft);
    if (step === null) continue;
    if (daysLeft <= 0 && !(r.taskIds.length === 0 ? active.length > 0 : r.taskIds.some((t) => active.includes(t)))) continue;
    items.push({
      kind: "record_expiring",
      itemId: r.lineageId,
      threshold: step,
      urgency: daysLeft,
      personId: facts.person.id,
      locationId: facts.location.id,
      audience: [{ to: "person", personId: facts.person.id }, { to: "managers", locationId: facts.location.id }],
      subject: { kind: "record_expiring", person: facts.person.name, title: r.title, expiresOn: r.expiresOn, daysLeft },
    });
  }
  return items;
}

/** A competency recorded without a validator's sign-off, until a signed one covers its tasks. */
export function signOffsWaiting(facts: Facts, scan: Scan): DueItem[] {
  const records = standingRecords(facts, scan.today).map((r) => ({ ...r, personId: facts.person.id }));
  const signed = records.filter((r) => r.kind === "competency" && r.validatedByName !== null);
  return records
    .filter((r) => r.kind === "competency" && r.validatedByName === null && !renewedBy(signed, r, scan.today, { sameDay: true }))
    .map((r) => ({
      kind: "signoff_waiting" as const,
      itemId: r.lineageId,
      threshold: `v${r.version}`,
      urgency: -daysBetween(r.completedOn, scan.today),
      personId: facts.person.id,
      locationId: facts.location.id,
      audience: [{ to: "validators" as const, locationId: facts.location.id, taskIds: r.taskIds }],
      subject: { kind: "signoff_waiting" as const, person: facts.person.name, title: r.title, location: facts.location.name, recordedOn: r.completedOn },
    }));
}

/** The answer for each of the MA's authorizations now; for a "not cleared", the finding that decided it. */
export type Watched = { authorizationId: string; taskId: string; answer: Answer; code: string | null; why: Finding | null };

export function currentAnswers(facts: Facts, scan: Scan): Watched[] {
  return facts.authorizations
    .filter((a) => a.locationId === facts.location.id && !facts.tasks.find((t) => t.id === a.taskId)?.retired)
    .map((a) => {
      const { answer, findings } = evaluate(facts, { personId: facts.person.id, taskId: a.taskId, locationId: facts.location.id, moment: scan.now });
      const blocking = findings.find((f) => f.status === "not_met");
      return { authorizationId: a.id, taskId: a.taskId, answer, code: blocking?.detail.code ?? null, why: blocking ?? null };
    });
}

/**
 * An authorization whose answer was cleared when last seen and is not cleared now. The threshold is
 * when the cleared answer was first seen, so every scan that sees the same change names it alike.
 */
export function lapsedAuthorizations(facts: Facts, answers: readonly Watched[], seen: ReadonlyMap<string, { answer: Answer; since: Date }>): DueItem[] {
  return answers
    .filter((a) => a.answer === "not_cleared" && seen.get(a.authorizationId)?.answer === "cleared")
    .map((a) => ({
      kind: "authorization_lapsed" as const,
      itemId: a.authorizationId,
      threshold: (seen.get(a.authorizationId)?.since as Date).toISOString(),
      urgency: -1,
      personId: facts.person.id,
      locationId: facts.location.id,
      audience: [{ to: "person" as const, personId: facts.person.id }, { to: "managers" as const, locationId: facts.location.id }],
      subject: { kind: "authorization_lapsed" as const, person: facts.person.name, task: facts.tasks.find((t) => t.id === a.taskId)?.name ?? "", location: facts.location.name, reason: a.why },
    }));
}

/**
 * An MA authorized for tasks that need supervision, with no moment of next week (Monday to Sunday,
 * local) at which the plan and its exceptions supervise her for any of them. Check-ins are assumed
 * to happen as planned: they cannot be known ahead. `facts` must span the week.
 */
export function supervisionGap(facts: Facts, scan: Scan, week: { monday: string; nextMonday: string }): DueItem | null {
  const from = startOfLocalDay(week.monday, scan.timeZone);
  const to = startOfLocalDay(week.nextMonday, scan.timeZone);
  const supervised = new Set(supervisableTasks(facts.tasks.filter((t) => !t.retired)).map((t) => t.id));
  const at = inForce(facts, from).at;
  const tasks = [...new Set(facts.authorizations.filter((a) => a.locationId === facts.location.id && supervised.has(a.taskId) && isActive(facts, a, at)).map((a) => a.taskId))];
  if (tasks.length === 0) return null;
  // Facts copied only where check-ins count: the copy costs the engine its prepared index.
  const planned = facts.location.versions.some((v) => v.requiresCheckIn) ? asPlanned(facts) : facts;
  // Stretches some plan or extra session puts a supervisor in first: for a covered MA the first one asked answers.
  const windows = [...new Map(facts.arrangements.flatMap((a) => a.windows).map((w) => [`${w.weekday}:${w.startMinute}:${w.endMinute}`, w])).values()];
  const sessions = facts.exceptions.filter((e) => e.kind === "extra_session");
  const planCovered = (at: Date) => {
    const local = wallClock(at, scan.timeZone);
    const iso = at.toISOString();
    return windows.some((w) => windowCovers(w, local)) || sessions.some((e) => e.effectiveFrom <= iso && iso < (e.effectiveTo as string));
  };
  const stretches = segments([planned], from, to, scan.timeZone);
  const ordered = [...stretches.filter((s) => planCovered(s.from)), ...stretches.filter((s) => !planCovered(s.from))];
  const covered = ordered.some((s) =>
    tasks.some((taskId) => evaluate(planned, { personId: facts.person.id, taskId, locationId: facts.location.id, moment: s.from }).findings[3]?.status === "met"),
  );
  if (covered) return null;
  return {
    kind: "supervision_gap",
    itemId: `${facts.person.id}@${facts.location.id}`,
    threshold: week.monday,
    urgency: daysBetween(scan.today, week.monday),
    personId: facts.person.id,
    locationId: facts.location.id,
    audience: [{ to: "managers", locationId: facts.location.id }],
    subject: { kind: "supervision_gap", person: facts.person.name, location: facts.location.name, weekOf: week.monday, tasks: tasks.map((id) => facts.tasks.find((t) => t.id === id)?.name ?? id) },
  };
}

/** The rules governing today that were last verified longer ago than the organization allows, to admins. */
export function rulesToReverify(facts: Facts, scan: Scan): DueItem[] {
  const staleBefore = plusDays(scan.today, -facts.settings.ruleStaleAfterDays);
  return byLineage(facts.rules, (r) => r.lineageId)
    .map((versions) => governing(versions, scan.today, facts.knownAt))
    .filter((r) => r !== null && r.lastVerifiedOn < staleBefore)
    .map((r) => ({
      kind: "rule_reverify" as const,
      itemId: r!.lineageId,
      threshold: `verified-${r!.lastVerifiedOn}`,
      urgency: daysBetween(scan.today, r!.lastVerifiedOn),
      personId: null,
      locationId: null,
      audience: [{ to: "admins" as const }],
      subject: { kind: "rule_reverify" as const, state: r!.state, task: facts.tasks.find((t) => t.id === r!.taskId)?.name ?? r!.taskId, lastVerifiedOn: r!.lastVerifiedOn, citation: r!.citation },
    }));
}

/** A period of work at the location ending within 14 days, to its managers. */
export function employmentEnding(facts: Facts, scan: Scan): DueItem[] {
  const periods = governingEach(byLineage(facts.person.employment, (e) => e.lineageId), scan.today, facts.knownAt);
  return periods
    .filter((p) => p.effectiveTo !== null && daysBetween(scan.today, p.effectiveTo) <= EMPLOYMENT_ENDING_DAYS)
    .map((p) => {
      const daysLeft = daysBetween(scan.today, p.effectiveTo as string);
      return {
        kind: "employment_ending" as const,
        itemId: p.lineageId,
        threshold: `ends-${p.effectiveTo}`,
        urgency: daysLeft,
        personId: facts.person.id,
        locationId: facts.location.id,
        audience: [{ to: "managers" as const, locationId: facts.location.id }],
        subject: { kind: "employment_ending" as const, person: facts.person.name, location: facts.location.name, lastDay: lastDayOf(p.effectiveTo as string), daysLeft },
      };
    });
}

/** One item per kind, item and threshold: the same record seen from two locations is told once, to both sets of managers. */
export function merged(items: readonly DueItem[]): DueItem[] {
  const byKey = new Map<string, DueItem>();
  for (const item of items) {
    const key = `${item.kind}|${item.itemId}|${item.threshold}`;
    const known = byKey.get(key);
    if (!known) byKey.set(key, { ...item, audience: [...item.audience] });
    else known.audience.push(...item.audience);
  }
  return [...byKey.values()];
}
