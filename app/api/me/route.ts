import { authenticatedRoute } from "@/lib/auth/guard";

export const dynamic = "force-dynamic";

/**
 * GET /api/me: who the session belongs to (name and roles), for a client deciding what to show.
 * Also the floor of `npm run bench:http`: the guard's work and nothing else.
 */
export const GET = authenticatedRoute(async (_request, actor) =>
  Response.json({ name: actor.name, roles: [...new Set(actor.grants.map((g) => g.role))].sort() }, { headers: { "Cache-Control": "no-store" } }),
);
