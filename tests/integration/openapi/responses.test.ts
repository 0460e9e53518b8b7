import { beforeAll, describe, expect, it, vi } from "vitest";
import type { z } from "zod";
import { GET as clearances } from "@/app/api/v1/clearances/route";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";
import { GET as whoCan } from "@/app/api/v1/who-can/route";
import { clearancesResponseSchema } from "@/lib/clearance/schema";
import { problemSchema } from "@/lib/http/schema";
import { openApiDocument } from "@/lib/openapi/document";
import { RATE_LIMITS } from "@/lib/rate-limit/window";
import { whoCanApiResponseSchema } from "@/lib/report/schema";
import { seedDemo } from "@/tests/support/demo";
import { makeApiToken } from "@/tests/support/factories";
import { jar } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);

/**
 * Real answers of the /api/v1 routes against the schemas the OpenAPI document is generated from:
 * parsing keeps only documented fields, so an answer equal to its parse has nothing undocumented,
 * and one that parses has everything the document promises.
 */
let demo: Awaited<ReturnType<typeof seedDemo>>;
let secret: string;
const document = openApiDocument();
const call = (route: (request: Request) => Promise<Response>, url: string, token = secret) => route(new Request(`http://test${url}`, { headers: { Authorization: `Bearer ${token}` } }));

beforeAll(async () => {
  demo = await seedDemo(new Date("2026-11-20T17:00:00Z"));
  jar.session = null;
  secret = (await makeApiToken({ scopes: ["clearances:read", "who-can:read"] })).secret;
});

async function expectDocumented(response: Response, path: string, schema: z.ZodType) {
  expect(response.status).toBe(200);
  const body = await response.json();
  expect(schema.parse(body)).toEqual(body);
  const documented = document.paths?.[path]?.get?.responses?.["200"].content["application/json"].schema.$ref;
  expect(documented).toBe(`#/components/schemas/${schema.meta()?.id}`);
  return body;
}

describe("answers of /api/v1 match the OpenAPI document", () => {
  it("GET /api/v1/clearances, every task of one person (cleared, not cleared, check first)", async () => {
    const body = await expectDocumented(await call(clearances, `/api/v1/clearances?person=${demo.person("Maria").id}&location=${demo.location("Oakland")}&at=2026-11-24T10:40:00-08:00`), "/api/v1/clearances", clearancesResponseSchema);
    expect(new Set(body.decisions.map((d: { answer: string }) => d.answer)).size).toBeGreaterThan(1);
  });

  it("GET /api/v1/clearances, one task at a location that requires check-ins", async () => {
    const body = await expectDocumented(await call(clearances, `/api/v1/clearances?person=${demo.person("Sofia").id}&location=${demo.location("Seattle")}&task=taskvenipuncture`), "/api/v1/clearances", clearancesResponseSchema);
    expect(body.decisions).toHaveLength(1);
  });

  it("GET /api/v1/who-can, everyone at a location", async () => {
    const body = await expectDocumented(await call(whoCan, `/api/v1/who-can?task=taskvenipuncture&location=${demo.location("Oakland")}&at=2026-11-24T10:40:00-08:00`), "/api/v1/who-can", whoCanApiResponseSchema);
    expect(body.people.length).toBeGreaterThan(1);
  });

  it.each([
    ["400", () => call(whoCan, "/api/v1/who-can?at=yesterday")],
    ["401", () => call(whoCan, `/api/v1/who-can?task=taskvenipuncture&location=${demo.location("Oakland")}`, "clr_unknown")],
    ["403", async () => call(whoCan, `/api/v1/who-can?task=taskvenipuncture&location=${demo.location("Oakland")}`, (await makeApiToken({ scopes: ["clearances:read"] })).secret)],
    ["404", () => call(whoCan, `/api/v1/who-can?task=tasknosuchthing&location=${demo.location("Oakland")}`)],
    [
      "429",
      async () => {
        // Calls until refused: a minute's window may end along the way, so up to two windows' worth.
        const busy = (await makeApiToken({ scopes: ["who-can:read"] })).secret;
        for (let i = 0; i <= 2 * RATE_LIMITS.api.max; i++) {
          const response = await call(whoCan, "/api/v1/who-can?at=yesterday", busy);
          if (response.status === 429) {
            expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
            return response;
          }
          await response.body?.cancel();
        }
        throw new Error("never refused");
      },
    ],
  ])("a %s refusal is the documented problem details", async (status, refuse) => {
    const response = await refuse();
    expect(String(response.status)).toBe(status);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(document.paths?.["/api/v1/who-can"]?.get?.responses?.[status].content).toHaveProperty("application/problem+json");
    const body = await response.json();
    expect(problemSchema.parse(body)).toEqual(body);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the document to anyone, cacheable", async () => {
    const response = openApiJson();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });
});
