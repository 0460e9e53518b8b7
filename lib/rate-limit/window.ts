/**
 * Request limits per caller, counted in fixed windows in the database (`RateLimitBucket`), so every
 * app instance sees the same count. A fixed window lets a caller send up to twice the limit across
 * a window's edge; that is accepted for one counter row per caller and window, written in one
 * statement. Sign-in has its own throttle on failed attempts (lib/auth/throttle.ts).
 */
export const RATE_LIMITS = {
  // /api/v1/*: per API token, or per signed-in user calling it from a session. Two a second on
  // average is ample for a scheduler polling answers, and bounds what a leaked token can read.
  api: { max: perMinute("RATE_LIMIT_API_PER_MINUTE", 120), windowMs: 60_000 },
  // Downloads of records, reports, decisions and audit events: each reads and hashes a whole file
  // set, so per user far fewer than the API; a person exporting by hand rarely needs one a minute.
  export: { max: perMinute("RATE_LIMIT_EXPORTS_PER_MINUTE", 10), windowMs: 60_000 },
} as const;

/** A limit an operator may change (a busy integration, a load test); nonsense stops the start. */
function perMinute(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000_000) throw new Error(`${name} must be a whole number of requests a minute from 1 to 1000000000 (it is "${raw}").`);
  return value;
}

export type LimitKind = keyof typeof RATE_LIMITS;

/** Who is counted: an API token, or a signed-in user. Ids only, never a secret. */
export type Caller = { kind: "token" | "user"; id: string };

/** The counter row a request adds itself to: one per limit, caller and window. */
export function bucketKey(limit: LimitKind, caller: Caller): string {
  return `${limit}:${caller.kind}:${caller.id}`;
}

export function windowStart(now: Date, windowMs: number): Date {
  return new Date(Math.floor(now.getTime() / windowMs) * windowMs);
}

/** Whole seconds until the window holding `now` ends: at least 1, at most the window's length. */
export function retryAfterSeconds(now: Date, windowMs: number): number {
  const end = windowStart(now, windowMs).getTime() + windowMs;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfter: number; firstRefusal: boolean };

/**
 * `count` is the caller's count in this window, this request included. Only the first refusal of a
 * window is worth an audit event: a client retrying in a loop would otherwise flood the trail.
 */
export function limitDecision(limit: LimitKind, count: number, now: Date): LimitDecision {
  const { max, windowMs } = RATE_LIMITS[limit];
  if (count <= max) return { allowed: true };
  return { allowed: false, retryAfter: retryAfterSeconds(now, windowMs), firstRefusal: count === max + 1 };
}

/** Windows older than this are deleted when a new window opens: longer than any window in use. */
export const PRUNE_AFTER_MS = 60 * 60_000;
