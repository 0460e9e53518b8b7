import "server-only";
import type { Target } from "@/lib/access/policy";
import { prisma } from "@/lib/db/client";
import { literalLike } from "@/lib/db/like";

/** Where a person sits, for the guard; null when no such person exists. */
export async function personTarget(personId: string): Promise<Target | null> {
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: { id: true, locations: { select: { locationId: true } } },
  });
  return person ? { kind: "person", personId: person.id, locationIds: person.locations.map((l) => l.locationId) } : null;
}

export type PersonProfile = {
  id: string;
  name: string;
  isMedicalAssistant: boolean;
  providerType: string | null;
  loginRoles: string[];
  credentialTier: string;
  employmentStart: string;
  employmentEnd: string | null;
  locations: { id: string; name: string; state: string }[];
  email: string | null;
  active: boolean | null;
};

export async function getPersonProfile(personId: string): Promise<PersonProfile | null> {
  const person = await prisma.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      isMedicalAssistant: true,
      providerType: true,
      credentialTier: true,
      employmentStart: true,
      employmentEnd: true,
      locations: { select: { location: { select: { id: true, name: true, state: true } } }, orderBy: { location: { name: "asc" } } },
      user: { select: { email: true, active: true, roleGrants: { select: { role: true } } } },
    },
  });
  if (!person) return null;
  return {
    id: person.id,
    name: `${person.firstName} ${person.lastName}`,
    isMedicalAssistant: person.isMedicalAssistant,
    providerType: person.providerType,
    loginRoles: [...new Set(person.user?.roleGrants.map((g) => g.role) ?? [])],
    credentialTier: person.credentialTier,
    employmentStart: person.employmentStart.toISOString().slice(0, 10),
    employmentEnd: person.employmentEnd?.toISOString().slice(0, 10) ?? null,
    locations: person.locations.map((l) => l.location),
    email: person.user?.email ?? null,
    active: person.user?.active ?? null,
  };
}

export type PersonRow = { id: string; name: string; isMedicalAssistant: boolean; providerType: string | null; loginRoles: string[]; locations: string[]; hasLogin: boolean };

/** People working at the given locations (or everyone), for lists; sorted by last name. */
export async function listPeople(scope: "all" | readonly string[], query?: string): Promise<PersonRow[]> {
  const q = query?.trim();
  const people = await prisma.person.findMany({
    where: {
      ...(scope === "all" ? {} : { locations: { some: { locationId: { in: [...scope] } } } }),
      ...(q
        ? { OR: [{ firstName: { contains: literalLike(q), mode: "insensitive" } }, { lastName: { contains: literalLike(q), mode: "insensitive" } }] }
        : {}),
    },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    take: 500,
    select: {
      id: true,
      firstName: true,
      lastName: true,
      isMedicalAssistant: true,
      providerType: true,
      user: { select: { id: true, roleGrants: { select: { role: true } } } },
      locations: { select: { location: { select: { name: true } } } },
    },
  });
  return people.map((p) => ({
    id: p.id,
    name: `${p.firstName} ${p.lastName}`,
    isMedicalAssistant: p.isMedicalAssistant,
    providerType: p.providerType,
    loginRoles: [...new Set(p.user?.roleGrants.map((g) => g.role) ?? [])],
    locations: p.locations.map((l) => l.location.name).sort(),
    hasLogin: p.user !== null,
  }));
}
