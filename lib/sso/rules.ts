/**
 * Single sign-on, as pure rules: who an identity provider's verified claims are in Cleared, and how
 * a failed sign-in is named in the audit trail and on the sign-in page. No database, no Next.js, so
 * every rule is tested as a table.
 */
import { translatorFor } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Why a single sign-on is refused after the identity provider's answer was verified. */
export const SSO_REFUSALS = ["no_email", "unverified_email", "unknown_user", "inactive", "failed"] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export type SsoClaims = Record<string, unknown>;

/** A Cleared user as sign-in sees them. */
export type SsoAccount = { id: string; active: boolean; sessionVersion: number; personId: string };

export type SsoIdentity = { ok: true; email: string } | { ok: false; reason: "no_email" | "unverified_email"; email: string | null };

export type SsoDecision = { kind: "sign_in"; account: SsoAccount } | { kind: "create" } | { kind: "refuse"; reason: "unknown_user" | "inactive" };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const MAX_EMAIL = 254;

/**
 * The email the provider vouches for, in the form Cleared stores (trimmed, lower-cased). Only an
 * `email_verified` of exactly `true` counts: the claim's absence, `"true"` as a string or anything
 * else is not a verification, because matching an unverified address would let whoever typed
 * someone else's email into their identity provider sign in as them.
 */
export function ssoIdentity(claims: SsoClaims): SsoIdentity {
  const raw = claims.email;
  const email = typeof raw === "string" ? raw.trim().toLowerCase() : "";
  if (!email || email.length > MAX_EMAIL || CONTROL_CHARACTERS.test(email) || !EMAIL.test(email)) return { ok: false, reason: "no_email", email: null };
  if (claims.email_verified !== true) return { ok: false, reason: "unverified_email", email };
  return { ok: true, email };
}

/**
 * An active user with that email signs in; an inactive one is refused (deactivation must hold
 * whatever the identity provider says); nobody with that email is refused unless the organization
 * lets first sign-ins create medical assistants.
 */
export function decideSso(account: SsoAccount | null, settings: { ssoCreatesUsers: boolean }): SsoDecision {
  if (account) return account.active ? { kind: "sign_in", account } : { kind: "refuse", reason: "inactive" };
  return settings.ssoCreatesUsers ? { kind: "create" } : { kind: "refuse", reason: "unknown_user" };
}

const MAX_NAME = 100;

function namePart(value: unknown): string {
  if (typeof value !== "string") return "";
  return value.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, MAX_NAME);
}

/**
 * The name of a person created on first sign-in: the provider's given and family names, else its
 * full name split at the last space, else the email's local part (an admin can correct it later).
 */
export function newPersonName(claims: SsoClaims, email: string): { firstName: string; lastName: string } {
  const given = namePart(claims.given_name);
  const family = namePart(claims.family_name);
  if (given || family) return { firstName: given || family, lastName: given ? family : "" };
  const full = namePart(claims.name);
  const space = full.lastIndexOf(" ");
  if (space > 0) return { firstName: full.slice(0, space).trim(), lastName: full.slice(space + 1) };
  if (full) return { firstName: full, lastName: "" };
  return { firstName: email.split("@")[0]!.slice(0, MAX_NAME), lastName: "" };
}

/**
 * Why next-auth (through openid-client) rejected a callback, as a short reason for the audit trail.
 * The messages carry values (expected and received state, audience, times): only the category is
 * kept, so nothing from a token reaches the trail or the logs.
 */
export function callbackFailureReason(message: string): string {
  const rules: [RegExp, string][] = [
    [/state cookie was missing|state value could not be parsed|checks\.state argument is missing|state missing from the response/i, "state_missing"],
    [/state mismatch/i, "state_mismatch"],
    [/nonce/i, "nonce_mismatch"],
    [/pkce|code_verifier/i, "pkce_failed"],
    [/\baud\b|\bazp\b|audience/i, "audience_mismatch"],
    [/jwt expired|not active yet|issued in the future|auth_time|\bexp\b|\biat\b/i, "token_expired"],
    [/\biss\b|issuer/i, "issuer_mismatch"],
    [/signature|no valid key|jwks/i, "signature_invalid"],
    [/ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|timed out|socket hang up/i, "provider_unreachable"],
    [/^(invalid_grant|invalid_client|unauthorized_client|invalid_request|unsupported_grant_type|server_error)\b/i, "token_request_refused"],
  ];
  return rules.find(([pattern]) => pattern.test(message))?.[1] ?? "unverifiable_answer";
}

/** What the provider said when it sent the person back with an error (`?error=access_denied`): a code from a closed set, or "other". */
export function providerErrorCode(message: string): string {
  const known = ["access_denied", "login_required", "consent_required", "interaction_required", "account_selection_required", "invalid_request", "invalid_scope", "server_error", "temporarily_unavailable", "unauthorized_client"];
  return known.includes(message) ? message : "other";
}

/** The `?error=` codes the sign-in page reads, one per refusal (next-auth's own codes are handled alongside). */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  no_email: "SsoNoEmail",
  unverified_email: "SsoUnverifiedEmail",
  unknown_user: "SsoUnknownUser",
  inactive: "SsoInactive",
  failed: "SsoFailed",
};

/** Each sign-in error code and its sentence in the signIn catalog; next-auth's verification failure reads like ours. */
const SIGN_IN_ERRORS = {
  SsoUnverifiedEmail: "sso.unverifiedEmail",
  SsoNoEmail: "sso.noEmail",
  SsoUnknownUser: "sso.unknownUser",
  SsoInactive: "sso.inactive",
  SsoFailed: "sso.failed",
  OAuthCallback: "sso.verifyFailed",
  OAuthSignin: "sso.notStarted",
  Callback: "sso.notCompleted",
  AccessDenied: "sso.refused",
  Configuration: "sso.configuration",
} as const;

/**
 * The sentence shown for a sign-in error code, in the visitor's language, or null for a code that
 * is not ours (nothing is shown rather than echoing a query parameter). Specific enough to act on,
 * never more: the verification failures say "could not be verified" whatever the check that failed.
 */
export function signInErrorMessage(code: string, locale: Locale = DEFAULT_LOCALE): string | null {
  return Object.hasOwn(SIGN_IN_ERRORS, code) ? translatorFor(locale, "signIn")(SIGN_IN_ERRORS[code as keyof typeof SIGN_IN_ERRORS]) : null;
}
