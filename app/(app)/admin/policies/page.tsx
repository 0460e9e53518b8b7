import type { Metadata } from "next";
import Link from "next/link";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { PolicyForm } from "@/components/reference/policy-form";
import { Card, EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage } from "@/lib/auth/guard";
import { SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import type { SupervisionLevel } from "@/lib/clearance/facts";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { listPolicies } from "@/lib/policy/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Employer policy" };

export default async function PoliciesPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  await requirePage("reference.manage", { kind: "organization" }, "page /admin/policies");
  const [policies, tasks, locations, { timeZone }] = await Promise.all([listPolicies(), listTasks(), listLocations(), organizationSettings()]);
  const { edit } = await searchParams;
  const editing = policies.find((p) => p.lineageId === edit);
  const today = wallClock(new Date(), timeZone).date;
  return (
    <>
      <PageHeader title="Employer policy" description="Your written policy per task. It can keep medical assistants from a task, ask for more supervision or revalidation, never less than state law." />
      <div className="space-y-5">
        <VerifyNotice />
        <Card title={editing ? `Edit: ${editing.taskName}${editing.locationName ? ` at ${editing.locationName}` : ""}` : "New policy"}>
          <PolicyForm
            key={editing?.lineageId ?? "new"}
            tasks={tasks.filter((t) => !t.providerOnly)}
            locations={locations}
            today={today}
            defaults={
              editing
                ? {
                    lineageId: editing.lineageId,
                    version: editing.version,
                    taskId: editing.taskId,
                    locationId: editing.locationId ?? "",
                    maMayPerform: editing.maMayPerform,
                    minSupervisionLevel: editing.minSupervisionLevel ?? "",
                    requiresCompetency: editing.requiresCompetency,
                    revalidationMonths: editing.revalidationMonths?.toString() ?? "",
                    documentRef: editing.documentRef ?? "",
                    documentVersion: editing.documentVersion ?? "",
                  }
                : undefined
            }
          />
        </Card>
        <Card title="Policies">
          {policies.length === 0 ? (
            <EmptyState title="No policies yet." />
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {policies.map((p) => (
                <li key={p.lineageId} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:justify-between">
                  <span>
                    <Link href={`/admin/policies?edit=${p.lineageId}`} className="font-medium text-brand-800 underline-offset-2 hover:underline">
                      {p.taskName}
                    </Link>{" "}
                    · {p.locationName ?? "organization-wide"} · v{p.version}
                  </span>
                  <span className="text-muted">
                    {p.maMayPerform ? "MAs may be authorized" : "Not for MAs"}
                    {p.minSupervisionLevel ? ` · at least ${SUPERVISION_LABELS[p.minSupervisionLevel as SupervisionLevel]}` : ""}
                    {p.requiresCompetency ? ` · competency${p.revalidationMonths ? ` every ${p.revalidationMonths} months` : ""}` : ""}
                    {p.documentRef ? ` · ${p.documentRef} ${p.documentVersion ?? ""}` : ""}
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
