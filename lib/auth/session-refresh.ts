import { encode } from "next-auth/jwt";
import { authSecret } from "./secret";
import { sessionExpired, sessionLifetime, type SessionClaims } from "./session-policy";
import { decodeSessionToken } from "./session-token";

// Re-issuing at most every few minutes keeps the idle clock accurate enough without a cookie per request.
const REFRESH_AFTER_SECONDS = 5 * 60;

/**
 * The idle timeout: a request made with a valid session token gets the token re-issued with a fresh
 * expiry, so the session ends SESSION_IDLE_HOURS after the last request, and never later than the
 * absolute lifetime after sign-in. Returns the new token, or null when nothing should change.
 */
export async function refreshedSessionToken(raw: string, nowSeconds: number): Promise<string | null> {
  const claims = await decodeSessionToken(raw, nowSeconds);
  if (!claims || sessionExpired(claims, nowSeconds)) return null;
  if (typeof claims.iat === "number" && nowSeconds - claims.iat < REFRESH_AFTER_SECONDS) return null;
  return reissue(claims, {}, nowSeconds);
}

/**
 * The same session once it has passed the second factor: same sign-in time (the absolute lifetime
 * still counts from the password), now marked as verified.
 */
export async function sessionTokenWithSecondFactor(raw: string, nowSeconds: number): Promise<string | null> {
  const claims = await decodeSessionToken(raw, nowSeconds);
  if (!claims || sessionExpired(claims, nowSeconds)) return null;
  return reissue(claims, { mfa: nowSeconds }, nowSeconds);
}

function reissue(claims: SessionClaims, changes: Partial<SessionClaims>, nowSeconds: number): Promise<string> {
  const { idleSeconds, absoluteSeconds } = sessionLifetime();
  const remaining = (claims.authAt as number) + absoluteSeconds - nowSeconds;
  const { iat: _iat, exp: _exp, jti: _jti, ...rest } = claims as Record<string, unknown>;
  return encode({ token: { ...rest, ...changes }, secret: authSecret(), maxAge: Math.min(idleSeconds, remaining) });
}
