import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { EventWhen, type ListedAuditEvent } from "@/components/audit/audit-event-table";
import { EmptyState } from "@/components/ui/card";
import { shownDay } from "./local-moment";

/**
 * Audit events about a person, newest first, one sentence each. For a viewer who may read the
 * audit trail, each event's time links to the event as stored.
 */
export function PersonHistory({ events, linkToRecord }: { events: ListedAuditEvent[]; linkToRecord: boolean }) {
  const t = useTranslations("people");
  const locale = useLocale();
  if (events.length === 0) return <EmptyState title={t("history.none")} />;
  return (
    <ol className="divide-y divide-slate-100 text-sm">
      {events.map(({ seq, described }) => (
        <li key={seq} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:gap-4">
          <span className="shrink-0 tabular-nums text-muted sm:w-48">
            {linkToRecord ? (
              <Link href={`/audit/${seq}`} aria-label={t("history.eventLabel", { seq, date: shownDay(described.when.date, locale), time: described.when.time })} className="text-brand-800 underline underline-offset-2">
                <EventWhen when={described.when} />
              </Link>
            ) : (
              <EventWhen when={described.when} />
            )}
          </span>
          <span>{described.sentence}</span>
        </li>
      ))}
    </ol>
  );
}
