/**
 * The id that ties a request's log lines together and comes back to the caller in the response's
 * X-Request-Id, so a person reporting a failure (or a load balancer's log) points at the lines.
 *
 * An incoming id is kept only when our own reverse proxies stand in front of the app
 * (TRUSTED_PROXY_COUNT > 0, lib/http/forwarded.ts) and it is well formed: then the proxy's log and
 * ours share it. Anything a client sends straight to the app is replaced, so that nobody can write
 * log lines under another request's id or smuggle text into the logs.
 */
export const REQUEST_ID_HEADER = "x-request-id";

// UUIDs, nginx's $request_id (32 hex), and the usual trace ids: letters, digits and . _ : -
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,127}$/;

export function requestId(incoming: string | null, trustedProxies: number, generate: () => string = () => crypto.randomUUID()): string {
  const candidate = incoming?.trim() ?? "";
  return trustedProxies > 0 && WELL_FORMED.test(candidate) ? candidate : generate();
}
