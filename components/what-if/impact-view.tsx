import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { ReferenceImpact } from "@/lib/what-if/reference";

/** Who would gain and lose which tasks where, if a rule or policy version were saved: shown before saving. */
export function ImpactView({ impact }: { impact: ReferenceImpact }) {
  const t = useTranslations("whatIf.impact");
  const headline =
    impact.gains + impact.losses === 0
      ? t("noChange", { locations: impact.locations, days: impact.days, from: impact.from })
      : t("changes", { days: impact.days, from: impact.from, losses: impact.losses, gains: impact.gains });
  return (
    <section aria-label={t("region")} className="space-y-3">
      <Alert tone={impact.losses > 0 ? "warning" : "info"} title={headline}>
        {t("nothingSaved")}
      </Alert>
      {impact.rows.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3 font-medium">{t("change")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("medicalAssistant")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("task")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("location")}</th>
                <th scope="col" className="py-2 pr-3 font-medium">{t("firstWindow")}</th>
                <th scope="col" className="py-2 font-medium">{t("answer")}</th>
              </tr>
            </thead>
            <tbody>
              {impact.rows.map((r) => (
                <tr key={`${r.change}-${r.location}-${r.person}-${r.task}`} className="border-b border-slate-100 align-top">
                  <td className={`py-2 pr-3 font-medium ${r.change === "loses" ? "text-red-800" : "text-emerald-800"}`}>{r.change === "loses" ? t("loses") : t("gains")}</td>
                  <td className="py-2 pr-3">{r.person}</td>
                  <td className="py-2 pr-3">{r.task}</td>
                  <td className="py-2 pr-3">{r.location}</td>
                  <td className="py-2 pr-3 tabular-nums">
                    {r.first}
                    {r.windows > 1 ? ` ${t("more", { count: r.windows - 1 })}` : ""}
                  </td>
                  <td className="py-2 text-muted">{r.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {impact.truncated ? <p className="mt-2 text-sm text-muted">{t("truncated", { count: impact.rows.length })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
