import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import type { WaitingSignOff } from "@/lib/notification/data";
import { noticeDate } from "@/lib/notification/wording";

/** A validator's competencies to sign off, each one click from its sign-off form with the tasks chosen. */
export function SignOffsWaiting({ waiting }: { waiting: WaitingSignOff[] }) {
  const t = useTranslations("notifications");
  const locale = useLocale();
  if (waiting.length === 0) return <EmptyState title={t("waiting.emptyTitle")}>{t("waiting.emptyBody")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {waiting.map((w) => {
        const query = new URLSearchParams({ location: w.locationId, tasks: w.taskIds.join(",") });
        return (
          <li key={`${w.lineageId}-${w.locationId}`} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
            <span>
              <span className="font-medium">{w.person}</span> · {w.title}
              <span className="block text-muted">{t("waiting.recorded", { date: noticeDate(w.recordedOn, locale), location: w.location })}</span>
            </span>
            <Link href={`/people/${w.personId}/validate?${query}`} className="inline-flex min-h-11 shrink-0 items-center justify-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800">
              {t.rich("waiting.signOff", { person: w.person, title: w.title, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
