/**
 * Session lifetime (ASVS V7.3): a session ends after SESSION_IDLE_HOURS without a request (default
 * 8) and, whatever the activity, SESSION_ABSOLUTE_HOURS after sign-in (default 12).
 */
function hours(name: string, fallback: number, max: number): number {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? Math.min(value, max) : fallback;
}

export function sessionLifetime() {
  const idleSeconds = Math.round(hours("SESSION_IDLE_HOURS", 8, 8) * 3600);
  const absoluteSeconds = Math.max(idleSeconds, Math.round(hours("SESSION_ABSOLUTE_HOURS", 12, 24) * 3600));
  return { idleSeconds, absoluteSeconds };
}

/**
 * Claims the app keeps in the session token besides next-auth's own. `mfa` is when this session
 * passed the second factor (absent until it does); `via`, how it signed in.
 */
export type SessionClaims = { uid?: string; sv?: number; authAt?: number; mfa?: number; via?: "password" | "sso" };

export function sessionExpired(claims: SessionClaims, nowSeconds: number): boolean {
  if (!claims.uid || typeof claims.sv !== "number" || typeof claims.authAt !== "number") return true;
  return nowSeconds - claims.authAt > sessionLifetime().absoluteSeconds;
}

export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return secureCookies() ? "__Host-cleared.session" : "cleared.session";
}

/** How the session cookie is set whenever the app re-issues it (idle refresh, second factor passed). */
export function sessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies(), maxAge: sessionLifetime().idleSeconds };
}
