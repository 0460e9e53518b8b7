import { daysBetween } from "@/lib/time/calendar";

/**
 * Competency records as read for an export: each record's version as known at the "as of"
 * moment, with the person, the selected locations they work at, the tasks it covers, the
 * validator's sign-off and the evidence files with their SHA-256. Pure.
 */
export type RecordKind = "training" | "competency" | "certification";
export type RecordStatus = "current" | "expiring" | "expired";

export type EvidenceSummary = { id: string; name: string; sha256: string; bytes: number };
export type RecordTask = { id: string; name: string; parentId: string | null };

export type ExportedRecord = {
  lineageId: string;
  version: number;
  person: { id: string; name: string; employeeId: string | null };
  /** The person's locations among those exported. */
  locations: { id: string; name: string }[];
  kind: RecordKind;
  title: string;
  tasks: RecordTask[];
  trainingProvider: string | null;
  hours: number | null;
  procedureCount: number | null;
  certificationType: string | null;
  /** Calendar dates; `expiresOn` is the first day the record no longer counts. */
  completedOn: string;
  expiresOn: string | null;
  validator: { id: string; name: string } | null;
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
