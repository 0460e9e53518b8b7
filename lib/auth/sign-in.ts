import type { AuditContext } from "@/lib/audit/mutations";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { ssoSettings } from "@/lib/organization/data";
import { hasAdminRole } from "@/lib/sso/data";
import { findUserForSignIn } from "./data";
import { finishSignInAttempt, startSignInAttempt, type SignInOutcome } from "./mutations";
import { oidcDisplayName } from "./oidc";
import { burnPasswordCheck, verifyPassword } from "./password";
import { minutesUntil, secondsUntil } from "./throttle";
import { signInSchema } from "./schema";

export type SignInResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "sso_only"; providerName: string }
  | { ok: false; reason: "throttled"; minutes: number; retryAfter: number };

/**
 * Checks a sign-in. Every outcome is logged; the answer never says whether the account exists or is
 * deactivated (a deactivated account with the right password gets the same "invalid" answer).
 */
export async function signIn(credentials: unknown, context: AuditContext, now: Date = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const [user, ssoOnly] = await Promise.all([findUserForSignIn(email), ssoOnlyProvider()]);
  const attempt = { email, ip: context.ip, userId: user?.id ?? null, personId: user?.personId ?? null, context, at: now };
  const started = await startSignInAttempt(attempt);
  if (started.throttled) return { ok: false, reason: "throttled", minutes: minutesUntil(started.retryAt, now), retryAfter: secondsUntil(started.retryAt, now) };
  const finish = (outcome: SignInOutcome) => finishSignInAttempt(started.attemptId, attempt, outcome);

  // Under "single sign-on only" every refusal says to use single sign-on, whether the email is
  // unknown, the password wrong or the account not an admin's. Saying it only after a matching
  // password would confirm passwords of accounts that may not use them; saying it before checking
  // (for non-admins only) would reveal which emails are admins'. One answer for all reveals neither.
  const refused: SignInResult = ssoOnly ? { ok: false, reason: "sso_only", providerName: ssoOnly } : { ok: false, reason: "invalid" };
  if (!user) {
    await burnPasswordCheck(password);
    await finish("bad_credentials");
    return refused;
  }
  const passwordMatches = await verifyPassword(user.passwordHash, password);
  if (!passwordMatches || !user.active) {
    await finish(passwordMatches ? "inactive" : "bad_credentials");
    return refused;
  }
  // Admins keep password sign-in (break-glass): an identity provider outage cannot lock everyone out.
  if (ssoOnly && !(await hasAdminRole(user.id))) {
    await finish("sso_only");
    return refused;
  }
  await finish("succeeded");
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * The provider's name when password sign-in is limited to admins: "single sign-on only" is on and
 * single sign-on is configured. Without a configured provider there is no button to send anyone to,
 * so passwords work for everyone again (the setting cannot be turned on then; this covers the
 * provider's configuration being removed afterwards).
 */
async function ssoOnlyProvider(): Promise<string | null> {
  const name = oidcDisplayName();
  if (!name) return null;
  return (await ssoSettings()).ssoOnly ? name : null;
}

/** What the sign-in form says for a refusal, in the visitor's language (the credentials check throws it). */
export const SIGN_IN_MESSAGES = {
  invalid: (locale: Locale = DEFAULT_LOCALE) => translatorFor(locale, "signIn")("errors.invalid"),
  ssoOnly: (providerName: string, locale: Locale = DEFAULT_LOCALE) => translatorFor(locale, "signIn")("errors.ssoOnly", { provider: providerName }),
  throttled: (minutes: number, locale: Locale = DEFAULT_LOCALE) => translatorFor(locale, "signIn")("errors.throttled", { minutes }),
};

/** The message for a refused sign-in. */
export function signInRefusal(result: Extract<SignInResult, { ok: false }>, locale: Locale): string {
  if (result.reason === "throttled") return SIGN_IN_MESSAGES.throttled(result.minutes, locale);
  if (result.reason === "sso_only") return SIGN_IN_MESSAGES.ssoOnly(result.providerName, locale);
  return SIGN_IN_MESSAGES.invalid(locale);
}
