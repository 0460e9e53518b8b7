import { authorizePersonAt, authorizeTokenLocation, integrationRoute, requestContext } from "@/lib/auth/guard";
import { answerAllTasks, answerOneTask } from "@/lib/clearance/check";
import { apiQuerySchema, type ClearancesResponse } from "@/lib/clearance/schema";
import { invalidQuery, problem } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/clearances?person=&location=&task=&at= : the same answer the app shows, for
 * scheduling and EHR integrations. Without `task`, every current task. Authorized by the session or
 * by an API token with the clearances:read scope.
 */
export const GET = integrationRoute("clearances:read", async (request, actor) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = apiQuerySchema.safeParse(params);
  if (!parsed.success) return invalidQuery(parsed.error);
  const { person, location, task, at } = parsed.data;
  const outside = await authorizeTokenLocation(actor, "clearance.read", location, "GET /api/v1/clearances");
  if (outside) return outside;
  // The person's locations within the actor's reach, as the pages use them: naming a location the
  // actor reaches never opens a person's answers elsewhere, nor an MA's at a place she does not work.
  if (!(await authorizePersonAt(actor, "clearance.read", person, location, "GET /api/v1/clearances"))) return problem(404, "Not found", "No such person or location, or no access to them.");
  const moment = at ?? new Date();
  const context = await requestContext(actor);
  if (task) {
    const answer = await answerOneTask(person, task, location, moment, context, "api");
    if (!answer) return problem(404, "Not found", "No such task.");
    return Response.json({ moment: moment.toISOString(), decisions: [answer.decision] } satisfies ClearancesResponse, { headers: { "Cache-Control": "no-store" } });
  }
  const [all] = await answerAllTasks(person, [location], moment, context, "api");
  return Response.json({ moment: moment.toISOString(), decisions: all?.answers.map((a) => a.decision) ?? [] } satisfies ClearancesResponse, { headers: { "Cache-Control": "no-store" } });
});
