import type { Version } from "@/lib/version/governing";

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

/**
 * A version of a fact, with its valid time (calendar dates "YYYY-MM-DD" on the location's calendar,
 * end exclusive) and record time. Which version governs a moment: lib/version/governing.ts.
 */
export type Dated = Version;

/** A fact edited by adding versions that share a lineage. */
export type Versioned = Version & { lineageId: string };

/** `retired`: no longer offered, but kept so past answers about it can be reproduced. */
export type TaskFact = { id: string; code: string; name: string; category: TaskCategory; providerOnly: boolean; parentId: string | null; retired: boolean };

/** A person's tier from a date on. */
export type TierVersion = Dated & { credentialTier: string };

/** A period of work at the location the facts are for (effectiveFrom: first day; effectiveTo: first day after). */
export type EmploymentVersion = Versioned;

/** A person's provider type from a date on; null: not a provider from then. */
export type ProviderVersion = Dated & { providerType: string | null };

export type PersonFact = { id: string; name: string; tiers: TierVersion[]; employment: EmploymentVersion[] };

/**
 * The location's state, zone and check-in setting from an instant on (valid time is an ISO instant
 * here: the zone is what changes). `requiresCheckIn`: on-site supervision counts only while the
 * provider has checked in.
 */
export type LocationVersionFact = Dated & { state: string; timeZone: string; requiresCheckIn: boolean };

/** `state` and `timeZone`: the version governing the moment the facts were loaded for; the engine reads `versions`. */
export type LocationFact = { id: string; name: string; state: string; timeZone: string; versions: LocationVersionFact[] };

export type StateRuleFact = Versioned & {
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
  lastVerifiedOn: string;
  lastVerifiedBy: string;
};

export type PolicyFact = Versioned & {
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

/** A status from an instant on (valid time: ISO instant), as entered at `recordedAt`. */
export type StatusChange = Dated & { status: AuthorizationStatus; reason: string | null; byName: string };

export type AuthorizationFact = {
  id: string;
  taskId: string;
  locationId: string;
  locationName: string;
  /** First day in force and first day no longer in force, on the location's calendar. */
  effectiveFrom: string;
  effectiveTo: string | null;
  conditions: string | null;
  grantedByName: string;
  /** The status at a moment is the governing change (see governing.ts). */
  history: StatusChange[];
};

/**
 * One version of a record. Valid time: from its completion date until it is withdrawn
 * (`effectiveTo`); corrections and withdrawals supersede the version before them.
 */
export type RecordFact = Versioned & {
  id: string;
  kind: RecordKind;
  title: string;
  taskIds: string[];
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  completedOn: string;
  /** The first day it no longer counts. */
  expiresOn: string | null;
  /** The validator who signed a competency off; a competency without one counts for nothing. */
  validatedByName: string | null;
};

/** A weekly window in the location's time zone: minutes after local midnight, end exclusive (up to 1440). */
export type ScheduleWindow = { weekday: number; startMinute: number; endMinute: number };

export type ArrangementFact = Versioned & {
  id: string;
  locationId: string;
  supervisorId: string;
  level: SupervisionLevel;
  allMedicalAssistants: boolean;
  /** Among the people the facts were loaded for, who this version names. */
  superviseeIds: string[];
  allClinicalTasks: boolean;
  taskIds: string[];
  windows: ScheduleWindow[];
  /** Set for an extra session (an exception standing in for an arrangement): its interval instead of windows. */
  session?: { startsAt: string; endsAt: string; reason: string };
};

export const EXCEPTION_KINDS = ["absence", "extra_session", "closure"] as const;
export type ExceptionKind = (typeof EXCEPTION_KINDS)[number];

/**
 * A version of an exception to the weekly plan at the location: a provider away, a provider covering
 * an extra session (for every MA and clinical task there, at `level`), or the location closed. Its
 * valid time is its interval of instants (ISO strings, end exclusive); every later version corrects
 * the one before, and a cancelled one counts for nothing.
 */
export type ExceptionFact = Versioned & {
  id: string;
  kind: ExceptionKind;
  /** Null for a closure. */
  providerId: string | null;
  level: SupervisionLevel | null;
  reason: string;
  allDay: boolean;
  cancelled: boolean;
};

/** A provider's "I'm on site" or "I'm leaving" at the location, at the instant said. */
export type PresenceFact = { providerId: string; kind: "check_in" | "check_out"; at: Date };

/** A supervisor as the arrangements at the location need them: type and employment there, over time. */
export type SupervisorFact = { id: string; name: string; providerRoles: ProviderVersion[]; employment: EmploymentVersion[] };

export type Settings = { ruleStaleAfterDays: number; expiringSoonDays: number };

export const DEFAULT_SETTINGS: Settings = { ruleStaleAfterDays: 365, expiringSoonDays: 30 };

/** Everything known about one person at one location, as known at `knownAt`: enough to decide every task there. */
export type Facts = {
  knownAt: Date;
  settings: Settings;
  person: PersonFact;
  location: LocationFact;
  tasks: TaskFact[];
  rules: StateRuleFact[];
  policies: PolicyFact[];
  /** This person's authorizations at every location, so an answer can say "you are authorized at X, not here". */
  authorizations: AuthorizationFact[];
  records: RecordFact[];
  /** Every version of every arrangement lineage at the location that ever covered all MAs or named the person. */
  arrangements: ArrangementFact[];
  /** Supervisors of the arrangements and of the extra sessions. */
  supervisors: SupervisorFact[];
  /** Every version of the exceptions at the location that overlap `span`. */
  exceptions: ExceptionFact[];
  /** Check-ins and check-outs at the location within `span`. */
  presence: PresenceFact[];
  /**
   * The instants exceptions and check-ins were loaded for (a day's margin either side of the moments
   * asked about); null when everything was (facts built by hand). The engine refuses a moment
   * outside it rather than answer without the exceptions of that time.
   */
  span: { from: Date; to: Date } | null;
};

export type ClearanceRequest = { personId: string; taskId: string; locationId: string; moment: Date };
