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
