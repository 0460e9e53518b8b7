import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "@/proxy";

const send = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) => proxy(new NextRequest(new URL(path, "http://localhost:3000"), init));

describe("the proxy refuses what no page or route could use", () => {
  it("answers a search with a NUL byte with 400 and a message, before any page reads it", async () => {
    const response = await send("/people?q=%00", { headers: { cookie: "cleared.session=x" } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not allowed \(a control character such as NUL\) in q/);
    expect(response.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
  });

  it("answers an API query with a control character with 400 problem details naming the field", async () => {
    const response = await send("/api/v1/clearances?person=a%01b&task=x");
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 400, errors: [{ field: "person", message: expect.stringMatching(/not allowed/) }] });
  });

  it("lets ordinary queries through", async () => {
    expect((await send("/api/v1/clearances?person=abc&task=x")).status).toBe(200);
  });

  it("answers a body larger than the limit with 413 and a message, for routes and for forms", async () => {
    const api = await send("/api/import/people", { method: "POST", headers: { "content-length": String(50 * 1024 * 1024) } });
    expect(api.status).toBe(413);
    expect(await api.json()).toMatchObject({ status: 413, detail: expect.stringMatching(/50\.0 MB; at most 42 MB/) });
    const action = await send("/people/abc/records/new", { method: "POST", headers: { "content-length": String(50 * 1024 * 1024), cookie: "cleared.session=x" } });
    expect(action.status).toBe(413);
    expect(await action.text()).toMatch(/at most 42 MB can be sent at once/);
  });

  it("lets a body within the limit through", async () => {
    expect((await send("/api/import/people", { method: "POST", headers: { "content-length": String(5 * 1024 * 1024) } })).status).toBe(200);
  });
});
