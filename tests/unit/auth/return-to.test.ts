import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { returnPathFrom, safeReturnPath, signInPath, withReturnTo } from "@/lib/auth/return-to";

describe("the return path after sign-in", () => {
  it.each([
    ["a page", "/notifications", "/notifications"],
    ["a page with its query", "/people/abc?tab=records", "/people/abc?tab=records"],
    ["a page with several parameters", "/people/abc/clearances?date=2026-12-01&time=10:40", "/people/abc/clearances?date=2026-12-01&time=10:40"],
    ["the account page", "/account/password", "/account/password"],
    ["a path whose dot segments stay on this site", "/people/./abc/../def", "/people/def"],
    ["a path that only starts like sign-in", "/sign-in-help", "/sign-in-help"],
    ["a path that only starts like the API", "/apiary", "/apiary"],
  ])("keeps %s", (_, input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });

  it("drops the fragment, which never reached the server", () => {
    expect(safeReturnPath("/people/abc?tab=records#training")).toBe("/people/abc?tab=records");
  });

  it.each([
    ["a protocol-relative URL", "//evil.example/people"],
    ["a backslash after the slash", "/\\evil.example"],
    ["a backslash later in the path", "/people\\..\\..\\evil"],
    ["an absolute URL", "https://evil.example/"],
    ["a URL with http", "http://localhost:3000/people"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,<script>alert(1)</script>"],
    ["a relative path without a slash", "people/abc"],
    ["a tab hiding a second slash", "/\t/evil.example"],
    ["a newline hiding a second slash", "/\n/evil.example"],
    ["a NUL byte", "/people\u0000"],
    ["dot segments that make a protocol-relative path", "/.//evil.example"],
    ["the sign-in page", "/sign-in"],
    ["the sign-in page with a query", "/sign-in?callbackUrl=%2Fpeople"],
    ["the sign-in page in other letters", "/Sign-In"],
    ["a dot segment back to sign-in", "/people/../sign-in"],
    ["an API route", "/api/v1/clearances"],
    ["the API root", "/api"],
    ["next-auth's routes", "/api/auth/signout"],
    ["Next's own files", "/_next/static/chunks/app.js"],
    ["the empty string", ""],
    ["a very long path", `/${"a".repeat(3000)}`],
  ])("refuses %s", (_, input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a number", 42],
    ["an array", ["/people"]],
    ["an object", { toString: () => "/people" }],
  ])("refuses %s, which is not a string", (_, input) => {
    expect(safeReturnPath(input)).toBe("/");
  });

  it("whatever it is given, answers Home or a single-slash path on this site", () => {
    const anyInput = fc.oneof(
      fc.string({ unit: "grapheme-ascii", maxLength: 80 }),
      fc.string({ unit: "binary", maxLength: 80 }),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      // Pieces of known tricks, mostly after a leading slash, so that the odd combinations come up.
      fc.tuple(fc.constantFrom("", "/"), fc.array(fc.constantFrom("/", "\\", ".", "..", "a", "%2F", "%5C", "\t", "\n", ":", "?", "#", "@", "evil.example", "sign-in", "api", "javascript:"), { maxLength: 10 })).map(([lead, parts]) => lead + parts.join("")),
      // Paths of segments, empty and dot segments included: normalizing them can make `//host`.
      fc.array(fc.constantFrom("", ".", "..", "a", "evil.example", "sign-in", "api"), { maxLength: 6 }).map((segments) => `/${segments.join("/")}`),
      fc.anything(),
    );
    fc.assert(
      fc.property(anyInput, (input) => {
        const out = safeReturnPath(input);
        expect(typeof out).toBe("string");
        if (out === "/") return;
        expect(out.startsWith("/")).toBe(true);
        expect(out[1]).not.toBe("/");
        expect(out[1]).not.toBe("\\");
        expect(out).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        // A browser resolving it from any page of this site stays on this site.
        expect(new URL(out, "https://cleared.example/people/abc").origin).toBe("https://cleared.example");
        expect(out).not.toMatch(/^\/(sign-in|api)(?:[/?#]|$)/i);
      }),
      { numRuns: 2000 },
    );
  });

  it("is stable: a return path it gave is kept as it is", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (tail) => {
        const once = safeReturnPath(`/${tail}`);
        expect(safeReturnPath(once)).toBe(once);
      }),
    );
  });
});

describe("links to sign-in", () => {
  it("carry the page asked for as callbackUrl", () => {
    expect(signInPath("/people/abc?tab=records")).toBe("/sign-in?callbackUrl=%2Fpeople%2Fabc%3Ftab%3Drecords");
  });

  it("leave Home and refused paths out", () => {
    expect(signInPath("/")).toBe("/sign-in");
    expect(signInPath("https://evil.example")).toBe("/sign-in");
    expect(signInPath("/sign-in?callbackUrl=%2Fpeople")).toBe("/sign-in");
  });

  it("keep other parameters, such as a notice", () => {
    expect(signInPath("/notifications", { notice: "password-changed" })).toBe("/sign-in?notice=password-changed&callbackUrl=%2Fnotifications");
    expect(signInPath(undefined, { notice: "password-changed" })).toBe("/sign-in?notice=password-changed");
  });

  it("also lead through the forced password change", () => {
    expect(withReturnTo("/account/password", "/people/abc/clearances?date=2026-12-01")).toBe("/account/password?callbackUrl=%2Fpeople%2Fabc%2Fclearances%3Fdate%3D2026-12-01");
  });

  it("read back from the page's query, the first value when repeated, checked again", () => {
    expect(returnPathFrom({ callbackUrl: "/people/abc?tab=records" })).toBe("/people/abc?tab=records");
    expect(returnPathFrom({ callbackUrl: ["/notifications", "/people"] })).toBe("/notifications");
    expect(returnPathFrom({ callbackUrl: "https://evil.example" })).toBe("/");
    expect(returnPathFrom({})).toBe("/");
  });

  it("round-trip any accepted path through the query string unchanged", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (tail) => {
        const path = safeReturnPath(`/${tail}`);
        const query = Object.fromEntries(new URL(signInPath(path), "https://cleared.example").searchParams);
        expect(returnPathFrom(query)).toBe(path);
      }),
    );
  });
});
