import { reachableLocations } from "@/lib/access/policy";
import { authenticatedRoute, authorizeLocations } from "@/lib/auth/guard";
import { findExportsByHash } from "@/lib/export/data";
import { exportLookupSchema } from "@/lib/export/schema";
import { invalidQuery, problem } from "@/lib/http/problem";
import { requestLocale } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/lookup?sha256=: the exports that produced a file with this hash (or held it in a
 * bundle), limited to exports of locations the asker may reach; organization-wide exports (the
 * audit trail) only to those who read organization-wide.
 */
export const GET = authenticatedRoute(async (request, actor) => {
  const parsed = exportLookupSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error, { locale: await requestLocale(actor) });
  const locations = await authorizeLocations(actor, "report.read", [], "GET /api/export/lookup");
  if (!locations) return problem(404, "Not found");
  const everywhere = reachableLocations(actor, "report.read") === "all";
  const reachable = new Set(locations.map((l) => l.id));
  const matches = (await findExportsByHash(parsed.data.sha256)).filter((m) => {
    const locations = m.filters.locations as { id: string }[] | undefined;
    return locations?.length ? locations.every((l) => reachable.has(l.id)) : everywhere;
  });
  return Response.json({ sha256: parsed.data.sha256, matches }, { headers: { "Cache-Control": "no-store" } });
});
