import type { SummaryContext } from "@/lib/clearance/summary";
import {
  DEFAULT_SETTINGS,
  type ArrangementFact,
  type AuthorizationFact,
  type EmploymentVersion,
  type ExceptionFact,
  type Facts,
  type LocationFact,
  type LocationVersionFact,
  type PersonFact,
  type PolicyFact,
  type PresenceFact,
  type RecordFact,
  type StateRuleFact,
  type StatusChange,
  type SupervisorFact,
  type TaskFact,
} from "@/lib/clearance/facts";

/**
 * Small factories for the engine's facts. The default world: Emily, an MA-C at the Tacoma clinic
 * (WA), asked about venipuncture on Tuesday 2026-03-10 at 10:40 Pacific time, with everything in
 * place for "cleared". Each test changes the one thing it is about.
 */
export const MOMENT = new Date("2026-03-10T17:40:00Z"); // Tue 10:40 PDT
export const at = (iso: string) => new Date(iso);
/** When the default facts were entered: long before anything they are asked about. */
export const RECORDED = new Date("2019-01-01T00:00:00Z");
/** Default record time facts are known at: everything on record. */
export const KNOWN = new Date("2100-01-01T00:00:00Z");

const versioned = { version: 1, supersedes: null, effectiveTo: null, recordedAt: RECORDED } as const;

export const TASKS = {
  scheduling: { id: "taskscheduling", code: "front_desk", name: "Scheduling, phones, check-in, correspondence", category: "administrative", providerOnly: false, parentId: null, retired: false },
  vitals: { id: "taskvitals0001", code: "vitals", name: "Recording vital signs, height, and weight", category: "clinical", providerOnly: false, parentId: null, retired: false },
  venipuncture: { id: "taskvenipunct", code: "venipuncture", name: "Drawing blood (venipuncture)", category: "clinical", providerOnly: false, parentId: null, retired: false },
  injections: { id: "taskinjection", code: "injections", name: "Giving certain injections", category: "clinical", providerOnly: false, parentId: null, retired: false },
  intramuscular: { id: "taskinjectim01", code: "injections.intramuscular", name: "Intramuscular injections", category: "clinical", providerOnly: false, parentId: "taskinjection", retired: false },
  interpret: { id: "taskinterpret", code: "interpret_results", name: "Interpreting test results", category: "clinical", providerOnly: true, parentId: null, retired: false },
} satisfies Record<string, TaskFact>;

const locationVersion = (state: string, timeZone: string): LocationVersionFact => ({ ...versioned, state, timeZone, requiresCheckIn: false, effectiveFrom: "1900-01-01T08:00:00.000Z" });
/** Tacoma once it requires providers to check in (from 2026-01-01 on). */
export const TACOMA_CHECK_IN: LocationFact = {
  id: "loctacoma0001",
  name: "Tacoma Clinic",
  state: "WA",
  timeZone: "America/Los_Angeles",
  versions: [locationVersion("WA", "America/Los_Angeles"), { ...locationVersion("WA", "America/Los_Angeles"), version: 2, requiresCheckIn: true, effectiveFrom: "2026-01-01T08:00:00.000Z" }],
};
export const TACOMA: LocationFact = { id: "loctacoma0001", name: "Tacoma Clinic", state: "WA", timeZone: "America/Los_Angeles", versions: [locationVersion("WA", "America/Los_Angeles")] };
export const OAKLAND: LocationFact = { id: "locoakland001", name: "Oakland Clinic", state: "CA", timeZone: "America/Los_Angeles", versions: [locationVersion("CA", "America/Los_Angeles")] };

const uid = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 10)}`;

/** A period of work at the facts' location (first day, first day after). */
export function makeEmployment(overrides: Partial<EmploymentVersion> = {}): EmploymentVersion {
  return { ...versioned, lineageId: uid("emp"), effectiveFrom: "2020-10-05", ...overrides };
}

export function makePersonFact(overrides: Partial<PersonFact> & { credentialTier?: string } = {}): PersonFact {
  const { credentialTier = "ma_c", ...rest } = overrides;
  return { id: "personemily01", name: "Emily Nguyen", tiers: [{ ...versioned, credentialTier, effectiveFrom: "2020-10-05" }], employment: [makeEmployment()], ...rest };
}

export function makeSupervisor(overrides: Partial<SupervisorFact> & { providerType?: string | null } = {}): SupervisorFact {
  const { providerType = "MD", ...rest } = overrides;
  return { id: "persondrlee01", name: "Daniel Lee", providerRoles: [{ ...versioned, providerType, effectiveFrom: "2017-05-15" }], employment: [makeEmployment({ effectiveFrom: "2017-05-15" })], ...rest };
}

export function makeRule(overrides: Partial<StateRuleFact> = {}): StateRuleFact {
  return {
    ...versioned,
    id: uid("rule"),
    lineageId: uid("lineage"),
    state: "WA",
    taskId: TASKS.venipuncture.id,
    credentialTier: null,
    outcome: "conditional",
    supervisionLevel: "on_premises",
    supervisorTypes: ["MD", "DO", "PA", "NP"],
    minTrainingHours: 10,
    minProcedureCount: 10,
    acceptedCertifications: [],
    citation: "RCW 18.360.050",
    sourceUrl: "https://app.leg.wa.gov/RCW/default.aspx?cite=18.360.050",
    effectiveFrom: "2020-01-01",
    lastVerifiedOn: "2026-01-15",
    lastVerifiedBy: "Alex Morgan",
    ...overrides,
  };
}

export function makePolicy(overrides: Partial<PolicyFact> = {}): PolicyFact {
  return {
    ...versioned,
    id: uid("policy"),
    lineageId: uid("lineage"),
    locationId: null,
    taskId: TASKS.venipuncture.id,
    maMayPerform: true,
    minSupervisionLevel: null,
    requiresCompetency: true,
    revalidationMonths: 12,
    documentRef: "Clinical Staff Policy CS-12 v3",
    effectiveFrom: "2024-01-01",
    ...overrides,
  };
}

/** A status change effective at an instant (ISO), entered then unless said otherwise. */
export function status(status: StatusChange["status"], effectiveAt: string, overrides: Partial<StatusChange> = {}): StatusChange {
  return { version: 1, supersedes: null, effectiveTo: null, status, effectiveFrom: new Date(effectiveAt).toISOString(), recordedAt: new Date(effectiveAt), reason: status === "active" ? null : "because", byName: "Ben Carter", ...overrides };
}

export function makeAuthorization(overrides: Partial<AuthorizationFact> = {}): AuthorizationFact {
  const effectiveFrom = overrides.effectiveFrom ?? "2025-06-01";
  return {
    id: uid("auth"),
    taskId: TASKS.venipuncture.id,
    locationId: TACOMA.id,
    locationName: TACOMA.name,
    conditions: null,
    grantedByName: "Ben Carter",
    effectiveFrom,
    effectiveTo: null,
    history: [status("active", `${effectiveFrom}T07:00:00Z`, { recordedAt: RECORDED })],
    ...overrides,
  };
}

export function makeRecord(overrides: Partial<RecordFact> = {}): RecordFact {
  const completedOn = overrides.completedOn ?? "2025-05-20";
  return {
    ...versioned,
    id: uid("rec"),
    lineageId: uid("lineage"),
    kind: "training",
    title: "Phlebotomy course",
    taskIds: [TASKS.venipuncture.id],
    hours: 12,
    procedureCount: 14,
    certificationType: null,
    completedOn,
    expiresOn: null,
    validatedByName: null,
    effectiveFrom: completedOn,
    ...overrides,
  };
}

export function makeCompetency(overrides: Partial<RecordFact> = {}): RecordFact {
  const completedOn = overrides.completedOn ?? "2025-09-02";
  return makeRecord({ kind: "competency", title: "Venipuncture competency", hours: null, procedureCount: null, completedOn, effectiveFrom: completedOn, expiresOn: "2026-09-02", validatedByName: "Dr. Daniel Lee", ...overrides });
}

export function makeArrangement(overrides: Partial<ArrangementFact> = {}): ArrangementFact {
  return {
    ...versioned,
    id: uid("arr"),
    lineageId: uid("lineage"),
    locationId: TACOMA.id,
    supervisorId: "persondrlee01",
    level: "on_premises",
    allMedicalAssistants: true,
    superviseeIds: [],
    allClinicalTasks: true,
    taskIds: [],
    effectiveFrom: "2024-01-01",
    windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 17 * 60 })),
    ...overrides,
  };
}

/** An exception to the plan, Dr. Lee away by default; `from`/`to` are instants (end exclusive). */
export function makeException(overrides: Partial<ExceptionFact> & { from?: string; to?: string } = {}): ExceptionFact {
  const { from = "2026-03-10T15:00:00.000Z", to = "2026-03-11T07:00:00.000Z", ...rest } = overrides;
  return { ...versioned, id: uid("exc"), lineageId: uid("lineage"), kind: "absence", providerId: "persondrlee01", level: null, reason: "vacation", allDay: false, cancelled: false, effectiveFrom: from, effectiveTo: to, ...rest };
}

export function checkIn(at: string, kind: PresenceFact["kind"] = "check_in", providerId = "persondrlee01"): PresenceFact {
  return { providerId, kind, at: new Date(at) };
}

export function makeFacts(overrides: Partial<Facts> = {}): Facts {
  return {
    knownAt: KNOWN,
    settings: DEFAULT_SETTINGS,
    person: makePersonFact(),
    location: TACOMA,
    tasks: Object.values(TASKS),
    rules: [makeRule()],
    policies: [makePolicy()],
    authorizations: [makeAuthorization()],
    records: [makeRecord(), makeCompetency()],
    arrangements: [makeArrangement()],
    supervisors: [makeSupervisor()],
    exceptions: [],
    presence: [],
    span: null,
    ...overrides,
  };
}

export function request(facts: Facts, taskId: string = TASKS.venipuncture.id, moment: Date = MOMENT) {
  return { personId: facts.person.id, taskId, locationId: facts.location.id, moment };
}

/** Who an answer's one line speaks to: Emily, an MA whose manager is Ben and whose validator is Daniel. */
export const summaryContext = (overrides: Partial<SummaryContext> = {}): SummaryContext => ({
  audience: "self",
  person: "Emily Nguyen",
  task: TASKS.venipuncture.name,
  helpers: { manager: "Ben Carter", validator: "Daniel Lee" },
  hoursShown: false,
  ...overrides,
});
