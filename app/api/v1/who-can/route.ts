import { authorizeLocations, authorizeTokenLocation, integrationRoute, requestContext } from "@/lib/auth/guard";
import { invalidQuery, problem } from "@/lib/http/problem";
import { queryObject } from "@/lib/http/query";
import { recordReportServed } from "@/lib/report/mutations";
import { loadWhoCan } from "@/lib/report/data";
import { whoCanApiQuerySchema, type WhoCanApiResponse } from "@/lib/report/schema";
import { listTasks } from "@/lib/task/data";

export const dynamic = "force-dynamic";

const ENTRY = "GET /api/v1/who-can";

/**
 * GET /api/v1/who-can?task=&location=&at= : for schedulers, every MA working at the location then
 * with the engine's answer for the task (cleared first), as the who-can report reconstructs it from
 * what was on record at `at` (default now). Authorized by the session or a who-can:read token.
 */
export const GET = integrationRoute("who-can:read", async (request, actor) => {
  const parsed = whoCanApiQuerySchema.safeParse(queryObject(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error);
  const { task: taskId, location: locationId, at } = parsed.data;
  const outside = await authorizeTokenLocation(actor, "report.read", locationId, ENTRY);
  if (outside) return outside;
  const locations = await authorizeLocations(actor, "report.read", [locationId], ENTRY);
  if (!locations) return problem(404, "Not found", "No such location, or no access to it.");
  const task = (await listTasks({ includeRetired: true })).find((t) => t.id === taskId);
  if (!task) return problem(404, "Not found", "No such task.");
  const now = new Date();
  const moment = at ?? now;
  const rows = await loadWhoCan({ location: locations[0]!, moment }, task.id, now);
  await recordReportServed(await requestContext(actor), ENTRY, { task: task.id, location: locationId, moment: moment.toISOString(), people: rows.length });
  return Response.json(
    {
      moment: moment.toISOString(),
      task: { id: task.id, code: task.code, name: task.name },
      location: { id: locations[0]!.id, name: locations[0]!.name },
      people: rows.map(({ person, answer }) => ({ person: { id: person.id, name: person.name, employeeId: person.employeeId }, decision: answer.decision })),
    } satisfies WhoCanApiResponse,
    { headers: { "Cache-Control": "no-store" } },
  );
});
