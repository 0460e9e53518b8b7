/**
 * The client's address as reported by the reverse proxy in front of the app (first hop of
 * X-Forwarded-For), falling back to X-Real-IP. Used for throttling and the audit trail only.
 */
export function clientAddress(forwardedFor: string | null, realIp: string | null): string | null {
  const address = forwardedFor?.split(",")[0]?.trim() || realIp?.trim() || null;
  return address ? address.slice(0, 100) : null;
}
