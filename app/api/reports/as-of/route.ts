import { authenticatedRoute, authorizeLocations, requestContext } from "@/lib/auth/guard";
import { momentAt } from "@/lib/clearance/check";
import { csvStream } from "@/lib/csv/write";
import { newId } from "@/lib/db/ids";
import { exportResponse } from "@/lib/export/response";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { AS_OF_CSV_HEADER } from "@/lib/report/as-of";
import { asOfCsvRows } from "@/lib/report/data";
import { asOfQuerySchema } from "@/lib/report/schema";
import { wallClock } from "@/lib/time/zoned";

export const dynamic = "force-dynamic";

/**
 * GET /api/reports/as-of?location=…&date=&time= : "Clearances as of" as CSV, one row per medical
 * assistant × task × location, with the evidence ids and rule versions each answer used.
 */
export const GET = authenticatedRoute(async (request, actor) => {
  const parsed = asOfQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { detail: "Check the locations, date and time." });
  const locations = await authorizeLocations(actor, "report.read", parsed.data.location, "GET /api/reports/as-of");
  if (!locations) return problem(404, "Not found", "No such location, or no access to it.");
  const { date, time, known } = parsed.data;
  const now = new Date();
  const requests = locations.map((location) => ({ location, moment: momentAt(date || undefined, time || undefined, location.timeZone, now), known }));
  const first = requests[0]!;
  const wall = wallClock(first.moment, first.location.timeZone);
  return exportResponse(
    {
      exportId: newId(),
      kind: "as-of.csv",
      fileName: `clearances-as-of-${wall.date}-${wall.time.replace(":", "")}.csv`,
      contentType: "text/csv; charset=utf-8",
      filters: { locations: requests.map((r) => ({ id: r.location.id, moment: r.moment.toISOString() })), date: date || null, time: time || null, known },
    },
    csvStream(AS_OF_CSV_HEADER, asOfCsvRows(requests, now)),
    await requestContext(actor),
  );
}, { limit: "export" });
