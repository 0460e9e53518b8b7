import { governing } from "@/lib/version/governing";
import type { ArrangementFact, AuthorizationFact, EmploymentVersion, Facts, LocationVersionFact, PolicyFact, ProviderVersion, RecordFact, Settings, StateRuleFact, TierVersion } from "./facts";

/**
 * The clearance loader's one row (each column JSON) and its conversion into the engine's facts:
 * dates stay "YYYY-MM-DD" strings, instants used as valid time become ISO strings (they are compared
 * as strings), record times become Dates.
 */
type Raw<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] };
type Owned = { personId: string };

export type FactsRow = {
  location: { id: string; name: string; state: string; timeZone: string; organizationId: string; ruleStaleAfterDays: number } | null;
  locationVersions: Raw<Omit<LocationVersionFact, "effectiveTo">>[];
  people: { id: string; name: string; tiers: Raw<Omit<TierVersion, "effectiveTo">>[]; employment: Raw<EmploymentVersion>[] }[];
  tasks: Facts["tasks"];
  rules: (Omit<Raw<StateRuleFact>, "minTrainingHours"> & { minTrainingHours: number | string | null })[];
  policies: Raw<PolicyFact>[];
  authorizations: (Owned & Omit<AuthorizationFact, "history"> & { history: (Omit<Raw<AuthorizationFact["history"][number]>, "effectiveTo" | "version" | "supersedes">)[] })[];
  records: (Owned & Omit<Raw<RecordFact>, "hours" | "effectiveFrom" | "effectiveTo"> & { hours: number | string | null; withdrawnFrom: string | null })[];
  arrangements: Raw<ArrangementFact>[];
  supervisors: { id: string; name: string; providerRoles: Raw<Omit<ProviderVersion, "effectiveTo">>[]; employment: Raw<EmploymentVersion>[] }[];
};

const instant = (iso: string) => new Date(iso).toISOString();
const recorded = <T extends { recordedAt: string }>(v: T): Omit<T, "recordedAt"> & { recordedAt: Date } => ({ ...v, recordedAt: new Date(v.recordedAt) });
const employment = (list: Raw<EmploymentVersion>[]): EmploymentVersion[] => list.map(recorded);
const numberOrNull = (n: number | string | null) => (n === null ? null : Number(n));

export function toFacts(row: FactsRow, settings: Settings, moment: Date, knownAt: Date): Facts[] {
  if (!row.location) return [];
  const versions: LocationVersionFact[] = row.locationVersions.map((v) => ({ ...recorded(v), effectiveFrom: instant(v.effectiveFrom), effectiveTo: null }));
  const current = governing(versions, moment.toISOString(), knownAt);
  const location = {
    id: row.location.id,
    name: row.location.name,
    state: current?.state ?? row.location.state,
    timeZone: current?.timeZone ?? row.location.timeZone,
    versions,
  };
  const rules = row.rules.map((r): StateRuleFact => ({ ...recorded(r), minTrainingHours: numberOrNull(r.minTrainingHours) }));
  const policies = row.policies.map((p): PolicyFact => recorded(p));
  const arrangements = row.arrangements.map((a): ArrangementFact => recorded(a));
  const covers = lineageCoverage(arrangements);
  const supervisors = row.supervisors.map((s) => ({
    id: s.id,
    name: s.name,
    providerRoles: s.providerRoles.map((p) => ({ ...recorded(p), effectiveTo: null })),
    employment: employment(s.employment),
  }));
  const authorizations = row.authorizations.map(({ history, ...a }) => ({
    ...a,
    // Status changes are versions of the authorization's status, numbered in the order entered.
    history: history.map((h, i) => ({ ...recorded(h), effectiveFrom: instant(h.effectiveFrom), effectiveTo: null, version: i + 1, supersedes: null })),
  }));
  const records = row.records.map(({ withdrawnFrom, ...r }) => ({
    ...recorded(r),
    hours: numberOrNull(r.hours),
    // A record counts from its completion until it is withdrawn.
    effectiveFrom: r.completedOn,
    effectiveTo: withdrawnFrom,
  }));
  return row.people.map((p) => ({
    knownAt,
    settings,
    person: { id: p.id, name: p.name, tiers: p.tiers.map((t) => ({ ...recorded(t), effectiveTo: null })), employment: employment(p.employment) },
    location,
    tasks: row.tasks,
    rules,
    policies,
    authorizations: authorizations.filter((a) => a.personId === p.id).map(({ personId: _, ...a }) => a),
    records: records.filter((r) => r.personId === p.id).map(({ personId: _, ...r }): RecordFact => r),
    arrangements: arrangements.filter((a) => covers(a.lineageId, p.id)),
    supervisors,
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
