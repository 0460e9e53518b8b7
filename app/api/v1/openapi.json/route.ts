import { openApiDocument } from "@/lib/openapi/document";

// Built once per server: the document only changes with the code (and the deployment's URL).
const body = JSON.stringify(openApiDocument());

/**
 * GET /api/v1/openapi.json: the OpenAPI 3.1 description of /api/v1. Public by design, like
 * /api/health: it describes the routes and reveals no data, and integrators read it before they hold
 * a token. Cacheable for an hour; a new version arrives with a new deployment.
 */
export function GET() {
  return new Response(body, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=3600" } });
}
