import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { TOKEN_MATRIX } from "@/lib/access/matrix";
import { apiQuerySchema } from "@/lib/clearance/schema";
import { BEARER, openApiDocument, SESSION } from "@/lib/openapi/document";
import { whoCanApiQuerySchema } from "@/lib/report/schema";
import { SCOPE_PERMISSIONS, SCOPES, type Scope } from "@/lib/token/scope";

const document = openApiDocument();
const v1 = path.resolve(import.meta.dirname, "../../../app/api/v1");
const QUERY_SCHEMAS: Record<string, z.ZodObject> = { "/api/v1/clearances": apiQuerySchema, "/api/v1/who-can": whoCanApiQuerySchema };
const operation = (p: string) => document.paths?.[p]?.get;

function refs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refs);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, v]) => (key === "$ref" && typeof v === "string" ? [v] : refs(v)));
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with a title, a version and a relative server", () => {
    expect(document.openapi).toBe("3.1.0");
    expect(document.info).toMatchObject({ title: "Cleared API", version: expect.any(String) });
    expect(document.servers).toEqual([{ url: "/", description: expect.any(String) }]);
  });

  it("is in English words: no message said by a schema is left to be worded", () => {
    expect(JSON.stringify(document)).not.toMatch(/\\ue000|\uE000/i);
  });

  it("describes every /api/v1 route there is, and no other", () => {
    const routes = readdirSync(v1).filter((dir) => dir !== "openapi.json").map((dir) => `/api/v1/${dir}`);
    expect(Object.keys(document.paths ?? {}).sort()).toEqual(routes.sort());
    for (const p of routes) expect(operation(p)?.operationId, p).toBeTruthy();
  });

  it.each(Object.entries(QUERY_SCHEMAS))("lists every query parameter of %s's schema, with what it means and an example", (p, schema) => {
    const parameters = (operation(p)?.parameters ?? []) as { name: string; in: string; required: boolean; description?: string; schema: { example?: unknown } }[];
    expect(parameters.map((x) => x.name).sort()).toEqual(Object.keys(schema.shape).sort());
    for (const parameter of parameters) {
      const optional = schema.shape[parameter.name]!.safeParse(undefined).success;
      expect(parameter, parameter.name).toMatchObject({ in: "query", required: !optional, description: expect.stringMatching(/\w/) });
      expect(parameter.schema.example, parameter.name).toBeDefined();
    }
    // The examples are a query the route accepts, so the example call works as written.
    expect(schema.safeParse(Object.fromEntries(parameters.map((x) => [x.name, x.schema.example]))).success).toBe(true);
  });

  it("answers 200 with a JSON schema and every refusal as problem details", () => {
    for (const p of Object.keys(QUERY_SCHEMAS)) {
      const responses = operation(p)?.responses ?? {};
      expect(Object.keys(responses).sort(), p).toEqual(["200", "400", "401", "403", "404", "413", "429"]);
      expect(responses["200"].content["application/json"].schema.$ref, p).toMatch(/^#\/components\/schemas\//);
      for (const status of ["400", "401", "403", "404", "413", "429"]) {
        expect(responses[status].content, `${p} ${status}`).toEqual({ "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } });
      }
      expect(responses["429"].headers).toHaveProperty("Retry-After");
    }
  });

  it("resolves every reference it makes", () => {
    const schemas = document.components?.schemas ?? {};
    for (const ref of refs(document)) expect(schemas, ref).toHaveProperty(ref.replace("#/components/schemas/", ""));
    expect(schemas.Problem).toMatchObject({ type: "object", required: ["type", "title", "status"] });
  });

  it("secures each route with a bearer token of the scope the token matrix gives it, or a session", () => {
    expect(document.components?.securitySchemes?.[BEARER]).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.components?.securitySchemes?.[SESSION]).toMatchObject({ type: "apiKey", in: "cookie" });
    for (const scope of SCOPES) expect(document.components?.securitySchemes?.[BEARER]).toHaveProperty("description", expect.stringContaining(scope));
    for (const row of TOKEN_MATRIX) {
      const p = row.entry.replace(/^GET /, "");
      const security = operation(p)?.security ?? [];
      expect(security, p).toEqual([{ [BEARER]: [expect.any(String)] }, { [SESSION]: [] }]);
      const scope = security[0]![BEARER]![0] as Scope;
      expect(SCOPE_PERMISSIONS[scope], `${p} needs ${scope}`).toBe(row.requires);
    }
  });
});
