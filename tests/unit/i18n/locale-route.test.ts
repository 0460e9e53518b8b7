import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "@/app/api/locale/route";

function choose(fields: Record<string, string>): Promise<Response> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  return POST(new Request("http://localhost/api/locale", { method: "POST", body }));
}

describe("the sign-in page's language link (POST /api/locale)", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(["es", "en"])("keeps %s in the language cookie for a year and goes back to the sign-in page", async (locale) => {
    const response = await choose({ locale, returnTo: "/people/abc/check?task=x" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/sign-in?callbackUrl=%2Fpeople%2Fabc%2Fcheck%3Ftask%3Dx");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^cleared-locale=${locale};`));
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it("marks the cookie Secure when the app is served over https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://cleared.example");
    expect((await choose({ locale: "es" })).headers.get("set-cookie")).toMatch(/Secure/i);
  });

  it("never sends the visitor off the site", async () => {
    for (const returnTo of ["https://evil.example/", "//evil.example", "/\\evil.example", "/api/me"]) {
      expect((await choose({ locale: "es", returnTo })).headers.get("location")).toBe("/sign-in");
    }
  });

  it.each(["fr", "ES", "", "es; Path=/admin", "__proto__"])("refuses %j with a message and sets nothing", async (locale) => {
    const response = await choose({ locale });
    expect(response.status).toBe(400);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect((await response.json()).detail).toBe("Choose one of the languages offered.");
  });

  it("refuses a request that is not a form", async () => {
    const response = await POST(new Request("http://localhost/api/locale", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(response.status).toBe(400);
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
