import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import type { Logger } from "@/lib/log/logger";
import { problem } from "./problem";

/** Long enough for a restart or a failover to finish, short enough that nobody gives up. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The answer while the database is out of reach (lib/db/unavailable.ts decides): 503, not 500, so
 * that clients and load balancers retry instead of reporting a bug.
 */
export function databaseUnavailableResponse(): Response {
  const answer = problem(503, "Database unavailable", "The database is unavailable; try again shortly.");
  answer.headers.set("Retry-After", String(DATABASE_RETRY_AFTER_SECONDS));
  return answer;
}

/**
 * Runs a route handler; a database that is out of reach becomes the 503 above (logged as a warning,
 * since it is the database's state, not a bug here), and every other error goes on to Next.js as
 * before.
 */
export async function answerUnavailable(run: () => Promise<Response>, log: () => Promise<Logger>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    (await log()).warn({ err: error }, "The database is unavailable; answered 503 with Retry-After");
    return databaseUnavailableResponse();
  }
}
