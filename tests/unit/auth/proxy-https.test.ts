import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";

const hsts = async (headers: Record<string, string>) =>
  (await proxy(new NextRequest(new URL("/sign-in", "http://localhost:3000"), { headers }))).headers.get("Strict-Transport-Security");

describe("the proxy's HTTPS headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("ignores an X-Forwarded-Proto a client sends straight to the app", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "");
    expect(await hsts({ "x-forwarded-proto": "https" })).toBeNull();
  });

  it("believes X-Forwarded-Proto behind a trusted proxy", async () => {
    vi.stubEnv("TRUSTED_PROXY_COUNT", "1");
    expect(await hsts({ "x-forwarded-proto": "https" })).toMatch(/max-age=/);
    expect(await hsts({ "x-forwarded-proto": "http" })).toBeNull();
  });
});
