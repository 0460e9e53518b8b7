import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { DATABASE_UNAVAILABLE_DIGEST, DatabaseUnavailableError, isDatabaseUnavailable, unavailableAsDigest } from "@/lib/db/unavailable";
import { answerUnavailable } from "@/lib/http/unavailable";
import { createLogger } from "@/lib/log/logger";

/**
 * Each error below is the shape a real failure produced (captured with a probe against PostgreSQL
 * 127.0.0.1:5432: a closed port, a TCP proxy cut mid-query, pg_terminate_backend, a hung server),
 * rebuilt with the same classes and fields.
 */
const prismaError = (code: string, message: string, cause: Record<string, unknown>) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: "7.10.0", meta: { driverAdapterError: { name: "DriverAdapterError", cause } } });

// node-postgres adds the SQLSTATE fields to a plain Error (DatabaseError) and Prisma passes its
// code-less socket errors through with only `clientVersion` added.
const withFields = (message: string, fields: Record<string, unknown>) => Object.assign(new Error(message), fields);

const unavailable: [string, unknown][] = [
  ["a closed port, raw query (P2010 wrapping DatabaseNotReachable)", prismaError("P2010", "Raw query failed. Code: `N/A`. Message: `Can't reach database server at 127.0.0.1:5999`", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 })],
  ["a closed port, model query (P1001)", prismaError("P1001", "Can't reach database server at 127.0.0.1:5999", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5999 })],
  ["a connection cut mid-query", withFields("Connection terminated unexpectedly", { clientVersion: "7.10.0" })],
  ["a server that accepts but never answers", withFields("Connection terminated due to connection timeout", { clientVersion: "7.10.0", cause: new Error("Connection terminated unexpectedly") })],
  ["a full pool", new Error("timeout exceeded when trying to connect")],
  ["pg_terminate_backend (57P01 through Prisma)", prismaError("P2010", "Raw query failed. Code: `57P01`. Message: `terminating connection due to administrator command`", { originalCode: "57P01", originalMessage: "terminating connection due to administrator command", kind: "postgres", code: "57P01", severity: "FATAL", message: "terminating connection due to administrator command" })],
  ["pg_terminate_backend (57P01 from node-postgres)", withFields("terminating connection due to administrator command", { name: "error", severity: "FATAL", code: "57P01", routine: "ProcessInterrupts" })],
  ["a server starting up (57P03)", withFields("the database system is starting up", { severity: "FATAL", code: "57P03" })],
  ["a connection exception (08006)", withFields("connection failure", { severity: "FATAL", code: "08006" })],
  ["too many connections (TooManyConnections)", prismaError("P2037", "Too many database connections opened", { kind: "TooManyConnections", cause: "sorry, too many clients already" })],
  ["ECONNREFUSED from the pool", withFields("connect ECONNREFUSED 127.0.0.1:5999", { code: "ECONNREFUSED", errno: -111, syscall: "connect", address: "127.0.0.1", port: 5999 })],
  ["ECONNRESET", withFields("read ECONNRESET", { code: "ECONNRESET", errno: -104, syscall: "read" })],
  ["both address families refused (AggregateError)", Object.assign(new AggregateError([withFields("connect ECONNREFUSED ::1:5432", { code: "ECONNREFUSED" }), withFields("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED" })], ""), {})],
  ["Prisma's pool timeout (P2024)", new Prisma.PrismaClientKnownRequestError("Timed out fetching a new connection from the connection pool.", { code: "P2024", clientVersion: "7.10.0" })],
  ["the app's own wrapper", new DatabaseUnavailableError(new Error("Connection terminated unexpectedly"))],
];

const other: [string, unknown][] = [
  ["a missing table (P2021, captured)", prismaError("P2021", "The table `public.User` does not exist in the current database.", { originalCode: "42P01", originalMessage: 'relation "public.User" does not exist', kind: "TableDoesNotExist", table: "public.User" })],
  ["a unique violation (P2002)", prismaError("P2002", "Unique constraint failed on the fields: (`email`)", { kind: "UniqueConstraintViolation", constraint: { fields: ["email"] } })],
  ["a SQL error (42601) from node-postgres", withFields('syntax error at or near "SELEC"', { severity: "ERROR", code: "42601" })],
  ["a serialization failure (40001), which is retried elsewhere", withFields("could not serialize access", { severity: "ERROR", code: "40001" })],
  ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
  ["a message that only mentions a connection", new Error("Connection terminated unexpectedly while importing row 3")],
  ["a P-code on something other than Prisma's errors", withFields("custom", { code: "P1001" })],
  ["a string", "Connection terminated unexpectedly"],
  ["null", null],
];

describe("isDatabaseUnavailable", () => {
  it.each(unavailable)("recognizes %s", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each(other)("leaves %s to the usual handling", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it("finds the cause a few wrappers deep", () => {
    const wrapped = new Error("loading the dashboard failed", { cause: new Error("step 2", { cause: withFields("connect ECONNREFUSED", { code: "ECONNREFUSED" }) }) });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("stops on an error that is its own cause", () => {
    const loop = new Error("loop") as Error & { cause?: unknown };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });

  it("gives the wrapper a digest that survives production's message stripping", () => {
    expect(new DatabaseUnavailableError(null).digest).toBe(DATABASE_UNAVAILABLE_DIGEST);
  });
});

describe("answerUnavailable (route handlers)", () => {
  const log = async () => createLogger(undefined, "silent");
  const refused = withFields("connect ECONNREFUSED 127.0.0.1:5432", { code: "ECONNREFUSED", errno: -111, syscall: "connect" });

  it("answers 503 with Retry-After and problem details when the database is out of reach", async () => {
    const response = await answerUnavailable(() => Promise.reject(refused), log);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toEqual({ type: "about:blank", title: "Database unavailable", status: 503, detail: "The database is unavailable; try again shortly." });
  });

  it("passes the handler's own answer through, and any other error on to Next.js", async () => {
    expect((await answerUnavailable(async () => new Response("ok"), log)).status).toBe(200);
    const bug = new TypeError("not a function");
    await expect(answerUnavailable(() => Promise.reject(bug), log)).rejects.toBe(bug);
  });
});

describe("unavailableAsDigest (pages)", () => {
  it("rethrows a database out of reach with the digest app/error.tsx looks for, keeping the cause", async () => {
    const cut = withFields("Connection terminated unexpectedly", { clientVersion: "7.10.0" });
    const thrown = await unavailableAsDigest(Promise.reject(cut)).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(DatabaseUnavailableError);
    expect(thrown).toMatchObject({ digest: DATABASE_UNAVAILABLE_DIGEST, cause: cut });
  });

  it("leaves other errors and results untouched", async () => {
    const bug = new Error("bug");
    await expect(unavailableAsDigest(Promise.reject(bug))).rejects.toBe(bug);
    await expect(unavailableAsDigest(Promise.resolve(7))).resolves.toBe(7);
  });
});

describe("app/error.tsx", () => {
  const render = async (digest: string | undefined) => {
    const [{ renderIn }, { createElement }, { default: ErrorPage }] = await Promise.all([import("@/tests/support/intl-render"), import("react"), import("@/app/error")]);
    return renderIn("en", createElement(ErrorPage, { error: Object.assign(new Error("stripped in production"), { digest }), retry: () => {} }));
  };

  it("says the database is briefly unavailable for the guard's digest, and not the generic message", async () => {
    const html = await render(DATABASE_UNAVAILABLE_DIGEST);
    expect(html).toContain("The database is briefly unavailable");
    expect(html).toContain("Try again in a few seconds");
    expect(html).not.toContain("Something went wrong");
  });

  it("keeps the generic message, with the reference, for any other error", async () => {
    const html = await render("2948571103");
    expect(html).toContain("Something went wrong");
    expect(html).toContain("reference 2948571103");
    expect(html).not.toContain("database");
  });
});
