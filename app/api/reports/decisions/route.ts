import { authenticatedRoute, authorizeLocations, requestContext } from "@/lib/auth/guard";
import { csvStream } from "@/lib/csv/write";
import { newId } from "@/lib/db/ids";
import { decisionCsvRows } from "@/lib/decision/data";
import { decisionFilter, filterRecord } from "@/lib/decision/filter";
import { DECISION_CSV_HEADER } from "@/lib/decision/rows";
import { decisionQuerySchema } from "@/lib/decision/schema";
import { exportResponse } from "@/lib/export/response";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { organizationSettings } from "@/lib/organization/data";

export const dynamic = "force-dynamic";

/** GET /api/reports/decisions?person=&task=&location=&answer=&source=&from=&to= : the decision log as CSV, newest first. */
export const GET = authenticatedRoute(async (request, actor) => {
  const parsed = decisionQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { detail: "Check the filters." });
  const query = parsed.data;
  const locations = await authorizeLocations(actor, "report.read", query.location ? [query.location] : [], "GET /api/reports/decisions");
  if (!locations) return problem(404, "Not found", "No such location, or no access to it.");
  const filter = decisionFilter(query, actor, locations, (await organizationSettings()).timeZone);
  return exportResponse(
    { exportId: newId(), kind: "decisions.csv", fileName: `decision-log-${new Date().toISOString().slice(0, 10)}.csv`, contentType: "text/csv; charset=utf-8", filters: filterRecord(filter) },
    csvStream(DECISION_CSV_HEADER, decisionCsvRows(filter)),
    await requestContext(actor),
  );
}, { limit: "export" });
