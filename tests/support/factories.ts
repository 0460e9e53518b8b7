import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/access/policy";
import { hashPassword } from "@/lib/auth/password";

/** Small factories for integration tests: each builds one row with sensible defaults. */
let counter = 0;
const next = () => ++counter;

export const FACTORY_PASSWORD = "factory-password-2026";
let passwordHash: Promise<string> | undefined;
const factoryHash = () => (passwordHash ??= hashPassword(FACTORY_PASSWORD));

export async function makeOrganization(overrides: { name?: string; timeZone?: string } = {}) {
  const existing = await prisma.organization.findFirst();
  if (existing) return existing;
  return prisma.organization.create({ data: { name: overrides.name ?? "Test Health", timeZone: overrides.timeZone ?? "America/Los_Angeles" } });
}

export async function makeLocation(overrides: { name?: string; state?: string; timeZone?: string } = {}) {
  const organization = await makeOrganization();
  const n = next();
  return prisma.location.create({
    data: {
      organizationId: organization.id,
      name: overrides.name ?? `Clinic ${n}`,
      address: `${n} Main St`,
      state: overrides.state ?? "WA",
      timeZone: overrides.timeZone ?? "America/Los_Angeles",
    },
  });
}

export async function makePerson(overrides: { firstName?: string; lastName?: string; locationIds?: string[]; isMedicalAssistant?: boolean; providerType?: "MD" | "DO" | "DPM" | "PA" | "NP" | "CNM"; credentialTier?: "none" | "ma_c" | "ma_r" | "ma_p" } = {}) {
  const organization = await makeOrganization();
  const n = next();
  return prisma.person.create({
    data: {
      organizationId: organization.id,
      firstName: overrides.firstName ?? `Pat${n}`,
      lastName: overrides.lastName ?? `Person${n}`,
      isMedicalAssistant: overrides.isMedicalAssistant ?? !overrides.providerType,
      providerType: overrides.providerType ?? null,
      credentialTier: overrides.credentialTier ?? "none",
      employmentStart: new Date("2024-01-01T00:00:00Z"),
      locations: { create: (overrides.locationIds ?? []).map((locationId) => ({ locationId })) },
    },
  });
}

export type GrantSpec = { role: Role; locationId?: string | null };

export async function makeUser(overrides: { grants?: GrantSpec[]; locationIds?: string[]; email?: string; active?: boolean; mustChangePassword?: boolean } = {}) {
  const grants = overrides.grants ?? [{ role: "medical_assistant" as const }];
  const person = await makePerson({ locationIds: overrides.locationIds, isMedicalAssistant: grants.some((g) => g.role === "medical_assistant") });
  const user = await prisma.user.create({
    data: {
      personId: person.id,
      email: overrides.email ?? `user${next()}@example.org`,
      passwordHash: await factoryHash(),
      active: overrides.active ?? true,
      mustChangePassword: overrides.mustChangePassword ?? false,
      roleGrants: { create: grants.map((g) => ({ role: g.role, locationId: g.locationId ?? null })) },
    },
  });
  return { user, person };
}

export async function auditCount(where: { action?: string } = {}): Promise<number> {
  return prisma.auditEvent.count({ where });
}
