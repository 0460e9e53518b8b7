import Link from "next/link";
import { useTranslations } from "next-intl";
import { AnswerBadge } from "@/components/clearance/answer-badge";
import { EmptyState } from "@/components/ui/card";
import type { DecisionRow } from "@/lib/decision/rows";
import { localMoment } from "@/lib/report/as-of";

/** Logged decisions, newest first; times on each decision's location clock. */
export function DecisionTable({ rows }: { rows: DecisionRow[] }) {
  const t = useTranslations("reports");
  if (rows.length === 0) return <EmptyState title={t("decisions.table.emptyTitle")}>{t("decisions.table.emptyDetail")}</EmptyState>;
  return (
    <div role="region" aria-label={t("decisions.table.region")} tabIndex={0} className="relative overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("decisions.table.caption")}</caption>
        <thead className="text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="py-2 pr-4">{t("decisions.table.asked")}</th>
            <th scope="col" className="py-2 pr-4">{t("decisions.table.person")}</th>
            <th scope="col" className="py-2 pr-4">{t("decisions.table.task")}</th>
            <th scope="col" className="py-2 pr-4">{t("decisions.table.locationAndMoment")}</th>
            <th scope="col" className="py-2 pr-4">{t("decisions.table.answer")}</th>
            <th scope="col" className="py-2 pr-4">{t("decisions.table.askedBy")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.seq} className="align-top">
              <td className="py-2 pr-4">
                <Link href={`/reports/decisions/${r.seq}`} prefetch={false} className="block font-medium text-brand-800 underline-offset-2 hover:underline">
                  <span className="sr-only">{t("decisions.table.decisionAsked", { seq: r.seq })} </span>
                  {localMoment(r.askedAt, r.timeZone)}
                </Link>
              </td>
              <td className="py-2 pr-4">{r.personName}</td>
              <td className="py-2 pr-4">{r.taskName}</td>
              <td className="py-2 pr-4">
                {r.locationName}
                <span className="block text-xs text-muted">{localMoment(r.moment, r.timeZone)}</span>
              </td>
              <td className="whitespace-nowrap py-2 pr-4">
                <AnswerBadge answer={r.answer} />
              </td>
              <td className="py-2 pr-4">
                {r.askedByLabel}
                <span className="block text-xs text-muted">{t(`sources.${r.source}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
