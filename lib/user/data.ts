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
