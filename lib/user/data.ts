import "server-only";
import type { Grant } from "@/lib/access/policy";
import { prisma } from "@/lib/db/client";
import { literalLike } from "@/lib/db/like";

export type UserRow = {
  id: string;
  personId: string;
  name: string;
  email: string;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: string | null;
  grants: Grant[];
};

export async function listUsers(filter: { query?: string; status?: "active" | "inactive" | "all" } = {}): Promise<UserRow[]> {
  const query = filter.query?.trim();
  const users = await prisma.user.findMany({
    where: {
      ...(filter.status === "active" ? { active: true } : filter.status === "inactive" ? { active: false } : {}),
      ...(query
        ? {
            OR: [
              { email: { contains: literalLike(query), mode: "insensitive" } },
              { person: { firstName: { contains: literalLike(query), mode: "insensitive" } } },
              { person: { lastName: { contains: literalLike(query), mode: "insensitive" } } },
            ],
          }
        : {}),
    },
    orderBy: [{ person: { lastName: "asc" } }, { person: { firstName: "asc" } }],
    select: {
      id: true,
      email: true,
      active: true,
      mustChangePassword: true,
      lastSignInAt: true,
      person: { select: { id: true, firstName: true, lastName: true } },
      roleGrants: { select: { role: true, locationId: true, taskId: true } },
    },
  });
  return users.map((u) => ({
    id: u.id,
    personId: u.person.id,
    name: `${u.person.firstName} ${u.person.lastName}`,
    email: u.email,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    grants: u.roleGrants,
  }));
}

export type UserDetail = UserRow & { version: number; workLocationIds: string[] };

export async function getUserForAdmin(userId: string): Promise<UserDetail | null> {
  const u = await prisma.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      active: true,
      mustChangePassword: true,
      lastSignInAt: true,
      version: true,
      person: { select: { id: true, firstName: true, lastName: true, locations: { select: { locationId: true } } } },
      roleGrants: { select: { role: true, locationId: true, taskId: true } },
    },
  });
  if (!u) return null;
  return {
    id: u.id,
    personId: u.person.id,
    name: `${u.person.firstName} ${u.person.lastName}`,
    email: u.email,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    grants: u.roleGrants,
    version: u.version,
    workLocationIds: u.person.locations.map((l) => l.locationId),
  };
}
