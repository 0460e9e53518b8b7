import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeliveryStatus, when } from "@/components/notification/delivery-table";
import { CADENCE_LABELS, KIND_LABELS } from "@/components/notification/labels";
import { RetryMessage } from "@/components/notification/retry-message";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { messageById } from "@/lib/notification/data";
import { deliveryIdSchema } from "@/lib/notification/schema";
import { organizationSettings } from "@/lib/organization/data";

export const metadata: Metadata = { title: "Message" };

export default async function MessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  await requirePage("notification.manage", { kind: "organization" }, "page /admin/deliveries/[messageId]");
  const id = deliveryIdSchema.safeParse((await params).messageId);
  const [message, { timeZone }] = await Promise.all([id.success ? messageById(id.data) : null, organizationSettings()]);
  if (!message) notFound();
  const facts = [
    ["To", message.toAddress],
    ["Cadence", CADENCE_LABELS[message.cadence]],
    ["Attempts", String(message.attempts)],
    ["Created", when(message.createdAt, timeZone)],
    ["Sent", when(message.sentAt, timeZone)],
    ["Last error", message.lastError ?? "—"],
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/deliveries" className="text-brand-800 underline">
          ← All deliveries
        </Link>
      </p>
      <PageHeader title={message.subject || "(no subject)"} description={<DeliveryStatus status={message.status} />} actions={message.status === "failed" ? <RetryMessage messageId={message.id} to={message.toAddress} /> : null} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Delivery">
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium">{term}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={`Items (${message.notices.length})`}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">The items this message told of</caption>
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3">Kind</th>
                  <th scope="col" className="py-2 pr-3">Item id</th>
                  <th scope="col" className="py-2">Step</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {message.notices.map((n) => (
                  <tr key={`${n.kind}|${n.itemId}|${n.threshold}`}>
                    <td className="py-2 pr-3">{KIND_LABELS[n.kind].label}</td>
                    <td className="break-all py-2 pr-3 font-mono text-xs">{n.itemId}</td>
                    <td className="break-all py-2 font-mono text-xs">{n.threshold}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
      <Card title="Text as sent" className="mt-4">
        <pre className="whitespace-pre-wrap break-words font-sans text-sm">{message.text}</pre>
      </Card>
    </>
  );
}
