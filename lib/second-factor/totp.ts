import { Secret, TOTP } from "otpauth";

/**
 * Authenticator-app codes (RFC 6238) with the settings every authenticator app understands: SHA-1,
 * six digits, a new code every 30 seconds. A code from the step before or after is accepted, for
 * a phone whose clock is a little off; each step is accepted once per user (RFC 6238, 5.2).
 */
const PERIOD_SECONDS = 30;
const ISSUER = "Cleared";

function totp(secret: string, account = ""): TOTP {
  return new TOTP({ issuer: ISSUER, label: account, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A new random secret (160 bits, as RFC 4226 recommends), in base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// link a QR code carries: the app learns the issuer, the account and the secret. */
export function otpauthUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The secret in groups of four, for someone typing it into an app by hand. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}

export function stepAt(at: Date): number {
  return Math.floor(at.getTime() / 1000 / PERIOD_SECONDS);
}

/** The code an authenticator app shows at `at` (for the demo accounts and tests). */
export function codeAt(secret: string, at: Date): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/** Six digits, spaces and dashes ignored ("123 456" is how many apps show a code). */
export function normalizedCode(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

export type CodeCheck = { ok: true; step: number } | { ok: false; reason: "wrong_code" | "replayed_code" };

/**
 * Whether `code` is valid at `at` for a user whose last accepted step is `lastUsedStep`. A right
 * code from a step already used (or older) is a replay: refused, as a stolen code must not work
 * twice even within its 30 seconds.
 */
export function checkCode(secret: string, code: string, at: Date, lastUsedStep: number): CodeCheck {
  const token = normalizedCode(code);
  if (!token) return { ok: false, reason: "wrong_code" };
  const delta = totp(secret).validate({ token, timestamp: at.getTime(), window: 1 });
  if (delta === null) return { ok: false, reason: "wrong_code" };
  const step = stepAt(at) + delta;
  return step > lastUsedStep ? { ok: true, step } : { ok: false, reason: "replayed_code" };
}
