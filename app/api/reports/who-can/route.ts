import { authenticatedRoute, authorizeLocations, requestContext } from "@/lib/auth/guard";
import { momentAt } from "@/lib/clearance/check";
import { csvStream } from "@/lib/csv/write";
import { newId } from "@/lib/db/ids";
import { exportResponse } from "@/lib/export/response";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { AS_OF_CSV_HEADER } from "@/lib/report/as-of";
import { whoCanCsvRows } from "@/lib/report/data";
import { whoCanQuerySchema } from "@/lib/report/schema";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export const dynamic = "force-dynamic";

/** GET /api/reports/who-can?task=&location=&date=&time= : who could do one task at one moment, as CSV. */
export const GET = authenticatedRoute(async (request, actor) => {
  const parsed = whoCanQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { detail: "Check the task, location, date and time." });
  const { task: taskId, location: locationId, date, time, known } = parsed.data;
  const locations = await authorizeLocations(actor, "report.read", locationId ? [locationId] : [], "GET /api/reports/who-can");
  if (!locations) return problem(404, "Not found", "No such location, or no access to it.");
  const task = (await listTasks({ includeRetired: true })).find((t) => t.id === taskId);
  if (!task) return problem(400, "Invalid query", "Choose a task.", [{ field: "task", message: "Choose a task from the list." }]);
  const location = locations[0]!;
  const now = new Date();
  const moment = momentAt(date || undefined, time || undefined, location.timeZone, now);
  const wall = wallClock(moment, location.timeZone);
  return exportResponse(
    {
      exportId: newId(),
      kind: "who-can.csv",
      fileName: `who-can-${task.code}-${wall.date}-${wall.time.replace(":", "")}.csv`,
      contentType: "text/csv; charset=utf-8",
      filters: { task: task.id, location: location.id, moment: moment.toISOString(), date: date || null, time: time || null, known },
    },
    csvStream(AS_OF_CSV_HEADER, whoCanCsvRows({ location, moment, known }, task.id, now)),
    await requestContext(actor),
  );
}, { limit: "export" });
