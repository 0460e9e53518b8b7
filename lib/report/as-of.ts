import { decide, type Answer, type Decision, type Evidence } from "@/lib/clearance/decide";
import type { EmploymentVersion, Facts, LocationFact, TaskFact } from "@/lib/clearance/facts";
import { wallClock, zoneName } from "@/lib/time/zoned";
import { employedOn } from "@/lib/person/employment";

/**
 * Point-in-time reconstruction, pure: the engine's answers for people at a location and moment,
 * with the exact versions of the facts each answer used. Unlike the checks people run, nothing here
 * is logged: a reconstruction is a report about past answers, not an answer someone was shown.
 */

/** A medical assistant with employment on record at the report's locations: every version of each period. */
export type StaffMember = {
  id: string;
  name: string;
  employeeId: string | null;
  employment: (EmploymentVersion & { locationId: string })[];
};

/** Where and when a report is about: the location with its state and zone at the moment. */
export type ReportLocation = Pick<LocationFact, "id" | "name" | "state" | "timeZone">;

/** One piece of evidence, named by the id and version of the row it came from. */
export type EvidenceRef = { kind: Evidence["kind"]; id: string; label: string; lineageId: string | null; version: number | null };

export type RuleRef = { id: string; lineageId: string; version: number; citation: string; sourceUrl: string };

export type Reconstructed = { task: TaskFact; decision: Decision; rule: RuleRef | null; evidence: EvidenceRef[] };

export type StaffAnswers = { person: StaffMember; answers: Reconstructed[] };

export type LocationReport = { location: ReportLocation; moment: Date; knownAt: Date; tasks: TaskFact[]; rows: StaffAnswers[] };

export type WhoCan = { person: StaffMember; answer: Reconstructed };

/**
 * The staff who worked at a location on a local calendar date, by their employment periods as known
 * at `knownAt` (the same version rule as every answer: a period corrected or ended later counts as
 * it stood then).
 */
export function workingOn(staff: readonly StaffMember[], locationId: string, localDate: string, knownAt: Date): StaffMember[] {
  return staff.filter((p) => employedOn(p.employment, locationId, localDate, knownAt));
}

/** Tasks that were offered at the moment the facts were loaded for (retired ones stay for history). */
export function activeTasks(facts: Facts): TaskFact[] {
  return facts.tasks.filter((t) => !t.retired);
}

export function reconstruct(facts: Facts, task: TaskFact, moment: Date): Reconstructed {
  const decision = decide(facts, { personId: facts.person.id, taskId: task.id, locationId: facts.location.id, moment });
  const evidence = evidenceRefs(decision, facts);
  const ruleEvidence = evidence.find((e) => e.kind === "state_rule");
  const rule = ruleEvidence ? facts.rules.find((r) => r.id === ruleEvidence.id) : undefined;
  return {
    task,
    decision,
    rule: rule ? { id: rule.id, lineageId: rule.lineageId, version: rule.version, citation: rule.citation, sourceUrl: rule.sourceUrl } : null,
    evidence,
  };
}

/**
 * The evidence a decision names, once each, with the lineage and version of the row it came from
 * (the engine names rows by id; the version says which edit of a rule, record or arrangement it was).
 */
export function evidenceRefs(decision: Decision, facts: Facts): EvidenceRef[] {
  const versioned = new Map<string, { lineageId: string; version: number }>();
  for (const item of [...facts.rules, ...facts.policies, ...facts.records, ...facts.arrangements]) versioned.set(item.id, item);
  const seen = new Set<string>();
  const refs: EvidenceRef[] = [];
  for (const e of decision.factors.flatMap((f) => f.evidence)) {
    const key = `${e.kind}:${e.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const row = e.kind === "supervisor" || e.kind === "authorization" ? undefined : versioned.get(e.id);
    refs.push({ kind: e.kind, id: e.id, label: e.label, lineageId: row?.lineageId ?? null, version: row?.version ?? null });
  }
  return refs;
}

/** Every person's answer to every offered task; people in the order given, tasks in catalog order. */
export function locationReport(location: ReportLocation, moment: Date, knownAt: Date, people: readonly StaffMember[], facts: ReadonlyMap<string, Facts>): LocationReport {
  let tasks: TaskFact[] = [];
  let at = location;
  const rows: StaffAnswers[] = [];
  for (const person of people) {
    const f = facts.get(person.id);
    if (!f) continue;
    tasks = activeTasks(f);
    // The location's state and zone as they were at the moment, not as they are now.
    at = { id: f.location.id, name: f.location.name, state: f.location.state, timeZone: f.location.timeZone };
    rows.push({ person, answers: tasks.map((task) => reconstruct(f, task, moment)) });
  }
  return { location: at, moment, knownAt, tasks, rows };
}

const ANSWER_ORDER: Record<Answer, number> = { cleared: 0, check_first: 1, not_cleared: 2 };

/** Who could do it first, then who should check first, then who could not; by name within each. */
export function byAnswer(rows: readonly WhoCan[]): WhoCan[] {
  return [...rows].sort((a, b) => ANSWER_ORDER[a.answer.decision.answer] - ANSWER_ORDER[b.answer.decision.answer] || a.person.name.localeCompare(b.person.name));
}

/** "2021-02-01 10:00 Pacific Standard Time": a moment as the location's clock showed it. */
export function localMoment(moment: Date, timeZone: string): string {
  const wall = wallClock(moment, timeZone);
  return `${wall.date} ${wall.time} ${zoneName(timeZone, moment)}`;
}

export const AS_OF_CSV_HEADER = [
  "person",
  "person_id",
  "employee_id",
  "location",
  "location_id",
  "task",
  "task_code",
  "answer",
  "reason",
  "rule_citation",
  "rule_lineage_id",
  "rule_version",
  "policy",
  "authorization_id",
  "records",
  "arrangements",
  "moment_utc",
  "moment_local",
  "known_at_utc",
  "engine_version",
] as const;

/** Versioned evidence as "id v3", several joined with "; ". */
function refs(evidence: readonly EvidenceRef[], kind: EvidenceRef["kind"]): string {
  return evidence
    .filter((e) => e.kind === kind)
    .map((e) => (e.version === null ? e.id : `${e.id} v${e.version}`))
    .join("; ");
}

/** One CSV row per person × task at the location, in the columns of `AS_OF_CSV_HEADER`. */
export function asOfCsvRow(location: ReportLocation, moment: Date, knownAt: Date, person: StaffMember, a: Reconstructed): unknown[] {
  return [
    person.name,
    person.id,
    person.employeeId,
    location.name,
    location.id,
    a.task.name,
    a.task.code,
    a.decision.answer,
    a.decision.reason,
    a.rule?.citation,
    a.rule?.lineageId,
    a.rule?.version,
    refs(a.evidence, "employer_policy"),
    refs(a.evidence, "authorization"),
    refs(a.evidence, "record"),
    refs(a.evidence, "arrangement"),
    moment.toISOString(),
    localMoment(moment, location.timeZone),
    knownAt.toISOString(),
    a.decision.engineVersion,
  ];
}
