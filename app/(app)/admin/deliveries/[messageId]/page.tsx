import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeliveryStatus, when } from "@/components/notification/delivery-table";
import { RetryMessage } from "@/components/notification/retry-message";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { messageById } from "@/lib/notification/data";
import { deliveryIdSchema } from "@/lib/notification/schema";
import { organizationSettings } from "@/lib/organization/data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("message.metaTitle") };
}

export default async function MessagePage({ params }: { params: Promise<{ messageId: string }> }) {
  await requirePage("notification.manage", { kind: "organization" }, "page /admin/deliveries/[messageId]");
  const id = deliveryIdSchema.safeParse((await params).messageId);
  const [message, { timeZone }, t, locale] = await Promise.all([id.success ? messageById(id.data) : null, organizationSettings(), getTranslations("notifications"), getLocale()]);
  if (!message) notFound();
  const never = t("deliveries.never");
  const facts = [
    [t("message.to"), message.toAddress],
    [t("message.cadence"), t(`cadence.${message.cadence}`)],
    [t("message.attempts"), String(message.attempts)],
    [t("message.created"), when(message.createdAt, timeZone, locale) ?? never],
    [t("message.sent"), when(message.sentAt, timeZone, locale) ?? never],
    [t("message.lastError"), message.lastError ?? never],
  ];
  return (
    <ClientMessages paths={["notifications.message"]}>
      <p className="mb-2 text-sm">
        <Link href="/admin/deliveries" className="text-brand-800 underline">
          {t("message.back")}
        </Link>
      </p>
      <PageHeader title={message.subject || t("deliveries.noSubject")} description={<DeliveryStatus status={message.status} />} actions={message.status === "failed" ? <RetryMessage messageId={message.id} to={message.toAddress} /> : null} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={t("message.delivery")}>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium">{term}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("message.items", { count: message.notices.length })}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("message.itemsCaption")}</caption>
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-2 pr-3">{t("message.kind")}</th>
                  <th scope="col" className="py-2 pr-3">{t("message.itemId")}</th>
                  <th scope="col" className="py-2">{t("message.step")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {message.notices.map((n) => (
                  <tr key={`${n.kind}|${n.itemId}|${n.threshold}`}>
                    <td className="py-2 pr-3">{t(`kind.${n.kind}.label`)}</td>
                    <td className="break-all py-2 pr-3 font-mono text-xs">{n.itemId}</td>
                    <td className="break-all py-2 font-mono text-xs">{n.threshold}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      </div>
      <Card title={t("message.text")} className="mt-4">
        <pre className="whitespace-pre-wrap break-words font-sans text-sm">{message.text}</pre>
      </Card>
    </ClientMessages>
  );
}
