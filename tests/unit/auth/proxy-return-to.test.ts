import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/return-to";
import { proxy } from "@/proxy";

const ORIGIN = "http://localhost:3000";

async function signedOut(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(new URL(path, ORIGIN), { headers }));
}

/** The request headers the proxy passes on to the page (Next.js carries them in middleware headers). */
function forwarded(response: Response, name: string): string | null {
  return response.headers.get(`x-middleware-request-${name}`);
}

describe("the proxy's redirect to sign-in", () => {
  it("carries the page a signed-out person asked for, with its query", async () => {
    const response = await signedOut("/people/abc?tab=records");
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get("location")!);
    expect(location.origin).toBe(ORIGIN);
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("callbackUrl")).toBe("/people/abc?tab=records");
  });

  it("carries nothing for Home", async () => {
    const response = await signedOut("/");
    expect(response.headers.get("location")).toBe(`${ORIGIN}/sign-in`);
  });

  it("lets the sign-in page through, whatever it is asked to return to", async () => {
    const response = await signedOut("/sign-in?callbackUrl=https://evil.example");
    expect(response.headers.get("location")).toBeNull();
  });

  it("tells the guard which page was asked for, overwriting what the client sent", async () => {
    const response = await proxy(
      new NextRequest(new URL("/people/abc/clearances?date=2026-12-01", ORIGIN), {
        headers: { cookie: "cleared.session=expired-or-forged", [REQUESTED_PATH_HEADER]: "//evil.example" },
      }),
    );
    expect(response.headers.get("location")).toBeNull();
    expect(forwarded(response, REQUESTED_PATH_HEADER)).toBe("/people/abc/clearances?date=2026-12-01");
  });
});
