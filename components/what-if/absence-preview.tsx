import { useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { describeInterval } from "@/lib/exception/interval";
import type { AbsencePreview } from "@/lib/what-if/data";

/** What an absence would take away, and who could cover: the what-if's result, before anything is saved. */
export function AbsencePreviewView({ preview }: { preview: AbsencePreview }) {
  const { comparison, covers, location, provider, interval } = preview;
  const t = useTranslations("whatIf.absence");
  const locale = useLocale();
  const what = provider ? t("away", { name: provider.name }) : t("closed", { location: location.name });
  const when = describeInterval(interval, location.timeZone, locale);
  const window = (w: { from: Date; to: Date }) => describeInterval({ startsAt: w.from, endsAt: w.to, allDay: false }, location.timeZone, locale);
  return (
    <div className="space-y-4">
      {comparison.windows === 0 ? (
        <Alert tone="success" title={t("noLoss", { what, interval: when, location: location.name })} />
      ) : (
        <Alert tone="warning" title={t("loss", { what, interval: when, windows: comparison.windows, people: comparison.people })}>
          {t("nothingSaved")}
        </Alert>
      )}
      {comparison.changes.length > 0 ? (
        <Card title={t("whoLoses")}>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-2 pr-3 font-medium">{t("medicalAssistant")}</th>
                  <th scope="col" className="py-2 pr-3 font-medium">{t("task")}</th>
                  <th scope="col" className="py-2 pr-3 font-medium">{t("noLongerCleared")}</th>
                  <th scope="col" className="py-2 font-medium">{t("why")}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.changes.map((c) => (
                  <tr key={`${c.personId}-${c.taskId}`} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">{c.personName}</td>
                    <td className="py-2 pr-3">{c.taskName}</td>
                    <td className="py-2 pr-3 tabular-nums">
                      <ul>
                        {c.windows.map((w) => (
                          <li key={w.from.toISOString()}>{window(w)}</li>
                        ))}
                      </ul>
                    </td>
                    <td className="py-2 text-muted">{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ) : null}
      {provider ? (
        <Card title={t("whoElse")}>
          {covers.length === 0 ? (
            <p className="text-sm text-muted">{t("noCover", { location: location.name })}</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {covers.map((c) => (
                <li key={c.id} className="py-2">
                  <span className="font-medium">
                    {c.name} ({c.providerType})
                  </span>
                  {" · "}
                  {c.schedule ? t("plannedHere", { schedule: c.schedule }) : t("noPlan")}
                  {c.away ? ` · ${t("alsoAway")}` : ""}
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
    </div>
  );
}
