import "server-only";
import { prisma } from "@/lib/db/client";

export type LocationSummary = { id: string; name: string; state: string; timeZone: string; address: string; requiresCheckIn: boolean };

export async function listLocations(scope: "all" | readonly string[] = "all"): Promise<LocationSummary[]> {
  return prisma.location.findMany({
    where: { active: true, ...(scope === "all" ? {} : { id: { in: [...scope] } }) },
    orderBy: { name: "asc" },
    select: { id: true, name: true, state: true, timeZone: true, address: true, requiresCheckIn: true },
  });
}

export async function getLocations(ids: readonly string[]): Promise<LocationSummary[]> {
  if (ids.length === 0) return [];
  return prisma.location.findMany({
    where: { id: { in: [...ids] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, state: true, timeZone: true, address: true, requiresCheckIn: true },
  });
}

export async function listLocationsForAdmin() {
  return prisma.location.findMany({ orderBy: { name: "asc" }, select: { id: true, version: true, name: true, address: true, state: true, timeZone: true, requiresCheckIn: true } });
}

/** Active locations in a state, or one location: where a rule or policy version would apply. */
export async function activeLocationsWhere(where: { state?: string; id?: string }): Promise<{ id: string; name: string; timeZone: string }[]> {
  return prisma.location.findMany({ where: { active: true, ...where }, orderBy: { name: "asc" }, select: { id: true, name: true, timeZone: true } });
}
