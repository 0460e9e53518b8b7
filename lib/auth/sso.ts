import type { LoggerInstance, User } from "next-auth";
import type { AuditContext } from "@/lib/audit/mutations";
import { ssoSettings } from "@/lib/organization/data";
import { createSsoUser, recordSsoRefusal, recordSsoSignIn, type SsoAttempt } from "@/lib/sso/mutations";
import { callbackFailureReason, decideSso, newPersonName, providerErrorCode, SSO_ERROR_CODES, ssoIdentity, type SsoAccount, type SsoClaims, type SsoRefusal } from "@/lib/sso/rules";
import { findUserForSignIn } from "./data";
import { logger } from "@/lib/log/logger";
import { scrub } from "@/lib/log/scrub";
import { requestContext, requestLogger } from "./guard";

export type SsoResult = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: SsoRefusal };

/**
 * Matches the claims of an ID token next-auth has already verified to a Cleared user, creating a
 * medical assistant when the organization allows it; every outcome is audited.
 */
export async function signInWithSso(claims: SsoClaims, context: AuditContext, now: Date = new Date()): Promise<SsoResult> {
  const identity = ssoIdentity(claims);
  const attempt: SsoAttempt = { email: identity.email, context, at: now };
  if (!identity.ok) {
    await recordSsoRefusal(attempt, identity.reason);
    return { ok: false, reason: identity.reason };
  }
  const email = identity.email;
  const [account, settings] = await Promise.all([findUserForSignIn(email), ssoSettings()]);
  const decision = decideSso(account, settings);
  if (decision.kind === "sign_in") return signedIn(attempt, decision.account);
  if (decision.kind === "refuse") {
    await recordSsoRefusal(attempt, decision.reason, { account });
    return { ok: false, reason: decision.reason };
  }
  const created = await createSsoUser({ ...attempt, email }, newPersonName(claims, email));
  if (created) return { ok: true, userId: created.id, sessionVersion: created.sessionVersion };
  // Another first sign-in with this email won the race: decide again on the user it created.
  const raced = await findUserForSignIn(email);
  if (raced?.active) return signedIn(attempt, raced);
  await recordSsoRefusal(attempt, raced ? "inactive" : "failed", { account: raced });
  return { ok: false, reason: raced ? "inactive" : "failed" };
}

async function signedIn(attempt: SsoAttempt, account: SsoAccount): Promise<SsoResult> {
  await recordSsoSignIn(attempt, account);
  return { ok: true, userId: account.id, sessionVersion: account.sessionVersion };
}

/** What a refused profile carries to the signIn callback; next-auth insists on a non-empty id. */
type RefusedProfile = User & { ssoRefusal: SsoRefusal };
const REFUSED_ID = "sso-refused";

/**
 * The provider's `profile()`: `{ id, sessionVersion }` of the Cleared user (the jwt callback copies
 * both into the session), or a refusal. It never throws: next-auth would log the claims and send
 * the person back to the sign-in page without a word.
 */
export async function resolveSsoProfile(claims: SsoClaims): Promise<User> {
  try {
    const result = await signInWithSso(claims, await requestContext(null));
    if (result.ok) return { id: result.userId, sessionVersion: result.sessionVersion } as User;
    return { id: REFUSED_ID, ssoRefusal: result.reason } as RefusedProfile;
  } catch (error) {
    (await requestLogger()).error({ err: error }, "Single sign-on: matching the identity provider's answer failed");
    return { id: REFUSED_ID, ssoRefusal: "failed" } as RefusedProfile;
  }
}

/**
 * The signIn callback for single sign-on: true only for a profile that names a Cleared user (fails
 * closed on anything else), otherwise the sign-in page with the refusal's code.
 */
export function ssoSignInVerdict(user: User): true | string {
  const refusal = (user as Partial<RefusedProfile>).ssoRefusal;
  const matched = !refusal && user.id !== REFUSED_ID && typeof (user as { sessionVersion?: unknown }).sessionVersion === "number";
  return matched ? true : `/sign-in?error=${SSO_ERROR_CODES[refusal ?? "failed"]}`;
}

type Metadata = unknown;
const isError = (value: unknown): value is Error => value instanceof Error;
const errorOf = (metadata: Metadata): Error | null => (isError(metadata) ? metadata : isError((metadata as { error?: unknown } | null)?.error) ? (metadata as { error: Error }).error : null);

/**
 * Which next-auth error reports are single sign-on failures to audit, and as what; null for the
 * rest. Only reports carrying a real Error count: POST /api/auth/_log lets any browser send the
 * logger a code with string metadata, which must not write audit events. A provider's refusal
 * (`?error=access_denied`) is reported twice, first with the provider's error: the second report
 * (a bare Error under OAUTH_CALLBACK_ERROR) is skipped so each failure is one event.
 */
export function ssoFailureFromLog(code: string, metadata: Metadata): { reason: string; stage: "callback" | "start"; providerError?: string } | null {
  const error = errorOf(metadata);
  if (!error) return null;
  const wrapped = !isError(metadata);
  switch (code) {
    case "OAUTH_CALLBACK_ERROR":
      return wrapped ? { reason: callbackFailureReason(error.message), stage: "callback" } : null;
    case "OAUTH_CALLBACK_HANDLER_ERROR":
      return wrapped ? { reason: "provider_refused", stage: "callback", providerError: providerErrorCode(error.message) } : { reason: "callback_failed", stage: "callback" };
    case "OAUTH_PARSE_PROFILE_ERROR":
      return { reason: "profile_failed", stage: "callback" };
    case "SIGNIN_OAUTH_ERROR":
      return { reason: callbackFailureReason(error.message) === "provider_unreachable" ? "provider_unreachable" : "sign_in_start_failed", stage: "start" };
    default:
      return null;
  }
}

async function auditFailure(failure: NonNullable<ReturnType<typeof ssoFailureFromLog>>) {
  try {
    await recordSsoRefusal({ email: null, context: await requestContext(null), at: new Date() }, failure.reason, { stage: failure.stage, providerError: failure.providerError });
  } catch (error) {
    logger.error({ err: error }, "Single sign-on: could not audit a failed sign-on");
  }
}

const pending = new Set<Promise<void>>();

/** Resolves when the audit events of failures already reported are written (next-auth's logger cannot wait). */
export async function ssoAuditsSettled(): Promise<void> {
  await Promise.all([...pending]);
}

/**
 * next-auth's logger: failed single sign-ons become `auth.sso_refused` events, and errors are logged
 * by code and message only. next-auth's default logger would print its metadata, which for a profile
 * error is every claim of the ID token.
 */
export const authLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    const failure = ssoFailureFromLog(code, metadata);
    logger.error({ nextAuthCode: code, ...(failure ? { reason: failure.reason } : { detail: scrub(errorOf(metadata)?.message ?? "") }) }, "next-auth reported an error");
    if (!failure) return;
    const write = auditFailure(failure).finally(() => pending.delete(write));
    pending.add(write);
  },
  warn(code) {
    logger.warn({ nextAuthCode: code }, "next-auth reported a warning");
  },
};
