import Link from "next/link";
import { useTranslations } from "next-intl";
import { RequestSignOff } from "@/components/notification/request-sign-off";
import { Card, EmptyState } from "@/components/ui/card";
import type { Dashboard, DashboardRecord } from "@/lib/dashboard/data";
import { ExpirationChart } from "./expiration-chart";

/** The `<name>` of a catalog line: the person's name, linking to their page. */
function nameLink(personId: string) {
  return function NameLink(chunks: React.ReactNode) {
    return (
      <Link href={`/people/${personId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
        {chunks}
      </Link>
    );
  };
}

function RecordRows({ rows, empty }: { rows: DashboardRecord[]; empty: string }) {
  const t = useTranslations("dashboard.record");
  if (rows.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {rows.map((r) => {
        const fix = (chunks: React.ReactNode) => (
          <Link href={`/people/${r.personId}/records/${r.lineageId}`} className="text-brand-800 underline">
            {chunks}
          </Link>
        );
        return (
          <li key={r.lineageId} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between">
            <span>{t.rich("line", { person: r.personName, title: r.title, name: nameLink(r.personId) })}</span>
            <span className="text-muted">{r.daysLeft > 0 ? t.rich("expires", { date: r.expiresOn, days: r.daysLeft, fix }) : t.rich("expired", { date: r.expiresOn, fix })}</span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What needs attention: counts first, then each list with a link to the fix. `signOffAt`: the
 * locations where the viewer may ask validators for a missing sign-off.
 */
export function DashboardView({ dashboard, canEditRules, signOffAt }: { dashboard: Dashboard; canEditRules: boolean; signOffAt: "all" | readonly string[] }) {
  const t = useTranslations("dashboard");
  const counts = [
    { key: "within30", value: dashboard.expiring.within30.length, href: "#expiring" },
    { key: "within60", value: dashboard.expiring.within60.length, href: "#expiring" },
    { key: "within90", value: dashboard.expiring.within90.length, href: "#expiring" },
    { key: "expired", value: dashboard.expired.length, href: "#expired" },
    { key: "trainingGaps", value: dashboard.trainingGaps.length, href: "#training-gaps" },
    { key: "unsupervised", value: dashboard.unsupervised.length, href: "#unsupervised" },
    { key: "staleRules", value: dashboard.staleRules.length, href: "#stale-rules" },
  ] as const;
  return (
    <div className="space-y-5">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {counts.map((c) => (
          <li key={c.key}>
            <a href={c.href} className="block h-full rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600">
              <span className={`block text-2xl font-bold ${c.value > 0 ? "text-ink" : "text-muted"}`}>{c.value}</span>
              <span className="text-xs text-muted">{t(`counts.${c.key}`)}</span>
            </a>
          </li>
        ))}
      </ul>
      <Card title={t("chartCard")}>
        <ExpirationChart months={dashboard.byMonth} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <div id="expiring">
          <Card title={t("expiring.title")}>
            <RecordRows rows={[...dashboard.expiring.within30, ...dashboard.expiring.within60, ...dashboard.expiring.within90]} empty={t("expiring.empty")} />
          </Card>
        </div>
        <div id="expired">
          <Card title={t("expired.title")}>
            <RecordRows rows={dashboard.expired} empty={t("expired.empty")} />
          </Card>
        </div>
        <div id="training-gaps">
          <Card title={t("trainingGaps.title")}>
            {dashboard.trainingGaps.length === 0 ? (
              <p className="text-sm text-muted">{t("trainingGaps.empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {dashboard.trainingGaps.map((g) => (
                  <li key={`${g.personId}-${g.locationId}-${g.taskId}`} className="py-2">
                    {t.rich("trainingGaps.line", { person: g.personName, task: g.taskName, location: g.locationName, name: nameLink(g.personId) })}
                    <p className="text-muted">{g.reason}</p>
                    {g.signOff && (signOffAt === "all" || signOffAt.includes(g.locationId)) ? (
                      <RequestSignOff personId={g.personId} personName={g.personName} locationId={g.locationId} locationName={g.locationName} taskId={g.taskId} taskName={g.taskName} />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div id="unsupervised">
          <Card title={t("unsupervised.title")}>
            {dashboard.unsupervised.length === 0 ? (
              <p className="text-sm text-muted">{t("unsupervised.empty")}</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {dashboard.unsupervised.map((u) => (
                  <li key={`${u.personId}-${u.locationId}`} className="py-2">
                    {t.rich("unsupervised.line", {
                      person: u.personName,
                      location: u.locationName,
                      name: nameLink(u.personId),
                      fix: (chunks) => (
                        <Link href={`/locations/${u.locationId}/supervision`} className="text-brand-800 underline">
                          {chunks}
                        </Link>
                      ),
                    })}
                    <p className="text-muted">{u.tasks.join(", ")}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
      <div id="stale-rules">
        <Card title={t("staleRules.title")}>
          {dashboard.staleRules.length === 0 ? (
            <EmptyState title={t("staleRules.empty")} />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {dashboard.staleRules.map((r) => (
                <li key={r.lineageId} className="py-2">
                  {t.rich("staleRules.line", {
                    state: r.state,
                    task: r.taskName,
                    citation: r.citation,
                    date: r.lastVerifiedOn,
                    askAdmin: canEditRules ? "no" : "yes",
                    rule: (chunks) => (
                      <Link href={`/rules/${r.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
