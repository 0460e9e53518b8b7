import { authorizeLocations } from "@/lib/auth/guard";
import { countRecords, DOCUMENT_MAX_RECORDS, prepareRecordsExport } from "@/lib/export/records-export";
import { recordExportSchema } from "@/lib/export/schema";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";

export const dynamic = "force-dynamic";

/** GET /api/export/records/count?<same filters>: how many records the export will hold, before it starts. */
export async function GET(request: Request) {
  const parsed = recordExportSchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error);
  const access = await authorizeLocations("report.read", parsed.data.location, "GET /api/export/records/count");
  if (!access.ok) return access.status === 401 ? problem(401, "Not signed in") : problem(404, "Not found", "No such location, or no access to it.");
  const count = await countRecords(await prepareRecordsExport(parsed.data, access.locations));
  return Response.json({ count, documentLimit: DOCUMENT_MAX_RECORDS }, { headers: { "Cache-Control": "no-store" } });
}
