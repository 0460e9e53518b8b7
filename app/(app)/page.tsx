import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SignOffsWaiting } from "@/components/notification/signoffs-waiting";
import { roleSummary } from "@/components/shell/app-header";
import { navItemsFor, type NavKey } from "@/components/shell/nav-items";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can, hasRole, reachableLocations } from "@/lib/access/policy";
import { requireActor } from "@/lib/auth/guard";
import { loadDashboard } from "@/lib/dashboard/data";
import { listLocations } from "@/lib/location/data";
import { signOffsWaitingFor } from "@/lib/notification/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("home"))("title") };
}

/** The pages the home page describes (the others speak for themselves by name). */
const DESCRIBED = ["myClearances", "checkTask", "myRecord", "people", "locations", "stateRules", "users", "deliveries", "reference", "auditTrail", "account"] as const satisfies readonly NavKey[];

function described(key: NavKey): key is (typeof DESCRIBED)[number] {
  return (DESCRIBED as readonly NavKey[]).includes(key);
}

export default async function HomePage() {
  const actor = await requireActor();
  const [t, common, locale] = await Promise.all([getTranslations("home"), getTranslations("common"), getLocale()]);
  const destinations = navItemsFor(actor, locale).filter((item) => item.href !== "/");
  const scope = reachableLocations(actor, "dashboard.read");
  const showDashboard = !hasRole(actor, "medical_assistant") || scope === "all" || scope.length > 0;
  const locationIds = scope === "all" ? (await listLocations()).map((l) => l.id) : scope;
  const [dashboard, waiting] = await Promise.all([
    showDashboard && locationIds.length > 0 ? loadDashboard(locationIds) : null,
    hasRole(actor, "validator") ? signOffsWaitingFor(actor) : null,
  ]);
  return (
    <ClientMessages paths={["notifications.request"]}>
      <PageHeader title={t("welcome", { name: actor.name.split(" ")[0] ?? "" })} description={t("signedInAs", { roles: roleSummary(actor, locale) })} />
      {waiting ? (
        <section aria-labelledby="signoffs" className="mb-8">
          <h2 id="signoffs" className="mb-3 text-lg font-semibold">
            {t("signOffsWaiting", { count: waiting.length })}
          </h2>
          <Card>
            <SignOffsWaiting waiting={waiting} />
          </Card>
        </section>
      ) : null}
      {dashboard ? (
        <section aria-labelledby="attention" className="mb-8">
          <h2 id="attention" className="mb-3 text-lg font-semibold">
            {scope === "all" ? t("needsAttention") : t("needsAttentionHere")}
          </h2>
          <DashboardView dashboard={dashboard} canEditRules={can(actor, "reference.manage", { kind: "organization" })} signOffAt={reachableLocations(actor, "record.manage")} />
        </section>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {destinations.map((item) => (
          <Card key={item.href}>
            <Link href={item.href} className="text-base font-semibold text-brand-800 underline-offset-2 hover:underline">
              {item.label}
            </Link>
            <p className="mt-1 text-sm text-muted">{described(item.key) ? t(`description.${item.key}`) : null}</p>
          </Card>
        ))}
      </div>
      <p className="mt-8 max-w-3xl text-xs text-muted">{common("legalNote")}</p>
    </ClientMessages>
  );
}
