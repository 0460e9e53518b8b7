import { daysBetween } from "@/lib/time/calendar";

/**
 * Competency records as exported: one row per record (its version as known at the "as of"
 * moment), with the person, their locations, the tasks it covers, the validator's sign-off and
 * the evidence files with their SHA-256. Pure.
 */
export type RecordKind = "training" | "competency" | "certification";
export type RecordStatus = "current" | "expiring" | "expired";

export type EvidenceSummary = { id: string; name: string; sha256: string; bytes: number };

export type ExportedRecord = {
  lineageId: string;
  version: number;
  person: { id: string; name: string; employeeId: string | null };
  locations: string[];
  kind: RecordKind;
  title: string;
  tasks: string[];
  trainingProvider: string | null;
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  /** Calendar dates; `expiresOn` is the first day the record no longer counts. */
  completedOn: string;
  expiresOn: string | null;
  validator: string | null;
  validationMethod: string | null;
  validatedAt: Date | null;
  recordedAt: Date;
  correctionReason: string | null;
  evidence: EvidenceSummary[];
};

export const EXPIRING_WITHIN_DAYS = 90;

/** A record's status on a calendar date. */
export function recordStatus(expiresOn: string | null, on: string): RecordStatus {
  if (!expiresOn) return "current";
  if (expiresOn <= on) return "expired";
  return daysBetween(on, expiresOn) <= EXPIRING_WITHIN_DAYS ? "expiring" : "current";
}

export const RECORD_COLUMNS = [
  "person",
  "employee_id",
  "locations",
  "record_id",
  "version",
  "kind",
  "title",
  "tasks",
  "training_provider",
  "hours",
  "procedure_count",
  "certification_type",
  "completed_on",
  "expires_on",
  "status_as_of",
  "validator",
  "validation_method",
  "validated_at",
  "recorded_at",
  "correction_reason",
  "evidence_files",
  "evidence_sha256",
] as const;

const list = (values: readonly string[]) => values.join("; ");

/** Dates are calendar days; instants are ISO 8601 in UTC. `asOfDate`: the calendar date statuses are read on. */
export function recordCells(record: ExportedRecord, asOfDate: string): unknown[] {
  return [
    record.person.name,
    record.person.employeeId,
    list(record.locations),
    record.lineageId,
    record.version,
    record.kind,
    record.title,
    list(record.tasks),
    record.trainingProvider,
    record.hours,
    record.procedureCount,
    record.certificationType,
    record.completedOn,
    record.expiresOn,
    recordStatus(record.expiresOn, asOfDate),
    record.validator,
    record.validationMethod,
    record.validatedAt,
    record.recordedAt,
    record.correctionReason,
    list(record.evidence.map((e) => e.name)),
    list(record.evidence.map((e) => e.sha256)),
  ];
}
