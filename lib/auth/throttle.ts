/**
 * Sign-in throttling (ASVS V6.3): after too many failures in a window, further attempts for the same
 * account or from the same address are refused until the window passes, without checking the
 * password. The lock is short, so an attacker cannot lock a real user out for long, and the address
 * limit is higher than the account limit because a whole clinic may share one address.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  maxAccountFailures: 5,
  maxAddressFailures: 20,
} as const;

export type ThrottleDecision = { blocked: false } | { blocked: true; retryAt: Date };

/**
 * `accountFailures` and `addressFailures` are the times of failed attempts since the window began
 * (and, for the account, since its last success), newest first.
 */
export function throttleDecision(accountFailures: readonly Date[], addressFailures: readonly Date[], now: Date): ThrottleDecision {
  const retryAt = [
    lockedUntil(accountFailures, THROTTLE.maxAccountFailures, now),
    lockedUntil(addressFailures, THROTTLE.maxAddressFailures, now),
  ].filter((d): d is Date => d !== null);
  if (retryAt.length === 0) return { blocked: false };
  return { blocked: true, retryAt: new Date(Math.max(...retryAt.map((d) => d.getTime()))) };
}

function lockedUntil(failuresNewestFirst: readonly Date[], limit: number, now: Date): Date | null {
  const recent = failuresNewestFirst.filter((at) => now.getTime() - at.getTime() < THROTTLE.windowMs);
  if (recent.length < limit) return null;
  // Locked until the limit-th most recent failure leaves the window.
  const pivot = recent[limit - 1] as Date;
  return new Date(pivot.getTime() + THROTTLE.windowMs);
}

/** For a Retry-After header: whole seconds, at least 1. */
export function secondsUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000));
}

export function minutesUntil(retryAt: Date, now: Date): number {
  return Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
}
