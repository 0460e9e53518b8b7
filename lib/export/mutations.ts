import "server-only";
import { recordAuditEvent, type AuditContext } from "@/lib/audit/mutations";

export type ExportOutcome = "export.completed" | "export.cancelled" | "export.failed";

export type ExportRecord = {
  exportId: string;
  kind: string;
  fileName: string;
  filters: Record<string, unknown>;
  sha256: string | null;
  bytes: number;
  /** Hashes of the files inside a bundle, as its manifest lists them. */
  members?: { name: string; sha256: string; bytes: number }[];
};

/** The audit event for an export: the filters used and the SHA-256 of exactly what was sent. */
export async function recordExport(context: AuditContext, outcome: ExportOutcome, record: ExportRecord): Promise<void> {
  const { exportId, ...after } = record;
  await recordAuditEvent(context, { action: outcome, entityType: "Export", entityId: exportId, after });
}
