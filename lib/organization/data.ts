import "server-only";
import { prisma } from "@/lib/db/client";

export type OrganizationSettings = { id: string; name: string; timeZone: string; ruleStaleAfterDays: number };

export async function organizationSettings(): Promise<OrganizationSettings> {
  const organization = await prisma.organization.findFirst({ select: { id: true, name: true, timeZone: true, ruleStaleAfterDays: true } });
  return organization ?? { id: "", name: "Cleared", timeZone: "UTC", ruleStaleAfterDays: 365 };
}

export type SsoSettings = { id: string; ssoCreatesUsers: boolean; ssoOnly: boolean };

/** The single sign-on switches (both off when no organization exists yet). */
export async function ssoSettings(): Promise<SsoSettings> {
  const organization = await prisma.organization.findFirst({ select: { id: true, ssoCreatesUsers: true, ssoOnly: true } });
  return organization ?? { id: "", ssoCreatesUsers: false, ssoOnly: false };
}
