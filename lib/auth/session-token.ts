import { LRUCache } from "lru-cache";
import { decode } from "next-auth/jwt";
import { authSecret } from "./secret";
import type { SessionClaims } from "./session-policy";

export type DecodedSession = Readonly<SessionClaims & { iat?: number; exp?: number; jti?: string }>;

/**
 * Session tokens already opened by this process. next-auth's `decode` derives the key again (HKDF)
 * and decrypts on every call, and every request opens its token twice (the proxy's idle refresh and
 * the guard): a measurable share of a request's CPU. Only tokens that decrypted are kept (so
 * nobody fills this with made-up ones), bounded in number and each only until it expires. What is
 * cached is what the token says, never whether its user may still use it: the guard re-reads the
 * user on every request.
 */
const opened = new LRUCache<string, DecodedSession>({ max: 5_000 });

/** The claims of a token this app issued and that has not expired, else null. */
export async function decodeSessionToken(raw: string, nowSeconds: number = Math.floor(Date.now() / 1000)): Promise<DecodedSession | null> {
  const known = opened.get(raw);
  if (known) return unexpired(known, nowSeconds);
  const claims = (await decode({ token: raw, secret: authSecret() }).catch(() => null)) as DecodedSession | null;
  if (!claims || typeof claims.exp !== "number") return null;
  const ttlMs = (claims.exp - nowSeconds) * 1000;
  if (ttlMs > 0) opened.set(raw, Object.freeze({ ...claims }), { ttl: ttlMs });
  return unexpired(claims, nowSeconds);
}

function unexpired(claims: DecodedSession, nowSeconds: number): DecodedSession | null {
  return typeof claims.exp === "number" && nowSeconds < claims.exp ? claims : null;
}
