import type { Metadata } from "next";
import Link from "next/link";
import { DeliveryTable } from "@/components/notification/delivery-table";
import { DELIVERY_STATUS_LABELS } from "@/components/notification/labels";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { deadLetterCount, deliveryCounts, listDeliveries, type DeliveryView } from "@/lib/notification/data";
import { organizationSettings } from "@/lib/organization/data";

export const metadata: Metadata = { title: "Deliveries" };

const STATUSES = ["failed", "pending", "sent", "outbox"] as const satisfies readonly DeliveryView["status"][];

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ status?: string | string[] }> }) {
  await requirePage("notification.manage", { kind: "organization" }, "page /admin/deliveries");
  const asked = (await searchParams).status;
  const status = STATUSES.find((s) => s === asked);
  const [deliveries, counts, dead, { timeZone }] = await Promise.all([listDeliveries({ status }), deliveryCounts(), deadLetterCount(), organizationSettings()]);
  const total = STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const filters = [{ href: "/admin/deliveries", label: "All", count: total, current: !status }, ...STATUSES.map((s) => ({ href: `/admin/deliveries?status=${s}`, label: DELIVERY_STATUS_LABELS[s], count: counts[s], current: status === s }))];
  return (
    <>
      <PageHeader title="Deliveries" description="Every email Cleared made: to whom, what, when, and what became of it. The newest 200 are listed." />
      <div className="mb-4 space-y-3">
        {process.env.SMTP_URL ? null : <Alert tone="info" title="No SMTP server is configured (SMTP_URL): messages are kept here instead of being sent." />}
        {asked !== undefined && !status ? <Alert tone="warning" title="Unknown status: showing every message." /> : null}
        {dead > 0 ? (
          <Alert tone="warning" title={`${dead} send job${dead === 1 ? " was" : "s were"} given up by the queue after repeated errors.`}>
            Check the mail server, then send the failed messages again.
          </Alert>
        ) : (
          <p className="text-sm text-muted">No send jobs were given up by the queue.</p>
        )}
      </div>
      <nav aria-label="Filter by status" className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {filters.map((f) => (
            <li key={f.href}>
              <Link
                href={f.href}
                aria-current={f.current ? "page" : undefined}
                className={`inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium ring-1 ring-inset ${f.current ? "bg-brand-700 text-white ring-brand-700" : "bg-white ring-slate-300 hover:bg-slate-50"}`}
              >
                {f.label} ({f.count})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card>
        <DeliveryTable deliveries={deliveries} timeZone={timeZone} caption={status ? `Messages: ${DELIVERY_STATUS_LABELS[status]}` : "All messages"} />
      </Card>
    </>
  );
}
