import pino, { type DestinationStream, type Logger, type LevelWithSilent } from "pino";
import { scrub } from "./scrub";

export type { Logger };

/**
 * The server's one logger: a JSON line per event on stdout (level, time, msg, and fields such as
 * requestId), for whatever collects the container's output. Never written to a log: emails, names,
 * passwords, tokens, cookies, IP addresses, user agents. Keys that carry them are censored wherever
 * a caller passes them, at the top level or one object down, and the text of messages and errors
 * is scrubbed (lib/log/scrub.ts) because errors quote the values they failed on.
 */
const SENSITIVE_KEYS = [
  "email", "actorLabel", "name", "firstName", "lastName", "fullName", "displayName",
  "password", "newPassword", "currentPassword", "secret", "token", "accessToken", "refreshToken", "idToken", "sessionToken",
  "cookie", "cookies", "authorization", "headers", "ip", "clientAddress", "userAgent",
];

export const REDACTED_PATHS = SENSITIVE_KEYS.flatMap((key) => [key, `*.${key}`]);

const LEVELS: readonly LevelWithSilent[] = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** LOG_LEVEL, or info; under vitest, silent unless LOG_LEVEL asks otherwise, so test output stays readable. */
export function logLevel(env: Record<string, string | undefined> = process.env): LevelWithSilent {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  if (wanted && (LEVELS as readonly string[]).includes(wanted)) return wanted as LevelWithSilent;
  return env.VITEST ? "silent" : "info";
}

/**
 * An error as a log field: its class, code, message and stack (scrubbed), and the causes beneath it,
 * but none of its other properties: PostgreSQL's `detail` ("Key (email)=(...) already exists") and
 * Prisma's `meta` quote row values.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error)) };
  const e = error as Error & { code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } } };
  const adapter = e.meta?.driverAdapterError?.cause;
  return {
    type: e.name,
    ...(typeof e.code === "string" ? { code: e.code } : {}),
    ...(adapter ? { driver: { kind: adapter.kind, code: adapter.originalCode ?? adapter.code } } : {}),
    message: scrub(e.message),
    ...(e.stack ? { stack: scrub(e.stack) } : {}),
    ...(e.cause !== undefined && depth < 3 ? { cause: serializeError(e.cause, depth + 1) } : {}),
  };
}

export function createLogger(destination?: DestinationStream, level: LevelWithSilent = logLevel()): Logger {
  return pino(
    {
      level,
      base: { service: "cleared" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        // The message itself (and any %s arguments) can quote an address or a token too.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination ?? pino.destination(1),
  );
}

export const logger: Logger = createLogger();
