import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { sessionCookieName } from "@/lib/auth/session-policy";
import { apiQuerySchema, clearancesResponseSchema } from "@/lib/clearance/schema";
import { problemSchema } from "@/lib/http/schema";
import { RATE_LIMITS } from "@/lib/rate-limit/window";
import { whoCanApiQuerySchema, whoCanApiResponseSchema } from "@/lib/report/schema";
import { SCOPE_LABELS, SCOPES, type Scope } from "@/lib/token/scope";

export const BEARER = "bearerToken";
export const SESSION = "sessionCookie";

/**
 * The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the routes parse their
 * query with and build their answers as (tests check real answers against it), so the document
 * cannot say something the routes do not do. Descriptions, examples and component names (`id`) are
 * the schemas' own `.meta()`: the registry's `register()` would need zod's prototype patched before
 * any schema is created (`extendZodWithOpenApi`), an import-order side effect we do without.
 * Pure but for the session cookie's name, which the deployment's URL decides.
 */
export function openApiDocument() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", BEARER, {
    type: "http",
    scheme: "bearer",
    description: `An API token an administrator created under API tokens (clr_ and 43 characters), sent as Authorization: Bearer. Each route needs one scope: ${SCOPES.map((s) => `${s} (${SCOPE_LABELS[s]})`).join("; ")}. A token limited to some locations reaches only those.`,
  });
  registry.registerComponent("securitySchemes", SESSION, {
    type: "apiKey",
    in: "cookie",
    name: sessionCookieName(),
    description: "The session of a signed-in user, as the browser sends it; the user's role decides what they may read.",
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/clearances",
    operationId: "getClearances",
    summary: "One person's clearances",
    description: "The same answer the app shows: may this person do this task (or each current task) at this location at this moment? Every answer is kept in the decision log.",
    security: security("clearances:read"),
    request: { query: apiQuerySchema },
    responses: {
      200: { description: "The decisions, one per task.", content: { "application/json": { schema: clearancesResponseSchema } } },
      ...errors("No such person, location or task, or the caller may not read this person's clearances there (the two are not told apart)."),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/who-can",
    operationId: "getWhoCan",
    summary: "Who can do a task",
    description: "For schedulers: every medical assistant working at the location at that moment, with the engine's answer for the task, cleared first, reconstructed from what was on record then.",
    security: security("who-can:read"),
    request: { query: whoCanApiQuerySchema },
    responses: {
      200: { description: "Everyone's answer for the task.", content: { "application/json": { schema: whoCanApiResponseSchema } } },
      ...errors("No such task or location, or the caller may not read reports there."),
    },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Cleared API",
      version: "1",
      description: "Clearances for integrations such as a scheduling system or an EHR. Errors are problem details (RFC 9457). Every call, answered or refused, is on the audit trail.",
    },
    servers: [{ url: "/", description: "This Cleared server" }],
  });
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

/** A token with the route's scope, or a signed-in session (OpenAPI 3.1 lets a bearer requirement name roles). */
function security(scope: Scope): RouteConfig["security"] {
  return [{ [BEARER]: [scope] }, { [SESSION]: [] }];
}

/** The refusals every /api/v1 route can answer, all problem details; only what 404 means differs. */
function errors(notFound: string): RouteConfig["responses"] {
  const api = RATE_LIMITS.api;
  const body = (description: string, headers?: Record<string, { description: string; schema: { type: "string" | "integer" } }>) => ({
    description,
    ...(headers ? { headers } : {}),
    content: { "application/problem+json": { schema: problemSchema } },
  });
  return {
    400: body("A query parameter is missing or malformed (errors names each field), or the address holds a control character."),
    401: body("No session and no Authorization header, or the token is unknown, revoked or expired.", {
      "WWW-Authenticate": { description: 'Bearer error="invalid_token" when a token was refused.', schema: { type: "string" } },
    }),
    403: body("The token lacks the route's scope, or is limited to other locations."),
    404: body(notFound),
    413: body("The request declares a body larger than the server accepts (42 MB); it is refused before it is read."),
    429: body(`More than ${api.max} requests in ${api.windowMs / 1000} seconds from this token (or signed-in user): wait the Retry-After seconds and try again.`, {
      "Retry-After": { description: "Seconds to wait before the next request.", schema: { type: "integer" } },
    }),
  };
}
