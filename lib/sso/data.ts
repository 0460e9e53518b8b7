import "server-only";
import { prisma } from "@/lib/db/client";

/**
 * Whether the user holds the admin role: under "single sign-on only" admins keep password sign-in,
 * so an identity provider outage cannot lock the organization out.
 */
export async function hasAdminRole(userId: string): Promise<boolean> {
  return (await prisma.roleGrant.count({ where: { userId, role: "admin" } })) > 0;
}
