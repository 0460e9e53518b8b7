import {
  DEFAULT_SETTINGS,
  type ArrangementFact,
  type AuthorizationFact,
  type Facts,
  type PolicyFact,
  type RecordFact,
  type StateRuleFact,
  type TaskFact,
} from "@/lib/clearance/facts";

/**
 * Small factories for the engine's facts. The default world: Emily, an MA-C at the Tacoma clinic
 * (WA), asked about venipuncture on Tuesday 2026-03-10 at 10:40 Pacific time, with everything in
 * place for "cleared". Each test changes the one thing it is about.
 */
export const MOMENT = new Date("2026-03-10T17:40:00Z"); // Tue 10:40 PDT
export const at = (iso: string) => new Date(iso);

export const TASKS = {
  scheduling: { id: "taskscheduling", code: "front_desk", name: "Scheduling, phones, check-in, correspondence", category: "administrative", providerOnly: false, parentId: null, retired: false },
  vitals: { id: "taskvitals0001", code: "vitals", name: "Recording vital signs, height, and weight", category: "clinical", providerOnly: false, parentId: null, retired: false },
  venipuncture: { id: "taskvenipunct", code: "venipuncture", name: "Drawing blood (venipuncture)", category: "clinical", providerOnly: false, parentId: null, retired: false },
  injections: { id: "taskinjection", code: "injections", name: "Giving certain injections", category: "clinical", providerOnly: false, parentId: null, retired: false },
  intramuscular: { id: "taskinjectim01", code: "injections.intramuscular", name: "Intramuscular injections", category: "clinical", providerOnly: false, parentId: "taskinjection", retired: false },
  interpret: { id: "taskinterpret", code: "interpret_results", name: "Interpreting test results", category: "clinical", providerOnly: true, parentId: null, retired: false },
} satisfies Record<string, TaskFact>;

export const TACOMA = { id: "loctacoma0001", name: "Tacoma Clinic", state: "WA", timeZone: "America/Los_Angeles" };
export const OAKLAND = { id: "locoakland001", name: "Oakland Clinic", state: "CA", timeZone: "America/Los_Angeles" };

const uid = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 10)}`;

export function makeRule(overrides: Partial<StateRuleFact> = {}): StateRuleFact {
  return {
    id: uid("rule"),
    lineageId: uid("lineage"),
    version: 1,
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
    effectiveFrom: at("2020-01-01T08:00:00Z"),
    effectiveTo: null,
    lastVerifiedAt: at("2026-01-15T18:00:00Z"),
    lastVerifiedBy: "Alex Morgan",
    ...overrides,
  };
}

export function makePolicy(overrides: Partial<PolicyFact> = {}): PolicyFact {
  return {
    id: uid("policy"),
    lineageId: uid("lineage"),
    version: 1,
    locationId: null,
    taskId: TASKS.venipuncture.id,
    maMayPerform: true,
    minSupervisionLevel: null,
    requiresCompetency: true,
    revalidationMonths: 12,
    documentRef: "Clinical Staff Policy CS-12 v3",
    effectiveFrom: at("2024-01-01T08:00:00Z"),
    effectiveTo: null,
    ...overrides,
  };
}

export function makeAuthorization(overrides: Partial<AuthorizationFact> = {}): AuthorizationFact {
  const effectiveFrom = overrides.effectiveFrom ?? at("2025-06-01T07:00:00Z");
  return {
    id: uid("auth"),
    taskId: TASKS.venipuncture.id,
    locationId: TACOMA.id,
    locationName: TACOMA.name,
    conditions: null,
    grantedByName: "Ben Carter",
    effectiveFrom,
    effectiveTo: null,
    history: [{ status: "active", at: effectiveFrom, reason: null, byName: "Ben Carter" }],
    ...overrides,
  };
}

export function makeRecord(overrides: Partial<RecordFact> = {}): RecordFact {
  return {
    id: uid("rec"),
    lineageId: uid("lineage"),
    version: 1,
    kind: "training",
    title: "Phlebotomy course",
    taskIds: [TASKS.venipuncture.id],
    hours: 12,
    procedureCount: 14,
    certificationType: null,
    completedAt: at("2025-05-20T17:00:00Z"),
    expiresAt: null,
    validatedByName: null,
    ...overrides,
  };
}

export function makeCompetency(overrides: Partial<RecordFact> = {}): RecordFact {
  return makeRecord({ kind: "competency", title: "Venipuncture competency", hours: null, procedureCount: null, completedAt: at("2025-09-02T17:00:00Z"), expiresAt: at("2026-09-02T17:00:00Z"), validatedByName: "Dr. Daniel Lee", ...overrides });
}

export function makeArrangement(overrides: Partial<ArrangementFact> = {}): ArrangementFact {
  return {
    id: uid("arr"),
    lineageId: uid("lineage"),
    version: 1,
    locationId: TACOMA.id,
    supervisor: { id: "persondrlee01", name: "Daniel Lee", providerType: "MD" },
    level: "on_premises",
    allMedicalAssistants: true,
    superviseeIds: [],
    allClinicalTasks: true,
    taskIds: [],
    effectiveFrom: at("2024-01-01T08:00:00Z"),
    effectiveTo: null,
    windows: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 17 * 60 })),
    ...overrides,
  };
}

export function makeFacts(overrides: Partial<Facts> = {}): Facts {
  return {
    settings: DEFAULT_SETTINGS,
    person: { id: "personemily01", name: "Emily Nguyen", credentialTier: "ma_c" },
    location: TACOMA,
    tasks: Object.values(TASKS),
    rules: [makeRule()],
    policies: [makePolicy()],
    authorizations: [makeAuthorization()],
    records: [makeRecord(), makeCompetency()],
    arrangements: [makeArrangement()],
    ...overrides,
  };
}

export function request(facts: Facts, taskId: string = TASKS.venipuncture.id, moment: Date = MOMENT) {
  return { personId: facts.person.id, taskId, locationId: facts.location.id, moment };
}
