import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PolicyForm } from "@/components/reference/policy-form";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VersionList } from "@/components/version/version-list";
import { requirePage } from "@/lib/auth/guard";
import { supervisionLabel } from "@/lib/clearance/supervision";
import type { SupervisionLevel } from "@/lib/clearance/facts";
import type { Locale } from "@/lib/i18n/locales";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listPolicies, type PolicyView } from "@/lib/policy/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";
import { versionStandings } from "@/lib/version/history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.policies");
  return { title: t("metaTitle") };
}

type Translate = Awaited<ReturnType<typeof getTranslations<"admin.policies">>>;

function summary(p: PolicyView, t: Translate, locale: Locale): string {
  return [
    p.maMayPerform ? t("maMay") : t("notForMas"),
    p.minSupervisionLevel ? t("atLeast", { level: supervisionLabel(p.minSupervisionLevel as SupervisionLevel, locale) }) : null,
    p.requiresCompetency ? (p.revalidationMonths ? t("competencyEvery", { months: p.revalidationMonths }) : t("competency")) : null,
    p.documentRef ? `${p.documentRef} ${p.documentVersion ?? ""}`.trim() : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export default async function PoliciesPage({ searchParams }: { searchParams: Promise<{ edit?: string; correct?: string }> }) {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin/policies");
  const [{ timeZone }, t, locale] = await Promise.all([organizationSettings(), getTranslations("admin.policies"), getLocale()]);
  const now = new Date();
  const today = wallClock(now, timeZone).date;
  const [policies, tasks, locations] = await Promise.all([listPolicies(today), listTasks(), listLocations()]);
  const { edit, correct } = await searchParams;
  const editing = policies.find((p) => p.current.lineageId === edit);
  const standings = editing ? versionStandings(editing.versions.map((v) => ({ ...v, effectiveTo: null, recordedAt: new Date(v.recordedAt) })), now) : new Map();
  const correcting = editing?.versions.find((v) => String(v.version) === correct && !standings.get(v.version)?.correctedBy);
  const base = correcting ?? editing?.current;
  const recorded = (iso: string) => `${wallClock(new Date(iso), timeZone).date} ${wallClock(new Date(iso), timeZone).time}`;
  return (
    <ClientMessages paths={["admin.policyForm", "whatIf.impact"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-5">
        <VerifyNotice />
        <Card
          title={
            !editing
              ? t("newPolicy")
              : correcting
                ? t("correctTitle", { version: correcting.version, task: editing.current.taskName })
                : editing.current.locationName
                  ? t("changeTitleAt", { task: editing.current.taskName, location: editing.current.locationName })
                  : t("changeTitle", { task: editing.current.taskName })
          }
        >
          {editing ? (
            <p className="mb-3 text-sm text-muted">
              {correcting ? t("correctBody", { version: correcting.version }) : t("changeBody")}
            </p>
          ) : null}
          <PolicyForm
            key={`${editing?.current.lineageId ?? "new"}-${correcting?.version ?? ""}`}
            tasks={tasks.filter((task) => !task.providerOnly)}
            locations={locations}
            today={today}
            defaults={
              editing && base
                ? {
                    lineageId: editing.current.lineageId,
                    version: editing.latestVersion,
                    corrects: correcting ? String(correcting.version) : "",
                    effectiveFrom: correcting ? correcting.effectiveFrom : today,
                    taskId: base.taskId,
                    locationId: base.locationId ?? "",
                    maMayPerform: base.maMayPerform,
                    minSupervisionLevel: base.minSupervisionLevel ?? "",
                    requiresCompetency: base.requiresCompetency,
                    revalidationMonths: base.revalidationMonths?.toString() ?? "",
                    documentRef: base.documentRef ?? "",
                    documentVersion: base.documentVersion ?? "",
                  }
                : undefined
            }
          />
        </Card>
        {editing ? (
          <Card title={t("versions")}>
            <VersionList
              today={today}
              standings={standings}
              correctHref={(n) => `/admin/policies?edit=${editing.current.lineageId}&correct=${n}`}
              versions={editing.versions.map((v) => ({ id: v.id, version: v.version, supersedes: v.supersedes, effectiveFrom: v.effectiveFrom, recorded: recorded(v.recordedAt), body: <p>{summary(v, t, locale)}</p> }))}
            />
          </Card>
        ) : null}
        <Card title={t("policies")}>
          {policies.length === 0 ? (
            <EmptyState title={t("empty")} />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {policies.map(({ current: p, inForce }) => (
                <li key={p.lineageId} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:justify-between">
                  <span>
                    <Link href={`/admin/policies?edit=${p.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {p.taskName}
                    </Link>{" "}
                    · {p.locationName ?? t("organizationWide")} · {t("version", { version: p.version })} {inForce ? null : <Badge tone="amber">{t("from", { date: p.effectiveFrom })}</Badge>}
                  </span>
                  <span className="text-muted">{summary(p, t, locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
