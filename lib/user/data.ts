import "server-only";
import type { Grant } from "@/lib/access/policy";
import type { HelperGrant } from "@/lib/clearance/overview";
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

const USER_ROW_SELECT = {
  id: true,
  email: true,
  active: true,
  mustChangePassword: true,
  lastSignInAt: true,
  person: { select: { id: true, firstName: true, lastName: true } },
  roleGrants: { select: { role: true, locationId: true, taskId: true } },
} as const;

type SelectedUser = {
  id: string;
  email: string;
  active: boolean;
  mustChangePassword: boolean;
  lastSignInAt: Date | null;
  person: { id: string; firstName: string; lastName: string };
  roleGrants: Grant[];
};

function toUserRow(u: SelectedUser): UserRow {
  return {
    id: u.id,
    personId: u.person.id,
    name: `${u.person.firstName} ${u.person.lastName}`,
    email: u.email,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
    lastSignInAt: u.lastSignInAt?.toISOString() ?? null,
    grants: u.roleGrants,
  };
}

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
    select: USER_ROW_SELECT,
  });
  return users.map(toUserRow);
}

export type UserDetail = UserRow & { version: number };

export async function getUserForAdmin(userId: string): Promise<UserDetail | null> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { ...USER_ROW_SELECT, version: true } });
  if (!u) return null;
  return { ...toUserRow(u), version: u.version };
}

/**
 * The managers and validators an answer can name (see `helpersFor`): who holds an active manager
 * or validator sign-in at each of the locations, by name: one query for
 * a whole page of answers. Only the locations asked for: the caller passes the actor's scope.
 */
export async function loadLocationHelpers(locationIds: readonly string[]): Promise<HelperGrant[]> {
  if (locationIds.length === 0) return [];
  const grants = await prisma.roleGrant.findMany({
    where: { role: { in: ["manager", "validator"] }, locationId: { in: [...locationIds] }, user: { active: true } },
    orderBy: [{ user: { person: { lastName: "asc" } } }, { user: { person: { firstName: "asc" } } }, { id: "asc" }],
    select: { role: true, locationId: true, taskId: true, user: { select: { person: { select: { id: true, firstName: true, lastName: true } } } } },
  });
  return grants.map((g) => ({
    locationId: g.locationId as string,
    role: g.role as HelperGrant["role"],
    taskId: g.taskId,
    personId: g.user.person.id,
    name: `${g.user.person.firstName} ${g.user.person.lastName}`,
  }));
}
