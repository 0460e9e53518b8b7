import { problem } from "@/lib/http/problem";
import { logger } from "@/lib/log/logger";
import { databaseDriver } from "./client";
import type { Driver } from "./driver";
import { appliedMigrations, migrationNames, projectPaths } from "./migrations";

/**
 * Readiness, as opposed to liveness (GET /api/health): may a load balancer send this instance
 * requests? Only when the database answers and its schema is the one this build expects: an
 * instance started before the release's `npm run db:migrate` finished would fail on new columns.
 */
export type Readiness =
  | { ready: true; migrations: number }
  | { ready: false; reason: "database_unreachable" }
  | { ready: false; reason: "migrations_pending"; pending: number };

/** A probe that hangs is worse than one that fails: the load balancer's own timeout would decide. */
export const READINESS_TIMEOUT_MS = 3_000;

/** Seconds a load balancer (or a script waiting for a release) should wait before asking again. */
export const RETRY_AFTER_SECONDS = 5;

export async function checkReadiness(
  driver: () => Promise<Driver>,
  migrationsDir: string,
  timeoutMs: number = READINESS_TIMEOUT_MS,
): Promise<Readiness> {
  let applied: string[];
  try {
    applied = await withTimeout((async () => appliedMigrations(await driver()))(), timeoutMs);
  } catch (error) {
    // The error names the server and sometimes the connection string: it is never part of the
    // answer, only of the log (where the logger takes out a password).
    logger.warn({ err: error, reason: "database_unreachable" }, "Readiness: the database did not answer; answering 503");
    return { ready: false, reason: "database_unreachable" };
  }
  const done = new Set(applied);
  const pending = migrationNames(migrationsDir).filter((name) => !done.has(name)).length;
  if (pending === 0) return { ready: true, migrations: applied.length };
  logger.warn({ reason: "migrations_pending", pending }, "Readiness: migrations are pending; answering 503");
  return { ready: false, reason: "migrations_pending", pending };
}

/** The app's own database against the migrations folder it was deployed with. */
export function appReadiness(): Promise<Readiness> {
  return checkReadiness(databaseDriver, projectPaths().migrationsDir);
}

/** 200 `{ status: "ready" }`, or 503 problem details saying which check failed, with Retry-After. */
export function readinessResponse(readiness: Readiness): Response {
  if (readiness.ready) return Response.json({ status: "ready" }, { headers: { "Cache-Control": "no-store" } });
  const answer =
    readiness.reason === "database_unreachable"
      ? problem(503, "Database unreachable", "The database did not answer. This instance is not ready; it is retried on the next probe.")
      : problem(
          503,
          "Migrations pending",
          `${readiness.pending} migration${readiness.pending === 1 ? " is" : "s are"} pending: run "npm run db:migrate" (the release step) before sending this instance requests.`,
        );
  answer.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return answer;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
