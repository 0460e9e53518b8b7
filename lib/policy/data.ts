import "server-only";
import { prisma } from "@/lib/db/client";

export type PolicyView = {
  id: string; lineageId: string; version: number; taskId: string; taskName: string; locationId: string | null; locationName: string | null;
  maMayPerform: boolean; minSupervisionLevel: string | null; requiresCompetency: boolean; revalidationMonths: number | null;
  documentRef: string | null; documentVersion: string | null; effectiveFrom: string; recordedAt: string;
};

/** The newest version of every policy, organization-wide ones first. */
export async function listPolicies(): Promise<PolicyView[]> {
  const rows = await prisma.employerPolicy.findMany({
    orderBy: [{ task: { sortOrder: "asc" } }, { lineageId: "asc" }, { version: "desc" }],
    select: {
      id: true, lineageId: true, version: true, taskId: true, locationId: true, maMayPerform: true, minSupervisionLevel: true, requiresCompetency: true,
      revalidationMonths: true, documentRef: true, documentVersion: true, effectiveFrom: true, recordedAt: true,
      task: { select: { name: true } }, location: { select: { name: true } },
    },
  });
  const seen = new Set<string>();
  return rows
    .filter((r) => !seen.has(r.lineageId) && seen.add(r.lineageId))
    .map(({ task, location, ...r }) => ({ ...r, taskName: task.name, locationName: location?.name ?? null, effectiveFrom: r.effectiveFrom.toISOString(), recordedAt: r.recordedAt.toISOString() }));
}

/** The states a policy applies in: its location's, or every active location's when organization-wide. */
export async function policyStates(locationId: string | null): Promise<string[]> {
  const locations = await prisma.location.findMany({ where: locationId ? { id: locationId } : { active: true }, select: { state: true } });
  return [...new Set(locations.map((l) => l.state))];
}
