import { certificationLabel } from "@/lib/person/credentials";
import type { ReportEntry } from "./report";
import { KIND_WORDS, STATUS_WORDS, authorizationText, AUTHORIZATION_WORDS } from "./wording";

/**
 * The report as CSV: one row per location, medical assistant, task and record (a record naming no
 * task is one row with the task empty). Dates are calendar days on the location's calendar; times
 * are on the location's clock with the zone's abbreviation, and `time_zone` names the zone. Pure.
 */
export const REPORT_COLUMNS = [
  "location",
  "time_zone",
  "person",
  "employee_id",
  "task",
  "authorization",
  "authorized_by",
  "authorized_from",
  "authorized_until",
  "authorization_detail",
  "record_id",
  "version",
  "kind",
  "title",
  "training_provider",
  "hours",
  "procedure_count",
  "certification_type",
  "completed_on",
  "expires_on",
  "status_as_of",
  "validated_by",
  "validator_credentials",
  "validation_method",
  "validated_at",
  "recorded_at",
  "correction_reason",
  "evidence_files",
  "evidence_sha256",
] as const;

const list = (values: readonly string[]) => values.join("; ");

export function* reportCells(entry: ReportEntry): Generator<unknown[]> {
  const { record, location } = entry;
  const tasks = entry.tasks.length ? entry.tasks : [null];
  for (const task of tasks) {
    const a = task?.authorization;
    yield [
      location.name,
      location.timeZone,
      record.person.name,
      record.person.employeeId,
      task?.name ?? null,
      a ? AUTHORIZATION_WORDS[a.state] : null,
      a?.by ?? null,
      a?.from ?? null,
      a?.until ?? null,
      a && a.state !== "none" ? authorizationText(a) : null,
      record.lineageId,
      record.version,
      KIND_WORDS[record.kind],
      record.title,
      record.trainingProvider,
      record.hours,
      record.procedureCount,
      record.certificationType ? certificationLabel(record.certificationType) : null,
      record.completedOn,
      record.expiresOn,
      STATUS_WORDS[entry.status],
      entry.validator?.name ?? null,
      entry.validator?.credentials ?? null,
      entry.method,
      entry.validatedAt,
      entry.recordedAt,
      record.correctionReason,
      list(record.evidence.map((e) => e.name)),
      list(record.evidence.map((e) => e.sha256)),
    ];
  }
}
