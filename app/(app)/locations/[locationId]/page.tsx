import type { Metadata } from "next";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireLocation } from "@/lib/auth/guard";
import { loadDashboard } from "@/lib/dashboard/data";
import { stateName } from "@/lib/location/us-states";

export const metadata: Metadata = { title: "Location" };

export default async function LocationPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { actor, location } = await requireLocation("arrangement.read", locationId, "page /locations/[locationId]");
  const target = { kind: "location" as const, locationId: location.id };
  const showDashboard = can(actor, "dashboard.read", target);
  const dashboard = showDashboard ? await loadDashboard([location.id]) : null;
  return (
    <>
      <PageHeader
        title={location.name}
        description={`${location.address} · ${stateName(location.state)} law applies · times in ${location.timeZone}`}
        actions={
          <>
            <LinkButton href={`/locations/${location.id}/supervision`} variant="secondary">
              Supervision
            </LinkButton>
            {can(actor, "authorization.manage", target) ? <LinkButton href={`/locations/${location.id}/authorize`}>Authorize staff</LinkButton> : null}
            {can(actor, "import.run", target) ? (
              <LinkButton href={`/locations/${location.id}/import`} variant="secondary">
                Import
              </LinkButton>
            ) : null}
          </>
        }
      />
      {dashboard ? <DashboardView dashboard={dashboard} canEditRules={can(actor, "reference.manage", { kind: "organization" })} signOffAt={can(actor, "record.manage", target) ? [location.id] : []} /> : null}
    </>
  );
}
