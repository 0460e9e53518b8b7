import { instantFromWallClock, wallClock } from "@/lib/time/zoned";
import { byLineage, governingIn, prepare, type Prepared } from "@/lib/version/governing";
import type { ArrangementFact, ExceptionFact, Facts, PresenceFact } from "./facts";
import { formatMinute, windowCovers } from "./supervision";

/**
 * Who is actually there: the weekly plan says who should be on site, the exceptions (absences,
 * extra sessions, closures) and check-ins say who is. A plan alone never puts a supervisor on duty
 * while an absence recorded for them, or a closure, covers the moment. Pure.
 */

/** What an arrangement's supervisor amounts to at a moment. */
export type Duty =
  /** The plan covers the moment and nothing says otherwise. */
  | { state: "on" }
  /** The plan covers it, but the location requires a check-in and there is none today (or they checked out). */
  | { state: "unconfirmed"; checkedOutAt: number | null }
  | { state: "absent"; absence: ExceptionFact }
  | { state: "closed"; closure: ExceptionFact }
  /** The plan does not cover the moment. */
  | { state: "off" };

/** The exceptions and check-ins of a location, prepared once per facts. */
export type Exceptions = { lineages: Prepared<ExceptionFact>[]; presence: Map<string, PresenceFact[]> };

export function prepareExceptions(facts: Facts): Exceptions {
  const presence = new Map<string, PresenceFact[]>();
  for (const p of facts.presence) {
    if (p.at.getTime() > facts.knownAt.getTime()) continue;
    const list = presence.get(p.providerId);
    if (list) list.push(p);
    else presence.set(p.providerId, [p]);
  }
  return { lineages: byLineage(facts.exceptions, (e) => e.lineageId).map((versions) => prepare(versions, facts.knownAt)), presence };
}

/** The exceptions in force at an instant (ISO), cancelled ones left out. */
export function exceptionsAt(exceptions: Exceptions, iso: string): ExceptionFact[] {
  const result: ExceptionFact[] = [];
  for (const lineage of exceptions.lineages) {
    const e = governingIn(lineage, iso);
    if (e && !e.cancelled) result.push(e);
  }
  return result;
}

/** The exceptions standing as known, cancelled ones left out: each lineage's latest correction. */
export function standingExceptions(exceptions: Exceptions): ExceptionFact[] {
  return exceptions.lineages.map((lineage) => lineage[0]).filter((e): e is ExceptionFact => e !== undefined && !e.cancelled);
}

/** What is true at one instant: the closure, and each provider's absence. */
export type Situation = { closure: ExceptionFact | null; absences: Map<string, ExceptionFact> };

export function situationAt(exceptions: Exceptions, iso: string): Situation {
  const situation: Situation = { closure: null, absences: new Map() };
  for (const e of exceptionsAt(exceptions, iso)) {
    if (e.kind === "closure") situation.closure ??= e;
    else if (e.kind === "absence" && e.providerId && !situation.absences.has(e.providerId)) situation.absences.set(e.providerId, e);
  }
  return situation;
}

/**
 * A provider's check-in state at a moment, from their taps at the location: checked in when the
 * last one at or before the moment on the same local day is a check-in. A check-in does not carry
 * over to the next day (nobody remembers to check out every evening). Minutes on the local clock.
 */
export type CheckInState = { checkedIn: boolean; since: number | null; checkedOutAt: number | null };

export function checkInState(events: readonly Pick<PresenceFact, "kind" | "at">[], moment: Date, timeZone: string): CheckInState {
  const today = wallClock(moment, timeZone).date;
  let last: Pick<PresenceFact, "kind" | "at"> | null = null;
  for (const e of events) {
    if (e.at.getTime() > moment.getTime() || (last && e.at.getTime() < last.at.getTime())) continue;
    if (wallClock(e.at, timeZone).date === today) last = e;
  }
  if (!last) return { checkedIn: false, since: null, checkedOutAt: null };
  const minute = wallClock(last.at, timeZone).minute;
  return last.kind === "check_in" ? { checkedIn: true, since: minute, checkedOutAt: null } : { checkedIn: false, since: null, checkedOutAt: minute };
}

/** An extra session as the engine treats it: an arrangement for every MA and clinical task, for its interval. */
export function sessionArrangement(e: ExceptionFact, locationId: string): ArrangementFact {
  return {
    id: e.id,
    lineageId: e.lineageId,
    version: e.version,
    supersedes: e.supersedes,
    effectiveFrom: e.effectiveFrom,
    effectiveTo: e.effectiveTo,
    recordedAt: e.recordedAt,
    locationId,
    supervisorId: e.providerId as string,
    level: e.level ?? "on_premises",
    allMedicalAssistants: true,
    superviseeIds: [],
    allClinicalTasks: true,
    taskIds: [],
    windows: [],
    session: { startsAt: e.effectiveFrom, endsAt: e.effectiveTo as string, reason: e.reason },
  };
}

/** Whether the plan puts an arrangement's supervisor there at an instant: a weekly window, or the session's interval. */
export function planCovers(a: ArrangementFact, moment: Date, timeZone: string): boolean {
  if (a.session) {
    const iso = moment.toISOString();
    return a.session.startsAt <= iso && iso < a.session.endsAt;
  }
  const local = wallClock(moment, timeZone);
  return a.windows.some((w) => windowCovers(w, local));
}

/** An arrangement's duty at a moment, given the situation then and whether check-ins are required. */
export function dutyOf(a: ArrangementFact, moment: Date, timeZone: string, situation: Situation, requiresCheckIn: boolean, exceptions: Exceptions): Duty {
  if (!planCovers(a, moment, timeZone)) return { state: "off" };
  if (situation.closure) return { state: "closed", closure: situation.closure };
  const absence = situation.absences.get(a.supervisorId);
  if (absence) return { state: "absent", absence };
  if (requiresCheckIn) {
    const presence = checkInState(exceptions.presence.get(a.supervisorId) ?? [], moment, timeZone);
    if (!presence.checkedIn) return { state: "unconfirmed", checkedOutAt: presence.checkedOutAt };
  }
  return { state: "on" };
}

/**
 * The first instant later on the same local day when the plan and the exceptions put one of these
 * arrangements' supervisors there (a check-in cannot be known ahead, so it is not asked for):
 * candidates are the starts of windows and sessions and the ends of absences and closures.
 */
export function nextOnDutyToday(arrangements: readonly ArrangementFact[], moment: Date, timeZone: string, exceptions: Exceptions): { arrangement: ArrangementFact; at: Date } | null {
  const local = wallClock(moment, timeZone);
  const candidates = new Set<number>();
  const sameDay = (t: Date) => t.getTime() > moment.getTime() && wallClock(t, timeZone).date === local.date;
  for (const a of arrangements) {
    if (a.session) candidates.add(new Date(a.session.startsAt).getTime());
    for (const w of a.windows) if (w.weekday === local.weekday && w.startMinute > local.minute) candidates.add(instantFromWallClock(local.date, formatMinute(w.startMinute), timeZone).getTime());
  }
  for (const lineage of exceptions.lineages) {
    const e = lineage[0];
    if (e && !e.cancelled && e.effectiveTo) candidates.add(new Date(e.effectiveTo).getTime());
  }
  let best: { arrangement: ArrangementFact; at: Date } | null = null;
  for (const t of [...candidates].sort((x, y) => x - y)) {
    const at = new Date(t);
    if (!sameDay(at)) continue;
    const situation = situationAt(exceptions, at.toISOString());
    const found = arrangements.find((a) => planCovers(a, at, timeZone) && !situation.closure && !situation.absences.has(a.supervisorId));
    if (found) {
      best = { arrangement: found, at };
      break;
    }
  }
  return best;
}
