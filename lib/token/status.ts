/** Whether a stored token may be used at `now`, pure: revoked and expired tokens are refused alike (401). */
export type TokenStatus = "active" | "revoked" | "expired";

export function tokenStatus(token: { revokedAt: Date | null; expiresAt: Date }, now: Date): TokenStatus {
  if (token.revokedAt && token.revokedAt <= now) return "revoked";
  return token.expiresAt <= now ? "expired" : "active";
}

/**
 * `lastUsedAt` is kept to the minute: a busy integration then costs one write a minute, not one per
 * call, and "last used" in the admin list is still exact enough to spot a token nobody uses.
 */
export const TOUCH_INTERVAL_MS = 60_000;

export function needsTouch(lastUsedAt: Date | null, now: Date): boolean {
  return lastUsedAt === null || now.getTime() - lastUsedAt.getTime() >= TOUCH_INTERVAL_MS;
}

/** Longest and default lifetimes offered when creating a token. */
export const MAX_LIFETIME_DAYS = 365;
export const DEFAULT_LIFETIME_DAYS = 90;
