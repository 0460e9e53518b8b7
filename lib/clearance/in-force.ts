import { byLineage, governingEachIn, governingIn, prepare, type Prepared, type Version } from "@/lib/version/governing";
import { lastDayOf } from "@/lib/time/calendar";
import { endOfLocalDay, startOfLocalDay, wallClock, type WallClock } from "@/lib/time/zoned";
import type { ArrangementFact, AuthorizationFact, ExceptionFact, AuthorizationStatus, EmploymentVersion, Facts, PolicyFact, RecordFact, StateRuleFact, StatusChange, SupervisorFact, TaskFact } from "./facts";
import type { SupervisorRef } from "./findings";
import { dutyOf, prepareExceptions, sessionArrangement, situationAt, standingExceptions, type Duty, type Exceptions, type Situation } from "./on-duty";

/**
 * What is in force at one moment, as known when the facts were loaded: every choice of a version
 * the engine makes goes through `governing` (lib/version/governing.ts). Facts are indexed once and
 * the work for one moment is kept, so deciding every task at a moment costs one pass plus lookups.
 */
export type At = {
  moment: Date;
  iso: string;
  /** The location's state, zone and check-in setting in force at the moment. */
  state: string;
  timeZone: string;
  requiresCheckIn: boolean;
  local: WallClock;
  /** The calendar date at the location: what date-valued facts are read against. */
  today: string;
  knownAt: Date;
};

/** Every lineage prepared once per facts (their record time is fixed), then asked at each moment. */
type Index = {
  tasks: Map<string, TaskFact>;
  rules: Map<string, Prepared<StateRuleFact>[]>;
  policies: Map<string, Prepared<PolicyFact>[]>;
  authorizations: Map<string, AuthorizationFact[]>;
  statuses: Map<AuthorizationFact, Prepared<StatusChange>>;
  records: Prepared<RecordFact>[];
  arrangements: Prepared<ArrangementFact>[];
  supervisors: Map<string, { fact: SupervisorFact; roles: Prepared<SupervisorFact["providerRoles"][number]>; employment: Prepared<EmploymentVersion>[] }>;
  employment: Prepared<EmploymentVersion>[];
  tiers: Prepared<Facts["person"]["tiers"][number]>;
  location: Prepared<Facts["location"]["versions"][number]>;
  exceptions: Exceptions;
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
  /** Arrangements covering the person, by whether they cover all clinical tasks (extra sessions of the day among the first). */
  general: ArrangementFact[];
  specific: ArrangementFact[];
  /** What each of them amounts to at the moment: on duty, or why not. */
  duty: Map<ArrangementFact, Duty>;
  situation: Situation;
  exceptions: Exceptions;
  supervisor: Map<string, SupervisorAt>;
  scans: Map<string, unknown>;
  /** Kept for the moment's answers: how each arrangement's supervisor is named, and the zone's name. */
  refs: Map<ArrangementFact, SupervisorRef>;
  zone?: string;
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
  const knownAt = facts.knownAt;
  const lineages = <T extends Version & { lineageId: string }>(items: readonly T[]) => byLineage(items, (v) => v.lineageId).map((versions) => prepare(versions, knownAt));
  const byTask = <T extends Version & { lineageId: string; taskId: string }>(items: readonly T[]) => new Map([...group(items, (item) => [item.taskId])].map(([taskId, list]) => [taskId, lineages(list)]));
  index = {
    tasks: new Map(facts.tasks.map((t) => [t.id, t])),
    rules: byTask(facts.rules),
    policies: byTask(facts.policies.filter((p) => p.locationId === null || p.locationId === facts.location.id)),
    authorizations: group(facts.authorizations, (a) => [a.taskId]),
    statuses: new Map(facts.authorizations.map((a) => [a, prepare(a.history, knownAt)])),
    records: lineages(facts.records),
    arrangements: lineages(facts.arrangements.filter((a) => a.locationId === facts.location.id)),
    supervisors: new Map(facts.supervisors.map((s) => [s.id, { fact: s, roles: prepare(s.providerRoles, knownAt), employment: lineages(s.employment) }])),
    employment: lineages(facts.person.employment),
    tiers: prepare(facts.person.tiers, knownAt),
    location: prepare(facts.location.versions, knownAt),
    exceptions: prepareExceptions(facts),
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
export function locationAt(facts: Facts, moment: Date): { state: string; timeZone: string; requiresCheckIn: boolean } {
  const v = governingIn(indexOf(facts).location, moment.toISOString()) ?? [...facts.location.versions].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime())[0];
  return v ? { state: v.state, timeZone: v.timeZone, requiresCheckIn: v.requiresCheckIn } : { state: facts.location.state, timeZone: facts.location.timeZone, requiresCheckIn: false };
}

/** Whether a period of work covers the day, and otherwise the last one that ended before it (to say when). */
function employmentAt(lineages: readonly Prepared<EmploymentVersion>[], today: string): { employed: EmploymentVersion | null; ended: EmploymentVersion | null } {
  let employed: EmploymentVersion | null = null;
  let ended: EmploymentVersion | null = null;
  for (const prepared of lineages) {
    employed ??= governingIn(prepared, today);
    for (const v of prepared) if (v.effectiveTo !== null && v.effectiveTo <= today && (!ended || v.effectiveTo > (ended.effectiveTo as string))) ended = v;
  }
  return { employed, ended: employed ? null : ended };
}

export function inForce(facts: Facts, moment: Date): InForce {
  const index = indexOf(facts);
  const cached = index.moments.get(moment.getTime());
  if (cached) return cached;
  if (facts.span && (moment < facts.span.from || moment > facts.span.to)) {
    throw new Error(`inForce(): exceptions were loaded for ${facts.span.from.toISOString()}–${facts.span.to.toISOString()}, not ${moment.toISOString()}`);
  }
  const knownAt = facts.knownAt;
  const { state, timeZone, requiresCheckIn } = locationAt(facts, moment);
  const local = wallClock(moment, timeZone);
  const at: At = { moment, iso: moment.toISOString(), state, timeZone, requiresCheckIn, local, today: local.date, knownAt };
  const tier = governingIn(index.tiers, at.today)?.credentialTier ?? "none";
  const { employed, ended } = employmentAt(index.employment, at.today);

  const supervisor = new Map<string, SupervisorAt>();
  const supervisorAt = (id: string): SupervisorAt => {
    let s = supervisor.get(id);
    if (!s) {
      const fact = index.supervisors.get(id);
      const work = fact ? employmentAt(fact.employment, at.today) : { employed: null, ended: null };
      s = {
        name: fact?.fact.name ?? "Unknown supervisor",
        providerType: fact ? (governingIn(fact.roles, at.today)?.providerType ?? null) : null,
        employed: work.employed !== null,
        employmentEnded: work.ended?.effectiveTo ? lastDayOf(work.ended.effectiveTo) : null,
      };
      supervisor.set(id, s);
    }
    return s;
  };

  const general: ArrangementFact[] = [];
  const specific: ArrangementFact[] = [];
  const duty = new Map<ArrangementFact, Duty>();
  const situation = situationAt(index.exceptions, at.iso);
  const add = (a: ArrangementFact) => {
    supervisorAt(a.supervisorId);
    (a.allClinicalTasks ? general : specific).push(a);
    duty.set(a, dutyOf(a, moment, timeZone, situation, requiresCheckIn, index.exceptions));
  };
  for (const a of governingEachIn(index.arrangements, at.today)) {
    if (a.allMedicalAssistants || a.superviseeIds.includes(facts.person.id)) add(a);
  }
  for (const e of sessionsOn(index, at)) add(sessionArrangement(e, facts.location.id));

  const records = governingEachIn(index.records, at.today);
  const result: InForce = {
    at,
    tier,
    employed,
    employmentEnded: ended,
    records: group(records.filter((r) => r.kind !== "certification"), (r) => r.taskIds),
    certifications: records.filter((r) => r.kind === "certification"),
    general,
    specific,
    duty,
    situation,
    exceptions: index.exceptions,
    supervisor,
    scans: new Map(),
    refs: new Map(),
  };
  if (index.moments.size >= MAX_CACHED_MOMENTS) index.moments.clear();
  index.moments.set(moment.getTime(), result);
  return result;
}

/** The extra sessions of the moment's local day, as known: ones later today count for "who is next". */
function sessionsOn(index: Index, at: At): ExceptionFact[] {
  if (index.exceptions.lineages.length === 0) return [];
  const dayStart = startOfLocalDay(at.today, at.timeZone).toISOString();
  const dayEnd = endOfLocalDay(at.today, at.timeZone).toISOString();
  return standingExceptions(index.exceptions).filter((e) => e.kind === "extra_session" && e.providerId !== null && e.effectiveFrom < dayEnd && (e.effectiveTo as string) > dayStart);
}

/** Rules for a task in force at the moment in the location's state. */
export function rulesInForce(facts: Facts, taskId: string, now: InForce): StateRuleFact[] {
  return governingEachIn(indexOf(facts).rules.get(taskId) ?? [], now.at.today).filter((r) => r.state === now.at.state);
}

export function policiesInForce(facts: Facts, taskId: string, now: InForce): PolicyFact[] {
  return governingEachIn(indexOf(facts).policies.get(taskId) ?? [], now.at.today);
}

export function authorizationsFor(facts: Facts, taskIds: readonly string[]): AuthorizationFact[] {
  const index = indexOf(facts);
  return taskIds.flatMap((id) => index.authorizations.get(id) ?? []);
}

/** An authorization's status at the moment: its governing status change, or null before the first. */
export function statusAt(facts: Facts, authorization: AuthorizationFact, at: At): StatusChange | null {
  const index = indexOf(facts);
  let prepared = index.statuses.get(authorization);
  if (!prepared) index.statuses.set(authorization, (prepared = prepare(authorization.history, facts.knownAt)));
  return governingIn(prepared, at.iso);
}

export function authorizationInForce(a: AuthorizationFact, at: At): boolean {
  return a.effectiveFrom <= at.today && (a.effectiveTo === null || at.today < a.effectiveTo);
}

export function isActive(facts: Facts, a: AuthorizationFact, at: At): boolean {
  return authorizationInForce(a, at) && statusAt(facts, a, at)?.status === ("active" satisfies AuthorizationStatus);
}
