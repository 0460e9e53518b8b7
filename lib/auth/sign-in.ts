import type { AuditContext } from "@/lib/audit/mutations";
import { findUserForSignIn } from "./data";
import { finishSignInAttempt, startSignInAttempt, type SignInOutcome } from "./mutations";
import { burnPasswordCheck, verifyPassword } from "./password";
import { minutesUntil, secondsUntil } from "./throttle";
import { signInSchema } from "./schema";

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; minutes: number; retryAfter: number };

/**
 * Checks a sign-in. Every outcome is logged; the answer never says whether the account exists or is
 * deactivated (a deactivated account with the right password gets the same "invalid" answer).
 */
export async function signIn(credentials: unknown, context: AuditContext, now: Date = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const user = await findUserForSignIn(email);
  const attempt = { email, ip: context.ip, userId: user?.id ?? null, personId: user?.personId ?? null, context, at: now };
  const started = await startSignInAttempt(attempt);
  if (started.throttled) return { ok: false, reason: "throttled", minutes: minutesUntil(started.retryAt, now), retryAfter: secondsUntil(started.retryAt, now) };
  const finish = (outcome: SignInOutcome) => finishSignInAttempt(started.attemptId, attempt, outcome);

  if (!user) {
    await burnPasswordCheck(password);
    await finish("bad_credentials");
    return { ok: false, reason: "invalid" };
  }
  const passwordMatches = await verifyPassword(user.passwordHash, password);
  if (!passwordMatches || !user.active) {
    await finish(passwordMatches ? "inactive" : "bad_credentials");
    return { ok: false, reason: "invalid" };
  }
  await finish("succeeded");
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

export const SIGN_IN_MESSAGES = {
  invalid: "Email or password is incorrect, or the account is not active.",
  throttled: (minutes: number) =>
    `Too many failed sign-in attempts. For your security, sign-in is paused for ${minutes} minute${minutes === 1 ? "" : "s"}. Try again later or ask your administrator to reset your password.`,
};
