import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Badge, EmptyState } from "@/components/ui/card";
import { EmailAddress } from "@/components/ui/email-address";
import type { Locale } from "@/lib/i18n/locales";
import type { DeliveryView } from "@/lib/notification/data";
import { noticeDate } from "@/lib/notification/wording";
import { wallClock } from "@/lib/time/zoned";

const TONES = { pending: "amber", sent: "green", failed: "red", outbox: "neutral" } as const;

export function DeliveryStatus({ status }: { status: DeliveryView["status"] }) {
  const t = useTranslations("notifications");
  return <Badge tone={TONES[status]}>{t(`status.${status}`)}</Badge>;
}

/** A moment on the organization's clock, dated in the reader's language; null when it has not happened. */
export function when(moment: Date | null, timeZone: string, locale: Locale): string | null {
  if (!moment) return null;
  const wall = wallClock(moment, timeZone);
  return `${noticeDate(wall.date, locale)} ${wall.time}`;
}

/** Every message, newest first: to whom, what, when and what became of it. */
export function DeliveryTable({ deliveries, timeZone, caption }: { deliveries: DeliveryView[]; timeZone: string; caption: string }) {
  const t = useTranslations("notifications");
  const locale = useLocale();
  if (deliveries.length === 0) return <EmptyState title={t("deliveries.emptyTitle")}>{t("deliveries.emptyBody")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">{t("deliveries.recipient")}</th>
            <th scope="col" className="py-2 pr-3">{t("deliveries.subject")}</th>
            <th scope="col" className="py-2 pr-3">{t("deliveries.cadence")}</th>
            <th scope="col" className="py-2 pr-3">{t("deliveries.statusColumn")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("deliveries.attempts")}</th>
            <th scope="col" className="py-2 pr-3 text-right">{t("deliveries.items")}</th>
            <th scope="col" className="py-2 pr-3">{t.rich("deliveries.created", { timeZone, zone: (chunks) => <span className="normal-case">{chunks}</span> })}</th>
            <th scope="col" className="py-2">{t("deliveries.sent")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((d) => (
            <tr key={d.id} className="align-top">
              <td className="py-2 pr-3">
                <span className="block font-medium">{d.recipient}</span>
                <EmailAddress email={d.to} className="text-xs text-muted" />
              </td>
              <td className="min-w-48 py-2 pr-3">
                <Link href={`/admin/deliveries/${d.id}`} className="text-brand-800 underline underline-offset-2">
                  {d.subject || t("deliveries.noSubject")}
                </Link>
                {d.lastError ? <span className="mt-1 block break-words text-xs text-red-800">{t("deliveries.lastError", { error: d.lastError })}</span> : null}
              </td>
              <td className="whitespace-nowrap py-2 pr-3">{t(`cadence.${d.cadence}`)}</td>
              <td className="whitespace-nowrap py-2 pr-3">
                <DeliveryStatus status={d.status} />
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{d.attempts}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{d.notices}</td>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{when(d.createdAt, timeZone, locale) ?? t("deliveries.never")}</td>
              <td className="whitespace-nowrap py-2 tabular-nums">{when(d.sentAt, timeZone, locale) ?? t("deliveries.never")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
