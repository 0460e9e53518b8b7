import { createHash, randomBytes } from "node:crypto";

/**
 * API token secrets: 32 random bytes, base64url, behind a recognizable prefix so that a leaked
 * token is easy to spot in logs and by secret scanners. Only the SHA-256 is stored: a secret this
 * random needs no slow hash, and a fast one lets every request find its token by an index.
 */
export const TOKEN_PREFIX = "clr_";
const SECRET = /^clr_[A-Za-z0-9_-]{43}$/;

/** How many characters of the secret lists show, enough to tell tokens apart, far too few to guess from. */
const DISPLAY_LENGTH = TOKEN_PREFIX.length + 6;

export function newTokenSecret(): { secret: string; prefix: string; hash: string } {
  const secret = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  return { secret, prefix: secret.slice(0, DISPLAY_LENGTH), hash: hashTokenSecret(secret) };
}

export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/**
 * The secret an `Authorization` header carries: "Bearer <secret>" (the scheme in any case, RFC 9110),
 * or null when the header is not a bearer token of ours, so a malformed header costs no query.
 */
export function bearerSecret(header: string): string | null {
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  return match && SECRET.test(match[1]!) ? match[1]! : null;
}
