import { describe, expect, it } from "vitest";
import { baselineHeaders, contentSecurityPolicy, newNonce } from "@/lib/security/headers";

describe("security headers", () => {
  it("builds a nonce-based CSP that forbids plugins, base tags and framing", () => {
    const csp = contentSecurityPolicy("abc123", { development: false, https: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("does not upgrade requests of a site served over plain HTTP (the local demo)", () => {
    expect(contentSecurityPolicy("n", { development: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(baselineHeaders({ https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(baselineHeaders({ https: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(baselineHeaders({ https: false })["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("makes a fresh, unguessable nonce per request", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect([...nonces][0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
