import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

// Public by design (load balancers and uptime checks): reports only up/down and a migration count.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
