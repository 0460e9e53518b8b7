import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import type { AuditEventView } from "@/lib/audit/data";
import { wallClock } from "@/lib/time/zoned";

/** Audit events, one row each, linking to the event's detail and diff. */
export function AuditEventTable({ events, timeZone, caption }: { events: AuditEventView[]; timeZone: string; caption: string }) {
  if (events.length === 0) return <EmptyState title="No events match these filters.">Widen the dates or clear a filter.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">
              #
            </th>
            <th scope="col" className="py-2 pr-3">
              When <span className="normal-case">({timeZone})</span>
            </th>
            <th scope="col" className="py-2 pr-3">
              Who
            </th>
            <th scope="col" className="py-2 pr-3">
              What
            </th>
            <th scope="col" className="py-2">
              Record
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.map((e) => {
            const wall = wallClock(new Date(e.occurredAt), timeZone);
            return (
              <tr key={e.seq}>
                <td className="py-2 pr-3 tabular-nums">
                  <Link href={`/audit/${e.seq}`} aria-label={`Event ${e.seq}`} className="font-medium text-brand-800 underline underline-offset-2">
                    {e.seq}
                  </Link>
                </td>
                <td className="whitespace-nowrap py-2 pr-3 tabular-nums">
                  {wall.date} {wall.time}
                </td>
                <td className="break-all py-2 pr-3">{e.actorLabel}</td>
                <td className="py-2 pr-3">{e.action}</td>
                <td className="break-all py-2">
                  {e.entityType}
                  {e.entityId ? ` ${e.entityId}` : ""}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
