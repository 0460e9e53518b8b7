import { appReadiness, readinessResponse } from "@/lib/db/readiness";

export const dynamic = "force-dynamic";

// Public by design, like /api/health (load balancers probe it without credentials): it says only
// which check failed, never where the database is.
export async function GET() {
  return readinessResponse(await appReadiness());
}
