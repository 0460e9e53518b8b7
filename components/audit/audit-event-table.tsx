import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import type { DescribedEvent } from "@/lib/audit/sentence";

export type ListedAuditEvent = { seq: number; described: DescribedEvent };

/**
 * Audit events, one sentence each, in the time zone of the location where each happened. The
 * number links to the event as stored (fields, diff, hashes), for the auditor who needs the record.
 */
export function AuditEventTable({ events, caption }: { events: ListedAuditEvent[]; caption: string }) {
  const t = useTranslations("audit.table");
  if (events.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyDetail")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3">
              {t("number")}
            </th>
            <th scope="col" className="py-2 pr-3">
              {t("when")}
            </th>
            <th scope="col" className="py-2">
              {t("what")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {events.map(({ seq, described }) => (
            <tr key={seq}>
              <td className="py-2 pr-3 tabular-nums">
                <Link href={`/audit/${seq}`} aria-label={t("eventLink", { seq })} className="font-medium text-brand-800 underline underline-offset-2">
                  {seq}
                </Link>
              </td>
              <td className="py-2 pr-3 tabular-nums">
                <EventWhen when={described.when} />
              </td>
              <td className="py-2">
                <p>{described.sentence}</p>
                <p className="text-xs text-muted">{described.label}</p>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "1 Dec 2026 09:14 PST", the zone named in full for screen readers and on hover. */
export function EventWhen({ when }: { when: DescribedEvent["when"] }) {
  return (
    <span>
      <span className="whitespace-nowrap">{when.date}</span>{" "}
      <span className="whitespace-nowrap">
        {when.time}{" "}
        <abbr title={when.timeZone} className="no-underline">
          {when.zone}
        </abbr>
      </span>
    </span>
  );
}
