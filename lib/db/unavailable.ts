/**
 * Is this error the database being out of reach (a restart, a failover, a dropped connection, a
 * full pool) rather than a fault in the request or the code? Those answer 503 with Retry-After and
 * a message that says to try again; everything else keeps its own handling. One pure decision, so
 * that routes, actions and pages agree on it.
 *
 * The shapes come from what the drivers actually throw (tests/unit/db/unavailable.test.ts holds the
 * captured errors): node-postgres errors with a SQLSTATE or a socket code, its own code-less
 * "Connection terminated ..." errors (which Prisma passes through, adding `clientVersion`), and
 * Prisma errors whose `meta.driverAdapterError.cause` carries the adapter's classification.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(matches);
}

/** What a page's error boundary can still read in production, where the message is stripped. */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

/** Thrown in place of a driver error so that app/error.tsx can tell the person what happened. */
export class DatabaseUnavailableError extends Error {
  readonly digest = DATABASE_UNAVAILABLE_DIGEST;
  constructor(cause: unknown) {
    super("The database is unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/**
 * For pages: the same failure, rethrown as DatabaseUnavailableError so that its digest reaches
 * app/error.tsx; anything else is rethrown untouched.
 */
export async function unavailableAsDigest<T>(run: Promise<T>): Promise<T> {
  try {
    return await run;
  } catch (error) {
    throw isDatabaseUnavailable(error) && !(error instanceof DatabaseUnavailableError) ? new DatabaseUnavailableError(error) : error;
  }
}

// Class 08 is "connection exception"; 57P01-57P03 are the server shutting down, crashing or
// starting up; 53300 is "too many connections", which a failover's reconnect storm produces.
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);
// adapter-pg's names for socket failures and SQLSTATE 53300.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma's own: can't reach the server, timed out reaching it, server closed the connection,
// timed out waiting for a connection from the pool.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
// node-postgres and pg-pool raise these without any code.
const DRIVER_MESSAGES = /^(Connection terminated( unexpectedly| due to connection timeout)?|timeout exceeded when trying to connect|Client has encountered a connection error and is not queryable)$/;

type Shape = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; name?: unknown };

function matches(shape: Shape): boolean {
  const code = typeof shape.code === "string" ? shape.code : undefined;
  if (code && (SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof shape.originalCode === "string" && SQLSTATE.test(shape.originalCode)) return true;
  if (typeof shape.kind === "string" && ADAPTER_KINDS.has(shape.kind)) return true;
  // P-codes only on Prisma's errors: a SQLSTATE never starts with P, but a user code might.
  if (code && PRISMA_CODES.has(code) && typeof shape.name === "string" && shape.name.startsWith("PrismaClient")) return true;
  if (shape.name === "DatabaseUnavailableError") return true;
  return typeof shape.message === "string" && DRIVER_MESSAGES.test(shape.message);
}

/** The error, what it wraps (cause, AggregateError's errors, Prisma's adapter error), a few levels deep. */
function causes(error: unknown): Shape[] {
  const found: Shape[] = [];
  const queue: unknown[] = [error];
  while (queue.length > 0 && found.length < 20) {
    const next = queue.shift();
    if (next === null || typeof next !== "object" || found.includes(next as Shape)) continue;
    found.push(next as Shape);
    const e = next as { cause?: unknown; errors?: unknown; meta?: { driverAdapterError?: unknown } };
    queue.push(e.cause, e.meta?.driverAdapterError);
    if (Array.isArray(e.errors)) queue.push(...e.errors);
  }
  return found;
}
