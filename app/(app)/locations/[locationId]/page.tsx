import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireLocation } from "@/lib/auth/guard";
import { loadDashboard } from "@/lib/dashboard/data";
import { stateName } from "@/lib/location/us-states";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("locations.location");
  return { title: t("metaTitle") };
}

export default async function LocationPage({ params }: { params: Promise<{ locationId: string }> }) {
  const { locationId } = await params;
  const { actor, location } = await requireLocation("arrangement.read", locationId, "page /locations/[locationId]");
  const t = await getTranslations("locations.location");
  const target = { kind: "location" as const, locationId: location.id };
  const showDashboard = can(actor, "dashboard.read", target);
  const dashboard = showDashboard ? await loadDashboard([location.id]) : null;
  return (
    <ClientMessages paths={["notifications.request"]}>
      <PageHeader
        title={location.name}
        description={t("description", { address: location.address, state: stateName(location.state), zone: location.timeZone })}
        actions={
          <>
            <LinkButton href={`/locations/${location.id}/supervision`} variant="secondary">
              {t("supervision")}
            </LinkButton>
            {can(actor, "authorization.manage", target) ? <LinkButton href={`/locations/${location.id}/authorize`}>{t("authorize")}</LinkButton> : null}
            {can(actor, "import.run", target) ? (
              <LinkButton href={`/locations/${location.id}/import`} variant="secondary">
                {t("import")}
              </LinkButton>
            ) : null}
          </>
        }
      />
      {dashboard ? <DashboardView dashboard={dashboard} canEditRules={can(actor, "reference.manage", { kind: "organization" })} signOffAt={can(actor, "record.manage", target) ? [location.id] : []} /> : null}
    </ClientMessages>
  );
}
