import { hasRole, type Actor } from "@/lib/access/policy";
import { recordAuditEvent, type AuditContext } from "@/lib/audit/mutations";

/**
 * An auditor's reading of a report about people is itself on the record, as their views of a
 * person's records are: which report, with which filters (and whose decision, for one decision).
 */
export async function recordAuditorReportView(actor: Actor, context: AuditContext, entry: string, filters: Record<string, unknown>, personId: string | null = null): Promise<void> {
  if (!hasRole(actor, "auditor")) return;
  await recordAuditEvent(context, { action: "report.viewed", entityType: "Report", entityId: null, personId, after: { entry, filters } });
}

/** A report served to an integration (or a person through the API): every call is on the record, with what it asked. */
export async function recordReportServed(context: AuditContext, entry: string, filters: Record<string, unknown>): Promise<void> {
  await recordAuditEvent(context, { action: "report.served", entityType: "Report", entityId: null, after: { entry, filters } });
}
