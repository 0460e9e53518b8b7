import { useLocale, useTranslations } from "next-intl";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import type { EmploymentPeriod } from "@/lib/person/data";
import { localMoment, shownDay } from "./local-moment";
import { AddEmploymentDialog, CorrectEmploymentDialog, EndEmploymentDialog } from "./employment-dialogs";

/** What the dialogs need of a period (its history stays on the server). */
const editable = ({ lineageId, version, locationName, from, lastDay }: EmploymentPeriod) => ({ lineageId, version, locationName, from, lastDay });

/**
 * Where and when a person works: each period as it stands (newest first), its versions (corrections,
 * an end) and, where the actor manages the location, the changes. `manageable`: the locations the
 * actor may add a period at (empty: no "Add employment").
 */
export function EmploymentCard({
  personId,
  periods,
  canManage,
  manageable,
  today,
  timeZone,
}: {
  personId: string;
  periods: EmploymentPeriod[];
  canManage: (locationId: string) => boolean;
  manageable: { id: string; name: string }[];
  today: string;
  timeZone: string;
}) {
  const t = useTranslations("people");
  const locale = useLocale();
  const day = (date: string) => shownDay(date, locale);
  return (
    <Card title={t("employment.title")} actions={manageable.length > 0 ? <AddEmploymentDialog personId={personId} locations={manageable} today={today} /> : null}>
      {periods.length === 0 ? (
        <EmptyState title={t("employment.none")} />
      ) : (
        <ul className="divide-y divide-slate-100">
          {periods.map((p) => (
            <li key={p.lineageId} className="py-3">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="font-medium">
                    {p.locationName} {p.current ? <Badge tone="green">{t("employment.current")}</Badge> : p.from > today ? <Badge tone="amber">{t("employment.starts", { from: day(p.from) })}</Badge> : <Badge>{t("employment.ended")}</Badge>}
                  </p>
                  <p className="text-sm text-muted">
                    {p.lastDay ? t("employment.firstDayLastDay", { from: day(p.from), lastDay: day(p.lastDay) }) : t("employment.firstDayOpen", { from: day(p.from) })}
                  </p>
                </div>
                {canManage(p.locationId) ? (
                  <div className="flex flex-wrap gap-2">
                    <EndEmploymentDialog personId={personId} period={editable(p)} today={today} />
                    <CorrectEmploymentDialog personId={personId} period={editable(p)} />
                  </div>
                ) : null}
              </div>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand-800">
                  {t("employment.history", { count: p.history.length })}
                  <span className="sr-only">{t("employment.historyOf", { location: p.locationName })}</span>
                </summary>
                <ol className="mt-1 space-y-0.5 pl-4 text-muted">
                  {p.history.map((h) => (
                    <li key={h.version}>
                      {h.lastDay
                        ? t("employment.version", { version: h.version, from: day(h.from), lastDay: day(h.lastDay), at: localMoment(h.recordedAt, timeZone, locale) })
                        : t("employment.versionOpen", { version: h.version, from: day(h.from), at: localMoment(h.recordedAt, timeZone, locale) })}
                      {h.reason ? ` · ${h.reason}` : ""}
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
