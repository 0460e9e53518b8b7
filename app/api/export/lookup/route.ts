import { reachableLocations } from "@/lib/access/policy";
import { authorizeLocations } from "@/lib/auth/guard";
import { findExportsByHash } from "@/lib/export/data";
import { exportLookupSchema } from "@/lib/export/schema";
import { invalidQuery, problem } from "@/lib/http/problem";

export const dynamic = "force-dynamic";

/**
 * GET /api/export/lookup?sha256=: the exports that produced a file with this hash (or held it in a
 * bundle), limited to exports of locations the asker may reach; organization-wide exports (the
 * audit trail) only to those who read organization-wide.
 */
export async function GET(request: Request) {
  const parsed = exportLookupSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidQuery(parsed.error);
  const access = await authorizeLocations("report.read", [], "GET /api/export/lookup");
  if (!access.ok) return access.status === 401 ? problem(401, "Not signed in") : problem(404, "Not found");
  const everywhere = reachableLocations(access.actor, "report.read") === "all";
  const reachable = new Set(access.locations.map((l) => l.id));
  const matches = (await findExportsByHash(parsed.data.sha256)).filter((m) => {
    const locations = m.filters.locations as { id: string }[] | undefined;
    return locations?.length ? locations.every((l) => reachable.has(l.id)) : everywhere;
  });
  return Response.json({ sha256: parsed.data.sha256, matches }, { headers: { "Cache-Control": "no-store" } });
}
