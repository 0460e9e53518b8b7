import { zoneName } from "@/lib/time/zoned";
import type { Context } from "./context";
import { UNREGULATED_CATEGORIES, type ArrangementFact, type SupervisionLevel } from "./facts";
import { finding, type Evidence, type Finding, type SupervisorRef } from "./findings";
import type { InForce, SupervisorAt } from "./in-force";
import { describeWindows, satisfies, stricter } from "./supervision";
import { supervisorLabel } from "./wording";

/** How many supervision schedules an answer names, not every arrangement of a large clinic. */
const MAX_LISTED = 3;

/** The supervision a task needs here: the stricter of the state rule's and the employer's; null when unknown. */
function requiredSupervision({ rule, policy, task }: Context): SupervisionLevel | null {
  const policyLevel = policy?.minSupervisionLevel ?? "none";
  if (rule && rule.outcome !== "not_addressed") return stricter(rule.supervisionLevel, policyLevel);
  if (!rule && UNREGULATED_CATEGORIES.has(task.category)) return policyLevel;
  return null;
}

type Scan = { present?: ArrangementFact; scheduled: ArrangementFact[]; scheduledCount: number; unavailable?: ArrangementFact; wrongLevel?: ArrangementFact; wrongType?: ArrangementFact };

/**
 * One pass over the arrangements that cover the task: who is on duty, who else is scheduled, who
 * falls short. A supervisor counts only while employed at the location and a provider.
 */
function scan(arrangements: readonly ArrangementFact[], required: SupervisionLevel, types: readonly string[], now: InForce): Scan {
  const result: Scan = { scheduled: [], scheduledCount: 0 };
  for (const a of arrangements) {
    const supervisor = now.supervisor.get(a.supervisorId) as SupervisorAt;
    if (!supervisor.employed || supervisor.providerType === null) {
      result.unavailable ??= a;
      continue;
    }
    if (types.length > 0 && !types.includes(supervisor.providerType)) {
      result.wrongType ??= a;
      continue;
    }
    if (!satisfies(a.level, required)) {
      result.wrongLevel ??= a;
      continue;
    }
    if (now.onDuty.has(a)) {
      result.present = a;
      return result;
    }
    if (result.scheduled.length < MAX_LISTED) result.scheduled.push(a);
    result.scheduledCount++;
  }
  return result;
}

/** The zone's name at the moment ("Pacific Daylight Time"), found once per moment. */
function zoneAt(now: InForce): string {
  return (now.zone ??= zoneName(now.at.timeZone, now.at.moment));
}

const EMPTY: Scan = { scheduled: [], scheduledCount: 0 };

/** How an answer names an arrangement's supervisor at the moment: made once per moment and arrangement, however many tasks cite it. */
export function supervisorRef(a: ArrangementFact, now: InForce): SupervisorRef {
  let ref = now.refs.get(a);
  if (!ref) {
    const s = now.supervisor.get(a.supervisorId) as SupervisorAt;
    now.refs.set(a, (ref = { id: a.supervisorId, name: s.name, providerType: s.providerType, schedule: describeWindows(a.windows) }));
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

  const evidenceOf = (a: ArrangementFact): Evidence[] => {
    const ref = supervisorRef(a, now);
    return [
      { kind: "arrangement", id: a.id, version: a.version, label: `${ref.name}, ${ref.schedule}` },
      { kind: "supervisor", id: a.supervisorId, label: supervisorLabel(ref) },
    ];
  };
  if (present) return finding("supervision", "met", { code: "present", task: task.name, supervisor: supervisorRef(present, now), required }, evidenceOf(present));
  if (scheduled.length > 0) {
    return finding(
      "supervision",
      "not_met",
      { code: "off_schedule", task: task.name, weekday: now.at.local.weekday, minute: now.at.local.minute, zone: zoneAt(now), required, scheduled: scheduled.map((a) => supervisorRef(a, now)), more: scheduledCount - scheduled.length },
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
  if (wrongLevel) return finding("supervision", "not_met", { code: "insufficient_level", task: task.name, supervisor: supervisorRef(wrongLevel, now), provided: wrongLevel.level, required }, evidenceOf(wrongLevel));
  if (wrongType && rule) return finding("supervision", "not_met", { code: "supervisor_type", supervisor: supervisorRef(wrongType, now), state: now.at.state, allowed: rule.supervisorTypes }, evidenceOf(wrongType));
  return finding("supervision", "not_met", { code: "no_arrangement", task: task.name, location: facts.location.name, required });
}
