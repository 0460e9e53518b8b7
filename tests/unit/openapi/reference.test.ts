import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/openapi/document";
import { apiReference } from "@/lib/openapi/reference";

const reference = apiReference(openApiDocument());
const endpoint = (path: string) => reference.endpoints.find((e) => e.path === path)!;

describe("the API reference read from the document", () => {
  it("lists each endpoint with its scope and its answers", () => {
    expect(reference.endpoints.map((e) => `${e.method} ${e.path}`)).toEqual(["GET /api/v1/clearances", "GET /api/v1/who-can"]);
    expect(endpoint("/api/v1/clearances").scopes).toEqual(["clearances:read"]);
    expect(endpoint("/api/v1/who-can").scopes).toEqual(["who-can:read"]);
    expect(endpoint("/api/v1/who-can").responses.map((r) => [r.status, r.mediaType])).toEqual([
      ["200", "application/json"],
      ...["400", "401", "403", "404", "413", "429"].map((s) => [s, "application/problem+json"]),
    ]);
    expect(reference.authentication).toContain("Bearer");
  });

  it("gives each parameter whether it is required, what it means and an example", () => {
    expect(endpoint("/api/v1/clearances").parameters).toContainEqual({
      name: "at",
      required: false,
      description: "The moment asked about: an ISO 8601 date-time with an offset. Default: now.",
      format: "string, date-time",
      example: "2026-03-14T10:40:00-07:00",
    });
    expect(endpoint("/api/v1/clearances").parameters.filter((p) => p.required).map((p) => p.name)).toEqual(["person", "location"]);
  });

  it("writes an example call with every example value, a readable date-time and the token as a header", () => {
    expect(endpoint("/api/v1/who-can").curl).toBe(
      'curl -H "Authorization: Bearer $CLEARED_TOKEN" \\\n  "$CLEARED_URL/api/v1/who-can?task=taskvenipuncture&location=cm3location00oakland&at=2026-03-14T10:40:00-07:00"',
    );
  });
});
