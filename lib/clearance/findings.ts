import type { SupervisionLevel } from "./facts";

/**
 * What each factor found, as data: a code saying why and the values a sentence needs. The factor
 * evaluators (factor-*.ts) produce findings and never words; wording.ts and next-steps.ts turn
 * them into sentences, so wording (and translation) changes without touching the rules.
 */
export type FactorKey = "state_law" | "employer_policy" | "training" | "supervision";
export type FactorStatus = "met" | "not_met" | "unknown";

/** What a finding rests on, named by a label that is data like a detail: wording.ts says it in the language asked for. */
export type Evidence = {
  kind: "state_rule" | "employer_policy" | "authorization" | "record" | "arrangement" | "supervisor" | "employment" | "exception";
  id: string;
  label: EvidenceLabel;
  version?: number;
  citation?: string;
  sourceUrl?: string;
};

/** A supervisor named in a finding: how an answer addresses them. */
export type SupervisorRef = { id: string; name: string; providerType: string | null; schedule: string };

export type EvidenceLabel =
  | { code: "state_rule"; state: string; version: number }
  /** The policy's own document reference when it has one, else its version. */
  | { code: "employer_policy"; documentRef: string | null; version: number }
  | { code: "employment"; location: string }
  | { code: "authorization"; location: string }
  | { code: "record"; title: string }
  /** An arrangement by its supervisor's name and schedule; the supervisor by how answers address them. */
  | { code: "arrangement" | "supervisor"; supervisor: SupervisorRef }
  | { code: "closure"; location: string; reason: string }
  | { code: "absence"; supervisor: SupervisorRef; reason: string };

type Task = { task: string };

/** When an exception ends on the location's calendar: the last day of whole days away, or a time (and the date, when not today). */
export type LocalEnd = { lastDay: string } | { date: string | null; time: string };

/** Who the plan puts here next today, once an absence or closure allows, and from when ("13:00"). */
export type NextCover = { supervisor: SupervisorRef; time: string } | null;

export type StateLawDetail =
  | ({ code: "unregulated"; state: string } & Task)
  | ({ code: "no_rule"; state: string } & Task)
  | ({ code: "prohibited"; state: string; tier: string | null; citation: string } & Task)
  | ({ code: "not_addressed"; state: string; citation: string } & Task)
  | ({ code: "stale"; state: string; citation: string; verifiedOn: string; ageDays: number } & Task)
  | { code: "allowed"; state: string; citation: string; conditional: boolean };

export type EmployerDetail =
  | ({ code: "policy_excludes"; documentRef: string | null; location: string | null } & Task)
  | ({ code: "not_employed"; location: string; endedOn: string | null } & Task)
  | { code: "authorized"; grantedBy: string; location: string; from: string; lastDay: string | null; conditions: string | null }
  | ({ code: "suspended" | "revoked"; location: string; on: string; by: string; reason: string | null } & Task)
  | ({ code: "not_yet_effective"; location: string; from: string } & Task)
  | ({ code: "ended"; location: string; lastDay: string } & Task)
  | ({ code: "other_location"; location: string; elsewhere: string } & Task)
  | ({ code: "no_authorization"; location: string } & Task);

/** One prerequisite, met or missing. */
export type Need =
  | { code: "hours"; need: number; have: number }
  | { code: "procedures"; need: number; have: number }
  | { code: "certification"; certification: string }
  | { code: "certification_lapsed"; certification: string; expiredOn: string }
  | { code: "certification_missing"; accepted: string[] }
  | { code: "competency"; on: string; by: string | null }
  | { code: "competency_revalidation"; months: number; last: string }
  | ({ code: "competency_expired"; expiredOn: string } & Task)
  | ({ code: "competency_unsigned"; recordedOn: string } & Task)
  | ({ code: "competency_missing" } & Task);

export type TrainingDetail = ({ code: "no_prerequisites" } & Task) | { code: "missing"; missing: Need[] } | { code: "documented"; achieved: Need[] };

export type SupervisionDetail =
  | ({ code: "requirement_unknown"; state: string } & Task)
  | ({ code: "not_required" } & Task)
  | ({ code: "present"; supervisor: SupervisorRef; required: SupervisionLevel } & Task)
  /**
   * `zone` is the zone's English name; `timeZone` (IANA) and `at` (the minute asked about, ISO) let
   * a sentence name it in another language, as it stood then.
   */
  | ({ code: "off_schedule"; weekday: number; minute: number; zone: string; timeZone: string; at: string; required: SupervisionLevel; scheduled: SupervisorRef[]; more: number } & Task)
  /** `onDuty`: the supervisor named is the one the plan has here now, and falls short (not one of another day). */
  | ({ code: "insufficient_level"; supervisor: SupervisorRef; provided: SupervisionLevel; required: SupervisionLevel; onDuty: boolean } & Task)
  | ({ code: "supervisor_type"; supervisor: SupervisorRef; state: string; allowed: string[]; onDuty: boolean } & Task)
  | ({ code: "supervisor_unavailable"; supervisor: SupervisorRef; location: string; why: "not_employed" | "not_provider"; endedOn: string | null; required: SupervisionLevel } & Task)
  | ({ code: "no_arrangement"; location: string; required: SupervisionLevel } & Task)
  | ({ code: "supervisor_absent"; supervisor: SupervisorRef; reason: string; until: LocalEnd; next: NextCover; required: SupervisionLevel } & Task)
  | ({ code: "location_closed"; location: string; reason: string; until: LocalEnd; next: NextCover; required: SupervisionLevel } & Task)
  | ({ code: "not_checked_in"; supervisor: SupervisorRef; checkedOutAt: string | null; required: SupervisionLevel } & Task);

export type ProviderOnlyDetail = { code: "provider_only" } & Task;

export type Detail = StateLawDetail | EmployerDetail | TrainingDetail | SupervisionDetail | ProviderOnlyDetail;

export type Notice =
  | ({ code: "authorization_ends"; lastDay: string } & Task)
  | ({ code: "revalidation_due"; due: string } & Task)
  | { code: "record_expires"; title: string; expiresOn: string };

export type Finding = { key: FactorKey; status: FactorStatus; detail: Detail; evidence: Evidence[]; notices: Notice[] };

export function finding(key: FactorKey, status: FactorStatus, detail: Detail, evidence: Evidence[] = [], notices: Notice[] = []): Finding {
  return { key, status, detail, evidence, notices };
}
