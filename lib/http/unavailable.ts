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
