import type { Instrumentation } from "next";

/**
 * Runs once when the server starts: the reminder worker, inside the app's process, so that the
 * embedded database (one process only) gets reminders from `npm start` alone. Next to a server
 * database, run it as its own process (`npm run worker`) and set CLEARED_WORKER=off here, or keep
 * both: the database, not the worker, decides what is sent, so two workers never send twice.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CLEARED_WORKER === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ databaseDriver }, { startInProcessWorker }] = await Promise.all([import("./lib/db/client"), import("./lib/notification/in-process")]);
  await startInProcessWorker(databaseDriver());
}

/**
 * Every error Next.js itself catches (a page that failed to render, a route or action that threw)
 * as one JSON log line with the request id, so it can be found from the X-Request-Id a person or a
 * load balancer reports. The path is logged without its query, which can hold search terms (names).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { isDatabaseUnavailable }, { REQUEST_ID_HEADER }] = await Promise.all([
    import("./lib/log/logger"),
    import("./lib/db/unavailable"),
    import("./lib/log/request-id"),
  ]);
  const id = request.headers[REQUEST_ID_HEADER];
  const fields = {
    err: error,
    requestId: typeof id === "string" ? id : undefined,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    routeType: context.routeType,
  };
  if (isDatabaseUnavailable(error)) logger.warn(fields, "The database is unavailable; the request failed");
  else logger.error(fields, "A request failed with an unexpected error");
};
