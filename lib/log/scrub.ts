/**
 * Free text headed for the logs (a message, an error's message and stack) with the personal data
 * and secrets that errors tend to quote taken out: email addresses (Prisma and PostgreSQL quote the
 * values of a failed query), bearer and API tokens, session cookies, and passwords in connection
 * strings. Keys that hold such values are redacted by the logger itself (lib/log/logger.ts); this
 * catches what hides inside a string.
 */
const RULES: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g, "[email]"],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, "$1 [redacted]"],
  [/\bclr_[A-Za-z0-9_-]{6,}/g, "clr_[redacted]"],
  // Cookie headers and next-auth's cookie names, whatever prefix (__Host-, __Secure-) they carry.
  [/\b(cookie|set-cookie)\s*[:=]\s*[^\n]*/gi, "$1: [redacted]"],
  [/((?:__Host-|__Secure-)?next-auth\.[a-z-]+(?:\.\d+)?)=[^;\s]*/gi, "$1=[redacted]"],
  // scheme://user:password@host
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/\s@]+):[^@\s/]+@/gi, "$1:[redacted]@"],
  // JWTs (next-auth's session tokens are JWE: five dot-separated base64url parts; a JWT has three).
  [/\beyJ[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2,4}/g, "[token]"],
];

export function scrub(text: string): string {
  return RULES.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
