import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireScope } from "@/lib/auth/guard";
import { listLocations } from "@/lib/location/data";
import { stateName, US_STATES } from "@/lib/location/us-states";
import { organizationSettings } from "@/lib/organization/data";
import { tierLabelIn } from "@/lib/person/credentials";
import { listRules } from "@/lib/rule/data";
import { plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules.list");
  return { title: t("metaTitle") };
}

const OUTCOME_TONE = { allowed: "green", conditional: "green", prohibited: "red", not_addressed: "amber" } as const;

export default async function RulesPage({ searchParams }: { searchParams: Promise<{ state?: string }> }) {
  const { actor, scope } = await requireScope("reference.read", "page /rules");
  const requested = (await searchParams).state;
  const state = requested && US_STATES[requested] ? requested : undefined;
  const organization = await organizationSettings();
  const today = wallClock(new Date(), organization.timeZone).date;
  const [rules, locations] = await Promise.all([listRules(today, { state }), listLocations(scope)]);
  const states = [...new Set(locations.map((l) => l.state))];
  const staleBefore = plusDays(today, -organization.ruleStaleAfterDays);
  const [t, locale] = await Promise.all([getTranslations("rules"), getLocale()]);
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={can(actor, "reference.manage", { kind: "organization" }) ? <LinkButton href="/rules/new">{t("list.newRule")}</LinkButton> : null}
      />
      <div className="space-y-4">
        <VerifyNotice />
        <nav aria-label={t("list.filterLabel")} className="flex flex-wrap gap-2 text-sm">
          <Link href="/rules" className={`rounded-full px-3 py-1 ring-1 ring-slate-300 ${!state ? "bg-brand-700 text-white" : "bg-white"}`}>
            {t("list.all")}
          </Link>
          {states.map((s) => (
            <Link key={s} href={`/rules?state=${s}`} className={`rounded-full px-3 py-1 ring-1 ring-slate-300 ${state === s ? "bg-brand-700 text-white" : "bg-white"}`}>
              {stateName(s)}
            </Link>
          ))}
        </nav>
        <Card>
          {rules.length === 0 ? (
            <EmptyState title={t("list.empty")} />
          ) : (
            <ul className="divide-y divide-slate-100">
              {rules.map((r) => (
                <li key={r.lineageId} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:items-center sm:justify-between">
                  <span>
                    <Link href={`/rules/${r.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {r.state} · {r.taskName}
                    </Link>
                    {r.credentialTier ? <span className="text-sm text-muted"> · {tierLabelIn(r.credentialTier, locale)}</span> : null}{" "}
                    <Badge tone={OUTCOME_TONE[r.outcome]}>{t(`outcomeBadge.${r.outcome}`)}</Badge> {r.inForce ? null : <Badge tone="amber">{t("list.notInForce")}</Badge>}
                  </span>
                  <span className="text-sm text-muted">
                    {t("list.verified", { citation: r.citation, date: r.lastVerifiedOn })}
                    {r.lastVerifiedOn < staleBefore ? (
                      <>
                        {" "}
                        <Badge tone="amber">{t("list.needsReverify")}</Badge>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
