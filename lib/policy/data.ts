import "server-only";
import { prisma } from "@/lib/db/client";
import { byLineage, governing, standing } from "@/lib/version/governing";
import { versionsOf } from "@/lib/version/rows";

export type PolicyView = {
  id: string; lineageId: string; version: number; supersedes: number | null; taskId: string; taskName: string; locationId: string | null; locationName: string | null;
  maMayPerform: boolean; minSupervisionLevel: string | null; requiresCompetency: boolean; revalidationMonths: number | null;
  documentRef: string | null; documentVersion: string | null; effectiveFrom: string; recordedAt: string;
};

export type PolicyLineage = { current: PolicyView; inForce: boolean; latestVersion: number; versions: PolicyView[] };

/** Every policy: the version in force on `today` (or its newest standing version), with every version kept. */
export async function listPolicies(today: string): Promise<PolicyLineage[]> {
  const rows = await prisma.employerPolicy.findMany({
    orderBy: [{ task: { sortOrder: "asc" } }, { location: { name: "asc" } }, { lineageId: "asc" }, { version: "asc" }],
    select: {
      id: true, lineageId: true, version: true, supersedesVersion: true, taskId: true, locationId: true, maMayPerform: true, minSupervisionLevel: true, requiresCompetency: true,
      revalidationMonths: true, documentRef: true, documentVersion: true, effectiveFrom: true, effectiveTo: true, recordedAt: true,
      task: { select: { name: true } }, location: { select: { name: true } },
    },
  });
  const now = new Date();
  return byLineage(versionsOf(rows), (r) => r.lineageId).map((versions) => {
    const inForce = governing(versions, today, now);
    const current = inForce ?? standing(versions, now).sort((a, b) => b.version - a.version)[0]!;
    const view = ({ task, location, supersedesVersion: _, effectiveTo: __, ...r }: (typeof versions)[number]): PolicyView => ({
      ...r,
      taskName: task.name,
      locationName: location?.name ?? null,
      recordedAt: r.recordedAt.toISOString(),
    });
    return { current: view(current), inForce: inForce !== null, latestVersion: versions[versions.length - 1]!.version, versions: versions.map(view) };
  });
}

/** The states a policy applies in: its location's, or every active location's when organization-wide. */
export async function policyStates(locationId: string | null): Promise<string[]> {
  const locations = await prisma.location.findMany({ where: locationId ? { id: locationId } : { active: true }, select: { state: true } });
  return [...new Set(locations.map((l) => l.state))];
}
