/**
 * The plain data the clearance engine decides from. Loaders build it from the database; tests build
 * it with factories. Nothing here knows about Prisma or HTTP.
 */
export const SUPERVISION_LEVELS = ["none", "general", "telemedicine", "on_premises", "direct_visual"] as const;
export type SupervisionLevel = (typeof SUPERVISION_LEVELS)[number];

export const RULE_OUTCOMES = ["allowed", "prohibited", "conditional", "not_addressed"] as const;
export type RuleOutcome = (typeof RULE_OUTCOMES)[number];

export const TASK_CATEGORIES = ["administrative", "documentation", "clinical", "clinical_support", "communication"] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];

/** Front-office work: state MA rules do not regulate it and it needs no supervision. */
export const UNREGULATED_CATEGORIES: ReadonlySet<TaskCategory> = new Set(["administrative", "documentation"]);

/** The tasks a supervision arrangement can name: regulated work an MA may be authorized for. */
export function supervisableTasks<T extends { category: TaskCategory; providerOnly: boolean }>(tasks: readonly T[]): T[] {
  return tasks.filter((t) => !t.providerOnly && !UNREGULATED_CATEGORIES.has(t.category));
}

export const RECORD_KINDS = ["training", "competency", "certification"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const AUTHORIZATION_STATUSES = ["active", "suspended", "revoked"] as const;
export type AuthorizationStatus = (typeof AUTHORIZATION_STATUSES)[number];

/** Effective-dated: in force from `effectiveFrom` (inclusive) until `effectiveTo` (exclusive). */
export type Effective = { effectiveFrom: Date; effectiveTo: Date | null };

/**
 * One version of a record that is edited by adding versions. The newest version whose
 * effectiveFrom has come governs from then on, so an edit takes over from its own effectiveFrom
 * and the older version still governs the time before it.
 */
export type Versioned = { lineageId: string; version: number };

/** `retired`: no longer offered, but kept so past answers about it can be reproduced. */
export type TaskFact = { id: string; code: string; name: string; category: TaskCategory; providerOnly: boolean; parentId: string | null; retired: boolean };

export type PersonFact = { id: string; name: string; credentialTier: string };

export type LocationFact = { id: string; name: string; state: string; timeZone: string };

export type StateRuleFact = Effective & Versioned & {
  id: string;
  state: string;
  taskId: string;
  /** Null: applies to every MA credential tier. */
  credentialTier: string | null;
  outcome: RuleOutcome;
  supervisionLevel: SupervisionLevel;
  /** Provider types allowed to supervise or delegate; empty means the rule names none. */
  supervisorTypes: string[];
  minTrainingHours: number | null;
  minProcedureCount: number | null;
  /** Certifications of which the MA must hold one; empty means none required. */
  acceptedCertifications: string[];
  citation: string;
  sourceUrl: string;
  lastVerifiedAt: Date;
  lastVerifiedBy: string;
};

export type PolicyFact = Effective & Versioned & {
  id: string;
  /** Null: organization-wide; a location's own policy overrides it there. */
  locationId: string | null;
  taskId: string;
  maMayPerform: boolean;
  minSupervisionLevel: SupervisionLevel | null;
  requiresCompetency: boolean;
  revalidationMonths: number | null;
  documentRef: string | null;
};

export type StatusChange = { status: AuthorizationStatus; at: Date; reason: string | null; byName: string };

export type AuthorizationFact = Effective & {
  id: string;
  taskId: string;
  locationId: string;
  locationName: string;
  conditions: string | null;
  grantedByName: string;
  /** Oldest first. The status at a moment is the last change at or before it. */
  history: StatusChange[];
};

/** Corrections add versions; the newest version of a lineage is the record. */
export type RecordFact = Versioned & {
  id: string;
  kind: RecordKind;
  title: string;
  taskIds: string[];
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  completedAt: Date;
  expiresAt: Date | null;
  validatedByName: string | null;
};

/** A weekly window in the location's time zone: minutes after local midnight, end exclusive. */
export type ScheduleWindow = { weekday: number; startMinute: number; endMinute: number };

export type ArrangementFact = Effective & Versioned & {
  id: string;
  locationId: string;
  supervisor: { id: string; name: string; providerType: string | null };
  level: SupervisionLevel;
  allMedicalAssistants: boolean;
  superviseeIds: string[];
  allClinicalTasks: boolean;
  taskIds: string[];
  windows: ScheduleWindow[];
};

export type Settings = { ruleStaleAfterDays: number; expiringSoonDays: number };

export const DEFAULT_SETTINGS: Settings = { ruleStaleAfterDays: 365, expiringSoonDays: 30 };

/** Everything known about one person at one location: enough to decide every task there. */
export type Facts = {
  settings: Settings;
  person: PersonFact;
  location: LocationFact;
  tasks: TaskFact[];
  rules: StateRuleFact[];
  policies: PolicyFact[];
  /** This person's authorizations at every location, so an answer can say "you are authorized at X, not here". */
  authorizations: AuthorizationFact[];
  records: RecordFact[];
  arrangements: ArrangementFact[];
};

export type ClearanceRequest = { personId: string; taskId: string; locationId: string; moment: Date };
