import Link from "next/link";
import { Badge, EmptyState } from "@/components/ui/card";
import type { DeliveryView } from "@/lib/notification/data";
import { wallClock } from "@/lib/time/zoned";
import { CADENCE_LABELS, DELIVERY_STATUS_LABELS } from "./labels";
import { EmailAddress } from "@/components/ui/email-address";

const TONES = { pending: "amber", sent: "green", failed: "red", outbox: "neutral" } as const;

export function DeliveryStatus({ status }: { status: DeliveryView["status"] }) {
  return <Badge tone={TONES[status]}>{DELIVERY_STATUS_LABELS[status]}</Badge>;
}

export function when(moment: Date | null, timeZone: string): string {
  if (!moment) return "—";
  const wall = wallClock(moment, timeZone);
  return `${wall.date} ${wall.time}`;
}

/** Every message, newest first: to whom, what, when and what became of it. */
export function DeliveryTable({ deliveries, timeZone, caption }: { deliveries: DeliveryView[]; timeZone: string; caption: string }) {
  if (deliveries.length === 0) return <EmptyState title="No messages.">Reminders appear here once the scan finds something to tell.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">Recipient</th>
            <th scope="col" className="py-2 pr-3">Subject</th>
            <th scope="col" className="py-2 pr-3">Cadence</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="py-2 pr-3 text-right">Attempts</th>
            <th scope="col" className="py-2 pr-3 text-right">Items</th>
            <th scope="col" className="py-2 pr-3">Created <span className="normal-case">({timeZone})</span></th>
            <th scope="col" className="py-2">Sent</th>
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
                  {d.subject || "(no subject)"}
                </Link>
                {d.lastError ? <span className="mt-1 block break-words text-xs text-red-800">Last error: {d.lastError}</span> : null}
              </td>
              <td className="whitespace-nowrap py-2 pr-3">{CADENCE_LABELS[d.cadence]}</td>
              <td className="whitespace-nowrap py-2 pr-3">
                <DeliveryStatus status={d.status} />
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">{d.attempts}</td>
              <td className="py-2 pr-3 text-right tabular-nums">{d.notices}</td>
              <td className="whitespace-nowrap py-2 pr-3 tabular-nums">{when(d.createdAt, timeZone)}</td>
              <td className="whitespace-nowrap py-2 tabular-nums">{when(d.sentAt, timeZone)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
