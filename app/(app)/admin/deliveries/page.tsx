import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeliveryTable } from "@/components/notification/delivery-table";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { deadLetterCount, deliveryCounts, listDeliveries, type DeliveryView } from "@/lib/notification/data";
import { organizationSettings } from "@/lib/organization/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("deliveries.metaTitle") };
}

const STATUSES = ["failed", "pending", "sent", "outbox"] as const satisfies readonly DeliveryView["status"][];

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  await requirePage("notification.manage", { kind: "organization" }, "page /admin/deliveries");
  const asked = (await searchParams).status;
  const status = STATUSES.find((s) => s === asked);
  const [deliveries, counts, dead, { timeZone }, t] = await Promise.all([listDeliveries({ status }), deliveryCounts(), deadLetterCount(), organizationSettings(), getTranslations("notifications")]);
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const filters = [{ href: "/admin/deliveries", label: t("deliveries.all"), count: total, current: !status }, ...STATUSES.map((s) => ({ href: `/admin/deliveries?status=${s}`, label: t(`status.${s}`), count: counts[s], current: status === s }))];
  return (
    <>
      <PageHeader title={t("deliveries.title")} description={t("deliveries.description")} />
      <div className="mb-4 space-y-3">
        {process.env.SMTP_URL ? null : <Alert tone="info" title={t("deliveries.noSmtp")} />}
        {asked !== undefined && !status ? <Alert tone="warning" title={t("deliveries.unknownStatus")} /> : null}
        {dead > 0 ? (
          <Alert tone="warning" title={t("deliveries.dead", { count: dead })}>
            {t("deliveries.deadHelp")}
          </Alert>
        ) : (
          <p className="text-sm text-muted">{t("deliveries.noDead")}</p>
        )}
      </div>
      <nav aria-label={t("deliveries.filterLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {filters.map((f) => (
            <li key={f.href}>
              <Link
                href={f.href}
                aria-current={f.current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium ring-1 ring-inset ${f.current ? "bg-brand-700 text-white ring-brand-700" : "bg-white ring-slate-300 hover:bg-slate-50"}`}
              >
                {t("deliveries.filter", { label: f.label, count: f.count })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card>
        <DeliveryTable deliveries={deliveries} timeZone={timeZone} caption={status ? t("deliveries.captionStatus", { status: t(`status.${status}`) }) : t("deliveries.captionAll")} />
      </Card>
    </>
  );
}
