import { authenticatedRoute, authorizeLocations } from "@/lib/auth/guard";
import { countRecords, DOCUMENT_MAX_ROWS, prepareRecordsExport } from "@/lib/export/records-export";
import { recordExportSchema } from "@/lib/export/schema";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { requestLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/** GET /api/export/records/count?<same filters>: how many records, CSV rows and PDF report rows the export will hold (the limit is on the last), before it starts. */
export const GET = authenticatedRoute(async (request, actor) => {
  const parsed = recordExportSchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { locale: await requestLocale(actor) });
  const locations = await authorizeLocations(actor, "report.read", parsed.data.location, "GET /api/export/records/count");
  if (!locations) return problem(404, "Not found", "No such location, or no access to it.");
  const { records, rows, documentRows } = await countRecords(await prepareRecordsExport(parsed.data, locations));
  return Response.json({ count: records, rows, documentRows, documentLimit: DOCUMENT_MAX_ROWS }, { headers: { "Cache-Control": "no-store" } });
});
