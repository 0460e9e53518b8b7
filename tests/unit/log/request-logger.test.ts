import { describe, expect, it, vi } from "vitest";

const requestHeaders = vi.hoisted(() => ({ current: null as Headers | null }));
vi.mock("next/headers", () => ({
  headers: async () => {
    if (!requestHeaders.current) throw new Error("`headers` was called outside a request scope.");
    return requestHeaders.current;
  },
  cookies: async () => ({ get: () => undefined }),
}));

// The app's logger, writing into an array instead of stdout.
const logged = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock("@/lib/log/logger", async (original) => {
  const actual = await original<typeof import("@/lib/log/logger")>();
  const { Writable } = await import("node:stream");
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logged.push(JSON.parse(line));
      done();
    },
  });
  return { ...actual, logger: actual.createLogger(sink, "info") };
});

const { requestLogger } = await import("@/lib/auth/guard");
const { onRequestError } = await import("@/instrumentation");

describe("the request id in server logs", () => {
  it("the guard's logger carries the id the proxy set on the request", async () => {
    requestHeaders.current = new Headers({ "x-request-id": "0123456789abcdef" });
    expect((await requestLogger()).bindings()).toMatchObject({ requestId: "0123456789abcdef" });
  });

  it("outside a request (scripts, the worker) it is the plain logger", async () => {
    requestHeaders.current = null;
    expect((await requestLogger()).bindings()).not.toHaveProperty("requestId");
  });

  it("errors Next.js reports are logged with the request id, the path without its query, and the route", async () => {
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    logged.length = 0;
    const cut = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    await onRequestError(cut, { path: "/people?q=Maria+Lopez", method: "GET", headers: { "x-request-id": "0123456789abcdef" } }, { routerKind: "App Router", routePath: "/(app)/people", routeType: "render", revalidateReason: undefined });
    await onRequestError(new TypeError("bug"), { path: "/api/x", method: "POST", headers: {} }, { routerKind: "App Router", routePath: "/api/x", routeType: "route", revalidateReason: undefined });
    vi.unstubAllEnvs();
    expect(logged).toEqual([
      expect.objectContaining({ level: "warn", msg: "The database is unavailable; the request failed", requestId: "0123456789abcdef", method: "GET", path: "/people", route: "/(app)/people", routeType: "render", err: expect.objectContaining({ code: "ECONNREFUSED" }) }),
      expect.objectContaining({ level: "error", msg: "A request failed with an unexpected error", path: "/api/x", routeType: "route", err: expect.objectContaining({ type: "TypeError", message: "bug" }) }),
    ]);
    expect(logged[1]).not.toHaveProperty("requestId");
    expect(JSON.stringify(logged)).not.toContain("Maria");
  });
});
