import { byLineage, governing, governingEach, standing } from "@/lib/version/governing";
import { lastDayOf } from "@/lib/time/calendar";
import { wallClock, type WallClock } from "@/lib/time/zoned";
import type { ArrangementFact, AuthorizationFact, AuthorizationStatus, EmploymentVersion, Facts, PolicyFact, RecordFact, StateRuleFact, StatusChange, SupervisorFact, TaskFact } from "./facts";
import { windowCovers } from "./supervision";

/**
 * What is in force at one moment, as known when the facts were loaded: every choice of a version
 * the engine makes goes through `governing` (lib/version/governing.ts). Facts are indexed once and
 * the work for one moment is kept, so deciding every task at a moment costs one pass plus lookups.
 */
export type At = {
  moment: Date;
  iso: string;
  /** The location's state and zone in force at the moment. */
  state: string;
  timeZone: string;
  local: WallClock;
  /** The calendar date at the location: what date-valued facts are read against. */
  today: string;
  knownAt: Date;
};

type Index = {
  tasks: Map<string, TaskFact>;
  rules: Map<string, StateRuleFact[][]>;
  policies: Map<string, PolicyFact[][]>;
  authorizations: Map<string, AuthorizationFact[]>;
  records: RecordFact[][];
  arrangements: ArrangementFact[][];
  supervisors: Map<string, SupervisorFact>;
  employment: EmploymentVersion[][];
  moments: Map<number, InForce>;
};

/** The facts of one moment that do not depend on the task. */
export type InForce = {
  at: At;
  tier: string;
  employed: EmploymentVersion | null;
  /** The last period of work here that ended before the moment, to say when it ended. */
  employmentEnded: EmploymentVersion | null;
  /** Training and competency records in force, by task, and certifications. */
  records: Map<string, RecordFact[]>;
  certifications: RecordFact[];
  /** Arrangements covering the person, by whether they cover all clinical tasks. */
  general: ArrangementFact[];
  specific: ArrangementFact[];
  onDuty: Set<ArrangementFact>;
  supervisor: Map<string, SupervisorAt>;
  scans: Map<string, unknown>;
};

/** A supervisor at the moment; `employmentEnded`: the last day of their last period here, once over. */
export type SupervisorAt = { name: string; providerType: string | null; employed: boolean; employmentEnded: string | null };

const indexes = new WeakMap<Facts, Index>();
const MAX_CACHED_MOMENTS = 64;

function group<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function indexOf(facts: Facts): Index {
  let index = indexes.get(facts);
  if (index) return index;
  const byTask = <T extends { lineageId: string; taskId: string }>(items: readonly T[]) =>
    new Map([...group(items, (item) => [item.taskId])].map(([taskId, list]) => [taskId, byLineage(list, (v) => v.lineageId)]));
  index = {
    tasks: new Map(facts.tasks.map((t) => [t.id, t])),
    rules: byTask(facts.rules),
    policies: byTask(facts.policies.filter((p) => p.locationId === null || p.locationId === facts.location.id)),
    authorizations: group(facts.authorizations, (a) => [a.taskId]),
    records: byLineage(facts.records, (r) => r.lineageId),
    arrangements: byLineage(facts.arrangements.filter((a) => a.locationId === facts.location.id), (a) => a.lineageId),
    supervisors: new Map(facts.supervisors.map((s) => [s.id, s])),
    employment: byLineage(facts.person.employment, (e) => e.lineageId),
    moments: new Map(),
  };
  indexes.set(facts, index);
  return index;
}

export function taskOf(facts: Facts, taskId: string): TaskFact | undefined {
  return indexOf(facts).tasks.get(taskId);
}

/**
 * The location's state and zone at a moment. Before the location's first version was recorded (an
 * answer "as known then" about a location Cleared did not know yet) its first version is used: no
 * other fact of that time is known either, so nothing can come out cleared.
 */
export function locationAt(facts: Facts, moment: Date, knownAt: Date = facts.knownAt): { state: string; timeZone: string } {
  const versions = facts.location.versions;
  const v = governing(versions, moment.toISOString(), knownAt) ?? [...versions].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())[0];
  return v ? { state: v.state, timeZone: v.timeZone } : { state: facts.location.state, timeZone: facts.location.timeZone };
}

function employmentAt(lineages: readonly EmploymentVersion[][], today: string, knownAt: Date): { employed: EmploymentVersion | null; ended: EmploymentVersion | null } {
  const employed = governingEach(lineages, today, knownAt)[0] ?? null;
  let ended: EmploymentVersion | null = null;
  if (!employed) {
    for (const versions of lineages) {
      for (const v of standing(versions, knownAt)) {
        if (v.effectiveTo !== null && v.effectiveTo <= today && (!ended || v.effectiveTo > (ended.effectiveTo as string))) ended = v;
      }
    }
  }
  return { employed, ended };
}

export function inForce(facts: Facts, moment: Date): InForce {
  const index = indexOf(facts);
  const cached = index.moments.get(moment.getTime());
  if (cached) return cached;
  const knownAt = facts.knownAt;
  const { state, timeZone } = locationAt(facts, moment);
  const local = wallClock(moment, timeZone);
  const at: At = { moment, iso: moment.toISOString(), state, timeZone, local, today: local.date, knownAt };
  const tier = governing(facts.person.tiers, at.today, knownAt)?.credentialTier ?? "none";
  const { employed, ended } = employmentAt(index.employment, at.today, knownAt);

  const supervisor = new Map<string, SupervisorAt>();
  const supervisorAt = (id: string): SupervisorAt => {
    let s = supervisor.get(id);
    if (!s) {
      const fact = index.supervisors.get(id);
      const work = fact ? employmentAt(byLineage(fact.employment, (e) => e.lineageId), at.today, knownAt) : { employed: null, ended: null };
      s = {
        name: fact?.name ?? "Unknown supervisor",
        providerType: fact ? (governing(fact.providerRoles, at.today, knownAt)?.providerType ?? null) : null,
        employed: work.employed !== null,
        employmentEnded: work.ended?.effectiveTo ? lastDayOf(work.ended.effectiveTo) : null,
      };
      supervisor.set(id, s);
    }
    return s;
  };

  const general: ArrangementFact[] = [];
  const specific: ArrangementFact[] = [];
  const onDuty = new Set<ArrangementFact>();
  for (const a of governingEach(index.arrangements, at.today, knownAt)) {
    if (!a.allMedicalAssistants && !a.superviseeIds.includes(facts.person.id)) continue;
    supervisorAt(a.supervisorId);
    (a.allClinicalTasks ? general : specific).push(a);
    if (a.windows.some((w) => windowCovers(w, local))) onDuty.add(a);
  }

  const records = governingEach(index.records, at.today, knownAt);
  const result: InForce = {
    at,
    tier,
    employed,
    employmentEnded: ended,
    records: group(records.filter((r) => r.kind !== "certification"), (r) => r.taskIds),
    certifications: records.filter((r) => r.kind === "certification"),
    general,
    specific,
    onDuty,
    supervisor,
    scans: new Map(),
  };
  if (index.moments.size >= MAX_CACHED_MOMENTS) index.moments.clear();
  index.moments.set(moment.getTime(), result);
  return result;
}

/** Rules for a task in force at the moment in the location's state. */
export function rulesInForce(facts: Facts, taskId: string, now: InForce): StateRuleFact[] {
  return governingEach(indexOf(facts).rules.get(taskId) ?? [], now.at.today, now.at.knownAt).filter((r) => r.state === now.at.state);
}

export function policiesInForce(facts: Facts, taskId: string, now: InForce): PolicyFact[] {
  return governingEach(indexOf(facts).policies.get(taskId) ?? [], now.at.today, now.at.knownAt);
}

export function authorizationsFor(facts: Facts, taskIds: readonly string[]): AuthorizationFact[] {
  const index = indexOf(facts);
  return taskIds.flatMap((id) => index.authorizations.get(id) ?? []);
}

/** An authorization's status at the moment: its governing status change, or null before the first. */
export function statusAt(authorization: AuthorizationFact, at: At): StatusChange | null {
  return governing(authorization.history, at.iso, at.knownAt);
}

export function authorizationInForce(a: AuthorizationFact, at: At): boolean {
  return a.effectiveFrom <= at.today && (a.effectiveTo === null || at.today < a.effectiveTo);
}

export function isActive(a: AuthorizationFact, at: At): boolean {
  return authorizationInForce(a, at) && statusAt(a, at)?.status === ("active" satisfies AuthorizationStatus);
}
