import type { Metadata } from "next";
import Link from "next/link";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { PolicyForm } from "@/components/reference/policy-form";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { VersionList } from "@/components/version/version-list";
import { requirePage } from "@/lib/auth/guard";
import { SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import type { SupervisionLevel } from "@/lib/clearance/facts";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listPolicies, type PolicyView } from "@/lib/policy/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";
import { versionStandings } from "@/lib/version/history";

export const metadata: Metadata = { title: "Employer policy" };

function summary(p: PolicyView): string {
  return [
    p.maMayPerform ? "MAs may be authorized" : "Not for MAs",
    p.minSupervisionLevel ? `at least ${SUPERVISION_LABELS[p.minSupervisionLevel as SupervisionLevel]}` : null,
    p.requiresCompetency ? `competency${p.revalidationMonths ? ` every ${p.revalidationMonths} months` : ""}` : null,
    p.documentRef ? `${p.documentRef} ${p.documentVersion ?? ""}`.trim() : null,
  ]
    .filter(Boolean)
    .join(" · ");
}

export default async function PoliciesPage({ searchParams }: { searchParams: Promise<{ edit?: string; correct?: string }> }) {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin/policies");
  const { timeZone } = await organizationSettings();
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
    <>
      <PageHeader title="Employer policy" description="Your written policy per task. It can keep medical assistants from a task, ask for more supervision or revalidation, never less than state law." />
      <div className="space-y-5">
        <VerifyNotice />
        <Card title={!editing ? "New policy" : correcting ? `Correct version ${correcting.version}: ${editing.current.taskName}` : `Change from a date: ${editing.current.taskName}${editing.current.locationName ? ` at ${editing.current.locationName}` : ""}`}>
          {editing ? (
            <p className="mb-3 text-sm text-muted">
              {correcting
                ? `Version ${correcting.version} is replaced as a whole by what you save. Use this when it was entered wrong.`
                : "A new version takes over from its effective date; the versions before it still govern the time before that date."}
            </p>
          ) : null}
          <PolicyForm
            key={`${editing?.current.lineageId ?? "new"}-${correcting?.version ?? ""}`}
            tasks={tasks.filter((t) => !t.providerOnly)}
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
          <Card title="Versions">
            <VersionList
              today={today}
              standings={standings}
              correctHref={(n) => `/admin/policies?edit=${editing.current.lineageId}&correct=${n}`}
              versions={editing.versions.map((v) => ({ id: v.id, version: v.version, supersedes: v.supersedes, effectiveFrom: v.effectiveFrom, recorded: recorded(v.recordedAt), body: <p>{summary(v)}</p> }))}
            />
          </Card>
        ) : null}
        <Card title="Policies">
          {policies.length === 0 ? (
            <EmptyState title="No policies yet." />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {policies.map(({ current: p, inForce }) => (
                <li key={p.lineageId} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:justify-between">
                  <span>
                    <Link href={`/admin/policies?edit=${p.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {p.taskName}
                    </Link>{" "}
                    · {p.locationName ?? "organization-wide"} · v{p.version} {inForce ? null : <Badge tone="amber">From {p.effectiveFrom}</Badge>}
                  </span>
                  <span className="text-muted">{summary(p)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
