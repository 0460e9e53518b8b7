/**
 * The closed set of failures a person may be told about. Anything else is unexpected: it is logged
 * and the person sees a generic message, never the raw error.
 */
export const ERROR_CODES = ["VALIDATION", "NOT_FOUND", "UNAUTHENTICATED", "CONFLICT", "STALE", "RATE_LIMITED", "REFUSED", "UNAVAILABLE", "INTERNAL"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const GENERIC_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION: "Some fields need attention.",
  NOT_FOUND: "Not found. It may not exist, or you may not have access to it.",
  UNAUTHENTICATED: "Your session has ended. Sign in again to continue.",
  CONFLICT: "This conflicts with an existing record.",
  STALE: "Someone else changed this record while you were editing. Review and retry.",
  RATE_LIMITED: "Too many attempts. Wait a few minutes and try again.",
  REFUSED: "This change is not allowed.",
  // The database is out of reach (a restart or a failover): it passes, so the message says when to retry.
  UNAVAILABLE: "The database is briefly unavailable. Nothing was saved; try again in a few seconds.",
  INTERNAL: "Something went wrong and nothing was saved. Try again; if it keeps happening, tell your administrator.",
};

/** A failure the person can act on. */
export type Failure = { ok: false; code: ErrorCode; message: string; fieldErrors?: Record<string, string> };

/** A handler's expected result: success with optional data, or a failure. */
export type Outcome<T = undefined> = { ok: true; data: T; message?: string } | Failure;

export function ok<T = undefined>(data?: T, message?: string): Outcome<T> {
  return { ok: true, data: data as T, message };
}

export function fail(code: ErrorCode, message?: string, fieldErrors?: Record<string, string>): Failure {
  return { ok: false, code, message: message ?? GENERIC_MESSAGES[code], fieldErrors };
}
