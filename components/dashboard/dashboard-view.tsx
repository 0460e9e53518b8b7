import Link from "next/link";
import { RequestSignOff } from "@/components/notification/request-sign-off";
import { Card, EmptyState } from "@/components/ui/card";
import type { Dashboard, DashboardRecord } from "@/lib/dashboard/data";
import { ExpirationChart } from "./expiration-chart";

function RecordRows({ rows, empty }: { rows: DashboardRecord[]; empty: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {rows.map((r) => (
        <li key={r.lineageId} className="flex flex-col gap-0.5 py-2 sm:flex-row sm:justify-between">
          <span>
            <Link href={`/people/${r.personId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
              {r.personName}
            </Link>{" "}
            · {r.title}
          </span>
          <span className="text-muted">
            {r.daysLeft > 0 ? `expires ${r.expiresOn} (in ${r.daysLeft} days)` : `expired ${r.expiresOn}`} ·{" "}
            <Link href={`/people/${r.personId}/records/${r.lineageId}`} className="text-brand-800 underline">
              renew or correct
            </Link>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * What needs attention: counts first, then each list with a link to the fix. `signOffAt`: the
 * locations where the viewer may ask validators for a missing sign-off.
 */
export function DashboardView({ dashboard, canEditRules, signOffAt }: { dashboard: Dashboard; canEditRules: boolean; signOffAt: "all" | readonly string[] }) {
  const counts = [
    { label: "Expiring within 30 days", value: dashboard.expiring.within30.length, href: "#expiring" },
    { label: "Expiring in 31–60 days", value: dashboard.expiring.within60.length, href: "#expiring" },
    { label: "Expiring in 61–90 days", value: dashboard.expiring.within90.length, href: "#expiring" },
    { label: "Already expired", value: dashboard.expired.length, href: "#expired" },
    { label: "Authorizations missing training", value: dashboard.trainingGaps.length, href: "#training-gaps" },
    { label: "MAs without supervision coverage", value: dashboard.unsupervised.length, href: "#unsupervised" },
    { label: "Rules not re-verified", value: dashboard.staleRules.length, href: "#stale-rules" },
  ];
  return (
    <div className="space-y-5">
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {counts.map((c) => (
          <li key={c.label}>
            <a href={c.href} className="block h-full rounded-lg border border-slate-200 bg-white p-3 hover:border-brand-600">
              <span className={`block text-2xl font-bold ${c.value > 0 ? "text-ink" : "text-muted"}`}>{c.value}</span>
              <span className="text-xs text-muted">{c.label}</span>
            </a>
          </li>
        ))}
      </ul>
      <Card title="Expirations in the next 12 months">
        <ExpirationChart months={dashboard.byMonth} />
      </Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <div id="expiring">
          <Card title="Expiring within 90 days">
            <RecordRows rows={[...dashboard.expiring.within30, ...dashboard.expiring.within60, ...dashboard.expiring.within90]} empty="Nothing expires in the next 90 days." />
          </Card>
        </div>
        <div id="expired">
          <Card title="Already expired">
            <RecordRows rows={dashboard.expired} empty="No expired records without a renewal." />
          </Card>
        </div>
        <div id="training-gaps">
          <Card title="Authorizations whose training is missing or expired">
            {dashboard.trainingGaps.length === 0 ? (
              <p className="text-sm text-muted">Every active authorization has its training documented.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {dashboard.trainingGaps.map((g) => (
                  <li key={`${g.personId}-${g.locationId}-${g.taskId}`} className="py-2">
                    <Link href={`/people/${g.personId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {g.personName}
                    </Link>{" "}
                    · {g.taskName} at {g.locationName}
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
          <Card title="Clinical authorizations without supervision coverage">
            {dashboard.unsupervised.length === 0 ? (
              <p className="text-sm text-muted">Everyone with clinical tasks is covered by a supervision arrangement.</p>
            ) : (
              <ul className="divide-y divide-slate-100 text-sm">
                {dashboard.unsupervised.map((u) => (
                  <li key={`${u.personId}-${u.locationId}`} className="py-2">
                    <Link href={`/people/${u.personId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {u.personName}
                    </Link>{" "}
                    at {u.locationName} ·{" "}
                    <Link href={`/locations/${u.locationId}/supervision`} className="text-brand-800 underline">
                      set up supervision
                    </Link>
                    <p className="text-muted">{u.tasks.join(", ")}</p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
      <div id="stale-rules">
        <Card title="State rules not verified for over a year">
          {dashboard.staleRules.length === 0 ? (
            <EmptyState title="All state rules were verified within the year." />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {dashboard.staleRules.map((r) => (
                <li key={r.lineageId} className="py-2">
                  <Link href={`/rules/${r.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                    {r.state}: {r.taskName}
                  </Link>{" "}
                  · {r.citation} · last verified {r.lastVerifiedOn}
                  {canEditRules ? "" : " · ask an admin to re-verify it"}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </div>
  );
}
