import { say } from "@/lib/i18n/said";

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

// Said, not worded: the person's language is known where the message is shown (lib/i18n/said.ts).
export const GENERIC_MESSAGES: Record<ErrorCode, string> = Object.fromEntries(ERROR_CODES.map((code) => [code, say(`forms.generic.${code}`)])) as Record<ErrorCode, string>;

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
