import { auditCsvRows, AUDIT_CSV_HEADER } from "@/lib/audit/csv";
import { describedAuditEventsInOrder } from "@/lib/audit/data";
import { activeFilters, auditQuery } from "@/lib/audit/filter";
import { auditFilterSchema } from "@/lib/audit/schema";
import { authenticatedRoute, authorizeRequest, requestContext } from "@/lib/auth/guard";
import { csvStream } from "@/lib/csv/write";
import { newId } from "@/lib/db/ids";
import { exportResponse } from "@/lib/export/response";
import { invalidQuery, problem } from "@/lib/http/problem";
import { organizationSettings } from "@/lib/organization/data";

export const dynamic = "force-dynamic";

/** GET /api/audit/events?<the /audit filters>: the matching events as CSV, streamed, hashed and logged. */
export const GET = authenticatedRoute(async (request, actor) => {
  if (!(await authorizeRequest(actor, "audit.read", async () => ({ kind: "organization" }), "GET /api/audit/events"))) return problem(404, "Not found");
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { title: "Invalid filters" });
  const { timeZone } = await organizationSettings();
  const rows = auditCsvRows(describedAuditEventsInOrder(auditQuery(parsed.data, timeZone), timeZone));
  return exportResponse(
    { exportId: newId(), kind: "audit-events.csv", fileName: "audit-events.csv", contentType: "text/csv; charset=utf-8", filters: activeFilters(parsed.data) },
    csvStream(AUDIT_CSV_HEADER, rows),
    await requestContext(actor),
  );
}, { limit: "export" });
