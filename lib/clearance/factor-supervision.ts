import { wallClock, zoneName } from "@/lib/time/zoned";
import type { Context } from "./context";
import { UNREGULATED_CATEGORIES, type ArrangementFact, type ExceptionFact, type SupervisionLevel } from "./facts";
import { finding, type Evidence, type Finding, type LocalEnd, type SupervisorRef } from "./findings";
import type { InForce, SupervisorAt } from "./in-force";
import { nextOnDutyToday, type Duty } from "./on-duty";
import { describeSession, describeWindows, formatMinute, satisfies, stricter } from "./supervision";

/** How many supervision schedules an answer names, not every arrangement of a large clinic. */
const MAX_LISTED = 3;

/** The supervision a task needs here: the stricter of the state rule's and the employer's; null when unknown. */
function requiredSupervision({ rule, policy, task }: Context): SupervisionLevel | null {
  const policyLevel = policy?.minSupervisionLevel ?? "none";
  if (rule && rule.outcome !== "not_addressed") return stricter(rule.supervisionLevel, policyLevel);
  if (!rule && UNREGULATED_CATEGORIES.has(task.category)) return policyLevel;
  return null;
}

/** On-site and in-room supervision is where a location's check-in requirement applies. */
const NEEDS_PRESENCE: ReadonlySet<SupervisionLevel> = new Set(["on_premises", "direct_visual"]);

type Scan = {
  present?: ArrangementFact;
  /** Qualified supervisors the plan puts here now, and why none of them counts: closed, absent, not checked in. */
  closed?: ArrangementFact;
  absent?: ArrangementFact;
  unconfirmed?: ArrangementFact;
  /** Every qualified arrangement: who could be next today. */
  qualified: ArrangementFact[];
  scheduled: ArrangementFact[];
  scheduledCount: number;
  unavailable?: ArrangementFact;
  wrongLevel?: ArrangementFact;
  wrongType?: ArrangementFact;
  /** The first of the wrong level or type the plan has here now: who explains why the people present do not suffice. */
  shortNow?: ArrangementFact;
};

/** Whether the plan has an arrangement's supervisor here now, as far as the requirement asks (a check-in matters only on site). */
const isOn = (duty: Duty, required: SupervisionLevel) => duty.state === "on" || (duty.state === "unconfirmed" && !NEEDS_PRESENCE.has(required));

/**
 * One pass over the arrangements that cover the task: who is on duty, who else is scheduled, who
 * falls short. A supervisor counts only while employed at the location and a provider.
 */
function scan(arrangements: readonly ArrangementFact[], required: SupervisionLevel, types: readonly string[], now: InForce): Scan {
  const result: Scan = { qualified: [], scheduled: [], scheduledCount: 0 };
  for (const a of arrangements) {
    const supervisor = now.supervisor.get(a.supervisorId) as SupervisorAt;
    if (!supervisor.employed || supervisor.providerType === null) {
      result.unavailable ??= a;
      continue;
    }
    const duty = now.duty.get(a)!;
    const wrongType = types.length > 0 && !types.includes(supervisor.providerType);
    if (wrongType || !satisfies(a.level, required)) {
      if (wrongType) result.wrongType ??= a;
      else result.wrongLevel ??= a;
      if (isOn(duty, required)) result.shortNow ??= a;
      continue;
    }
    result.qualified.push(a);
    if (isOn(duty, required)) {
      result.present = a;
      return result;
    }
    if (duty.state === "closed") result.closed ??= a;
    else if (duty.state === "absent") result.absent ??= a;
    else if (duty.state === "unconfirmed") result.unconfirmed ??= a;
    else {
      if (result.scheduled.length < MAX_LISTED) result.scheduled.push(a);
      result.scheduledCount++;
    }
  }
  return result;
}

/** The zone's English name at the moment ("Pacific Daylight Time"), found once per moment. */
function zoneAt(now: InForce): string {
  return (now.zone ??= zoneName(now.at.timeZone, now.at.moment));
}

/** When an exception ends, on the location's calendar: the last day for whole days, else the date and time. */
function localEnd(e: ExceptionFact, now: InForce): LocalEnd {
  const end = new Date(e.effectiveTo as string);
  if (e.allDay) return { lastDay: wallClock(new Date(end.getTime() - 1), now.at.timeZone).date };
  const wall = wallClock(end, now.at.timeZone);
  return { date: wall.date === now.at.today ? null : wall.date, time: wall.time };
}

function exceptionEvidence(e: ExceptionFact, label: Evidence["label"]): Evidence {
  return { kind: "exception", id: e.id, version: e.version, label };
}

/** The minute asked about, as an ISO instant: what names the zone as it stood then, without telling apart answers of the same minute. */
const minuteOf = (moment: Date) => new Date(Math.floor(moment.getTime() / 60_000) * 60_000).toISOString();

const EMPTY: Scan = { qualified: [], scheduled: [], scheduledCount: 0 };

/** How an answer names an arrangement's supervisor at the moment: made once per moment and arrangement, however many tasks cite it. */
export function supervisorRef(a: ArrangementFact, now: InForce): SupervisorRef {
  let ref = now.refs.get(a);
  if (!ref) {
    const s = now.supervisor.get(a.supervisorId) as SupervisorAt;
    const schedule = a.session ? describeSession(a.session, now.at.timeZone) : describeWindows(a.windows);
    now.refs.set(a, (ref = { id: a.supervisorId, name: s.name, providerType: s.providerType, schedule }));
  }
  return ref;
}

/** Supervision: the required kind of supervisor present, at the level required, at the moment. */
export function supervision(ctx: Context): Finding {
  const { task, facts, now, rule, lineage } = ctx;
  const required = requiredSupervision(ctx);
  if (required === null) return finding("supervision", "unknown", { code: "requirement_unknown", task: task.name, state: now.at.state });
  if (required === "none") return finding("supervision", "met", { code: "not_required", task: task.name });

  const types = rule?.supervisorTypes ?? [];
  // Arrangements for all clinical tasks answer the same for every task with the same requirement:
  // scanned once per moment and requirement, however many tasks are decided.
  const key = `${required}|${types.join(",")}`;
  let general = now.scans.get(key) as Scan | undefined;
  if (!general) now.scans.set(key, (general = scan(now.general, required, types, now)));
  if (UNREGULATED_CATEGORIES.has(task.category)) general = EMPTY;
  const specific = scan(now.specific.filter((a) => lineage.some((id) => a.taskIds.includes(id))), required, types, now);
  const present = general.present ?? specific.present;
  const scheduled = [...general.scheduled, ...specific.scheduled].slice(0, MAX_LISTED);
  const scheduledCount = general.scheduledCount + specific.scheduledCount;
  const unavailable = general.unavailable ?? specific.unavailable;
  const wrongLevel = general.wrongLevel ?? specific.wrongLevel;
  const wrongType = general.wrongType ?? specific.wrongType;
  const shortNow = general.shortNow ?? specific.shortNow;

  const evidenceOf = (a: ArrangementFact): Evidence[] => {
    const ref = supervisorRef(a, now);
    return [
      { kind: "arrangement", id: a.id, version: a.version, label: { code: "arrangement", supervisor: ref } },
      { kind: "supervisor", id: a.supervisorId, label: { code: "supervisor", supervisor: ref } },
    ];
  };
  if (present) return finding("supervision", "met", { code: "present", task: task.name, supervisor: supervisorRef(present, now), required }, evidenceOf(present));
  const closed = general.closed ?? specific.closed;
  const unconfirmed = general.unconfirmed ?? specific.unconfirmed;
  const absent = general.absent ?? specific.absent;
  if (closed || absent) {
    const next = nextOnDutyToday([...general.qualified, ...specific.qualified], now.at.moment, now.at.timeZone, now.exceptions);
    const nextRef = next ? { supervisor: supervisorRef(next.arrangement, now), time: wallClock(next.at, now.at.timeZone).time } : null;
    if (closed) {
      const closure = (now.duty.get(closed) as Extract<Duty, { state: "closed" }>).closure;
      return finding("supervision", "not_met", { code: "location_closed", task: task.name, location: facts.location.name, reason: closure.reason, until: localEnd(closure, now), next: nextRef, required }, [exceptionEvidence(closure, { code: "closure", location: facts.location.name, reason: closure.reason })]);
    }
    if (!unconfirmed) {
      const absence = (now.duty.get(absent!) as Extract<Duty, { state: "absent" }>).absence;
      const ref = supervisorRef(absent!, now);
      return finding(
        "supervision",
        "not_met",
        { code: "supervisor_absent", task: task.name, supervisor: ref, reason: absence.reason, until: localEnd(absence, now), next: nextRef, required },
        [exceptionEvidence(absence, { code: "absence", supervisor: ref, reason: absence.reason }), ...evidenceOf(absent!)],
      );
    }
  }
  if (unconfirmed) {
    const duty = now.duty.get(unconfirmed) as Extract<Duty, { state: "unconfirmed" }>;
    return finding(
      "supervision",
      "not_met",
      { code: "not_checked_in", task: task.name, supervisor: supervisorRef(unconfirmed, now), checkedOutAt: duty.checkedOutAt === null ? null : formatMinute(duty.checkedOutAt), required },
      evidenceOf(unconfirmed),
    );
  }
  // Someone the plan has here now who cannot supervise this says more than a qualified supervisor of
  // another hour or day: they are who is actually here.
  const fallsShort = (a: ArrangementFact, onDuty: boolean): Finding => {
    const supervisor = supervisorRef(a, now);
    if (rule && supervisor.providerType !== null && types.length > 0 && !types.includes(supervisor.providerType)) {
      return finding("supervision", "not_met", { code: "supervisor_type", task: task.name, supervisor, state: now.at.state, allowed: rule.supervisorTypes, onDuty }, evidenceOf(a));
    }
    return finding("supervision", "not_met", { code: "insufficient_level", task: task.name, supervisor, provided: a.level, required, onDuty }, evidenceOf(a));
  };
  if (shortNow) return fallsShort(shortNow, true);
  if (scheduled.length > 0) {
    return finding(
      "supervision",
      "not_met",
      { code: "off_schedule", task: task.name, weekday: now.at.local.weekday, minute: now.at.local.minute, zone: zoneAt(now), timeZone: now.at.timeZone, at: minuteOf(now.at.moment), required, scheduled: scheduled.map((a) => supervisorRef(a, now)), more: scheduledCount - scheduled.length },
      scheduled.flatMap(evidenceOf),
    );
  }
  if (unavailable) {
    const s = now.supervisor.get(unavailable.supervisorId) as SupervisorAt;
    return finding(
      "supervision",
      "not_met",
      { code: "supervisor_unavailable", task: task.name, supervisor: supervisorRef(unavailable, now), location: facts.location.name, why: s.employed ? "not_provider" : "not_employed", endedOn: s.employmentEnded, required },
      evidenceOf(unavailable),
    );
  }
  if (wrongLevel) return fallsShort(wrongLevel, false);
  if (wrongType) return fallsShort(wrongType, false);
  return finding("supervision", "not_met", { code: "no_arrangement", task: task.name, location: facts.location.name, required });
}
