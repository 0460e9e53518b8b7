import "server-only";
import { prisma } from "@/lib/db/client";

export type OrganizationSettings = { id: string; name: string; timeZone: string; ruleStaleAfterDays: number };

export async function organizationSettings(): Promise<OrganizationSettings> {
  const organization = await prisma.organization.findFirst({ select: { id: true, name: true, timeZone: true, ruleStaleAfterDays: true } });
  return organization ?? { id: "", name: "Cleared", timeZone: "UTC", ruleStaleAfterDays: 365 };
}
