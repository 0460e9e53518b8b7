import { governing } from "@/lib/version/governing";
import { ARRANGEMENT, AUTHORIZATION, decode, EMPLOYMENT, EXCEPTION, LOCATION_VERSION, PERSON, POLICY, PRESENCE, PROVIDER_ROLE, RECORD, RULE, STATUS, SUPERVISOR, TASK, TIER, WINDOW, type Tuple } from "./facts-sql";
import type { ArrangementFact, AuthorizationFact, EmploymentVersion, ExceptionFact, Facts, LocationVersionFact, PolicyFact, PresenceFact, RecordFact, Settings, StateRuleFact, SupervisorFact, TierVersion } from "./facts";

/**
 * The clearance loader's one row and its conversion into the engine's facts: each column is a JSON
 * array of tuples (see facts-sql.ts), decoded into objects; dates stay "YYYY-MM-DD" strings, instants
 * used as valid time become ISO strings (they are compared as strings), record times become Dates.
 */
type Owned = { personId: string };
type Tuples = unknown[][];

export type FactsRow = {
  location: { id: string; name: string; state: string; timeZone: string; organizationId: string; ruleStaleAfterDays: number } | null;
  locationVersions: Tuples;
  people: Tuples;
  tasks: Tuples;
  rules: Tuples;
  policies: Tuples;
  authorizations: Tuples;
  records: Tuples;
  arrangements: Tuples;
  exceptions: Tuples;
  presence: Tuples;
  supervisors: Tuples;
};

type Item = Record<string, unknown>;

/** Decodes a column's tuples into objects, finishing each in place (they are fresh: no copies on this hot path). */
function decoded<T>(spec: Tuple, tuples: unknown, finish: (item: Item, index: number) => void): T[] {
  const items = (tuples as Tuples).map((values) => decode(spec, values));
  items.forEach(finish);
  return items as T[];
}

const instant = (iso: unknown) => new Date(iso as string).toISOString();
const numberOrNull = (n: unknown) => (n === null ? null : Number(n));
/** Record time as a Date; `ends`: a lineage whose versions have no end of their own. */
const recorded = (item: Item, ends = true) => {
  item.recordedAt = new Date(item.recordedAt as string);
  if (!ends) item.effectiveTo = null;
};
const employment = (tuples: unknown) => decoded<EmploymentVersion>(EMPLOYMENT, tuples, (e) => recorded(e));

export function toFacts(row: FactsRow, settings: Settings, span: { from: Date; to: Date }, knownAt: Date): Facts[] {
  const moment = span.from;
  if (!row.location) return [];
  const versions = decoded<LocationVersionFact>(LOCATION_VERSION, row.locationVersions, (v) => {
    recorded(v, false);
    v.effectiveFrom = instant(v.effectiveFrom);
  });
  const current = governing(versions, moment.toISOString(), knownAt);
  const location = { id: row.location.id, name: row.location.name, state: current?.state ?? row.location.state, timeZone: current?.timeZone ?? row.location.timeZone, versions };
  const retiredBy = Math.min(moment.getTime(), knownAt.getTime());
  const tasks = decoded<Facts["tasks"][number]>(TASK, row.tasks, (t) => {
    t.retired = t.retiredAt !== null && new Date(t.retiredAt as string).getTime() <= retiredBy;
    delete t.retiredAt;
  });
  const rules = decoded<StateRuleFact>(RULE, row.rules, (r) => {
    recorded(r);
    r.minTrainingHours = numberOrNull(r.minTrainingHours);
  });
  const policies = decoded<PolicyFact>(POLICY, row.policies, (p) => recorded(p));
  const arrangements = decoded<ArrangementFact>(ARRANGEMENT, row.arrangements, (a) => {
    recorded(a);
    a.windows = decoded(WINDOW, a.windows, () => {});
  });
  const covers = lineageCoverage(arrangements);
  const exceptions = decoded<ExceptionFact>(EXCEPTION, row.exceptions, (x) => {
    recorded(x);
    x.effectiveFrom = instant(x.effectiveFrom);
    x.effectiveTo = instant(x.effectiveTo);
  });
  const presence = decoded<PresenceFact>(PRESENCE, row.presence, (p) => {
    p.at = new Date(p.at as string);
  });
  const supervisors = decoded<SupervisorFact>(SUPERVISOR, row.supervisors, (s) => {
    s.providerRoles = decoded(PROVIDER_ROLE, s.providerRoles, (r) => recorded(r, false));
    s.employment = employment(s.employment);
  });
  const authorizations = decoded<AuthorizationFact & Owned>(AUTHORIZATION, row.authorizations, (a) => {
    // Status changes are versions of the authorization's status, numbered in the order entered.
    a.history = decoded(STATUS, a.history, (h, i) => {
      recorded(h, false);
      h.effectiveFrom = instant(h.effectiveFrom);
      h.version = i + 1;
      h.supersedes = null;
    });
  });
  const records = decoded<RecordFact & Owned>(RECORD, row.records, (r) => {
    recorded(r);
    r.hours = numberOrNull(r.hours);
    // A record counts from its completion until it is withdrawn.
    r.effectiveFrom = r.completedOn;
    r.effectiveTo = r.withdrawnFrom;
  });
  return decoded<{ id: string; name: string; tiers: TierVersion[]; employment: EmploymentVersion[] }>(PERSON, row.people, (p) => {
    p.tiers = decoded(TIER, p.tiers, (t) => recorded(t, false));
    p.employment = employment(p.employment);
  }).map((person) => ({
    knownAt,
    settings,
    person,
    location,
    tasks,
    rules,
    policies,
    authorizations: authorizations.filter((a) => a.personId === person.id),
    records: records.filter((r) => r.personId === person.id),
    arrangements: arrangements.filter((a) => covers(a.lineageId, person.id)),
    supervisors,
    exceptions,
    presence,
    span,
  }));
}

/**
 * Whether an arrangement lineage belongs in a person's facts: when any of its versions covered all
 * medical assistants or named the person. Every version comes along, including one that no longer
 * names her: which one governs is the engine's to decide.
 */
function lineageCoverage(arrangements: readonly ArrangementFact[]): (lineageId: string, personId: string) => boolean {
  const lineages = new Map<string, { all: boolean; people: Set<string> }>();
  for (const a of arrangements) {
    let entry = lineages.get(a.lineageId);
    if (!entry) lineages.set(a.lineageId, (entry = { all: false, people: new Set() }));
    entry.all ||= a.allMedicalAssistants;
    for (const id of a.superviseeIds) entry.people.add(id);
  }
  return (lineageId, personId) => {
    const entry = lineages.get(lineageId);
    return entry !== undefined && (entry.all || entry.people.has(personId));
  };
}
