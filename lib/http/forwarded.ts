/**
 * What a request says about where it came from, believed only as far as our own proxies vouch for
 * it. TRUSTED_PROXY_COUNT is how many reverse proxies of ours stand in front of the app; each
 * appends the address it received the request from to X-Forwarded-For, so the client's address is
 * the Nth from the right, and everything left of it is whatever the client chose to send.
 *
 * With no trusted proxy there is no address to believe. `next start` does set X-Forwarded-For from
 * the socket, but only when the request has none (node_modules/next/dist/server/base-server.js:
 * `req.headers['x-forwarded-for'] ??= originalRequest.socket.remoteAddress`), and the same `??=` for
 * X-Forwarded-Proto; a client that sends its own keeps it, and routes, actions and the proxy cannot
 * reach the socket to tell the two apart. So the address is null and the protocol is plain HTTP (the
 * Next.js server itself never terminates TLS).
 */
export type Forwarded = { clientAddress: string | null; https: boolean };

export function forwarded(headers: { forwardedFor: string | null; forwardedProto: string | null }, trustedProxies: number): Forwarded {
  if (trustedProxies < 1) return { clientAddress: null, https: false };
  const hops = hopsOf(headers.forwardedFor);
  const address = hops.length >= trustedProxies ? hops[hops.length - trustedProxies]! : null;
  // Proxies usually overwrite the protocol rather than append to it; when they append, the entry
  // our outermost proxy wrote is found the same way as the address.
  const protocols = hopsOf(headers.forwardedProto);
  const protocol = protocols[Math.max(0, protocols.length - trustedProxies)];
  return { clientAddress: address && isIpAddress(address) ? address : null, https: protocol?.toLowerCase() === "https" };
}

/** TRUSTED_PROXY_COUNT as a number of proxies; anything but a whole number from 0 to 10 trusts none. */
export function trustedProxyCount(value: string | undefined = process.env.TRUSTED_PROXY_COUNT): number {
  const count = /^\s*\d{1,2}\s*$/.test(value ?? "") ? Number(value) : 0;
  return count <= 10 ? count : 0;
}

// Several X-Forwarded-For headers arrive joined with ", ", so one split serves both forms.
function hopsOf(header: string | null): string[] {
  return (header ?? "").split(",").map((hop) => hop.trim());
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9a-f:]{2,39}(%[0-9a-z]{1,15})?$|^[0-9a-f:]{1,29}:(\d{1,3}\.){3}\d{1,3}$/i;

/** Proxies append bare addresses; anything else in that position is not an address we record. */
function isIpAddress(value: string): boolean {
  return IPV4.test(value) || (value.includes(":") && IPV6.test(value));
}
