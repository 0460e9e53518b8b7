import { authenticatedRoute, authorizeLocations, requestContext } from "@/lib/auth/guard";
import { prepareRecordsExport, recordsExport } from "@/lib/export/records-export";
import { recordExportSchema } from "@/lib/export/schema";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { requestLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/records?location=&person=&task=&kind=&status=&completedFrom=&completedTo=&asOfDate=&asOfTime=&format=&bom=
 * The competency report as CSV, PDF (a table per location) or a ZIP bundle, streamed; the file's SHA-256 goes to the audit trail.
 */
export const GET = authenticatedRoute(async (request, actor) => {
  const locale = await requestLocale(actor);
  const parsed = recordExportSchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { locale });
  const locations = await authorizeLocations(actor, "report.read", parsed.data.location, "GET /api/export/records");
  if (!locations) return problem(404, "Not found", "No such location, or no access to it.");
  const prepared = await prepareRecordsExport(parsed.data, locations);
  const result = await recordsExport(parsed.data, prepared, actor, await requestContext(actor), locale);
  return result.ok ? result.response : problem(422, "Too many records for this format", result.message, undefined, locale);
}, { limit: "export" });
