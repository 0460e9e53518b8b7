import { checkHealth } from "@/lib/db/health";
import { DATABASE_RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

// Public by design (load balancers and uptime checks): reports only up/down and a migration count.
export async function GET() {
  const health = await checkHealth();
  if (health.status === "ok") return Response.json(health, { headers: { "Cache-Control": "no-store" } });
  return Response.json(health, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) } });
}
