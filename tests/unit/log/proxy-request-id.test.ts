import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { proxy } from "@/proxy";

const ORIGIN = "http://localhost:3000";
const INCOMING = "0123456789abcdef0123456789abcdef";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const call = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(new URL(path, ORIGIN), { headers }));

/** The request header the proxy hands on to pages, routes and actions (Next.js carries it as x-middleware-request-*). */
const passedOn = (response: Response) => response.headers.get(`x-middleware-request-${REQUEST_ID_HEADER}`);

describe("the proxy's request id", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("gives each request a fresh id, passed on to the app and returned to the caller", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "");
    const [first, second] = [await call("/api/health"), await call("/api/health")];
    expect(first.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
    expect(passedOn(first)).toBe(first.headers.get(REQUEST_ID_HEADER));
    expect(second.headers.get(REQUEST_ID_HEADER)).not.toBe(first.headers.get(REQUEST_ID_HEADER));
  });

  it("replaces an id a client sends straight to the app", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "");
    const response = await call("/api/health", { [REQUEST_ID_HEADER]: INCOMING });
    expect(response.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
    expect(passedOn(response)).toMatch(UUID);
  });

  it("keeps a well-formed id from a trusted proxy, and replaces a malformed one", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "1");
    const kept = await call("/api/health", { [REQUEST_ID_HEADER]: INCOMING });
    expect(kept.headers.get(REQUEST_ID_HEADER)).toBe(INCOMING);
    expect(passedOn(kept)).toBe(INCOMING);
    const replaced = await call("/api/health", { [REQUEST_ID_HEADER]: "<script>" });
    expect(replaced.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });

  it("carries the id on a redirect to sign-in and on a refusal too", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "");
    const redirect = await call("/people");
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
    const refused = await call("/api/v1/clearances?person=%00");
    expect(refused.status).toBe(400);
    expect(refused.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });
});
