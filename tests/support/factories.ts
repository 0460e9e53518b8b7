import { prisma } from "@/lib/db/client";
import type { Role } from "@/lib/access/policy";
import { hashPassword } from "@/lib/auth/password";
import { newId } from "@/lib/db/ids";
import type { Prisma } from "@/lib/db/generated/client";
import { insertPerson } from "@/lib/person/mutations";
import { newTokenSecret } from "@/lib/token/secret";
import { startOfLocalDay } from "@/lib/time/zoned";

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

/** A location with its first version (state and zone since always), recorded long ago. */
export async function makeLocation(overrides: { name?: string; state?: string; timeZone?: string } = {}) {
  const organization = await makeOrganization();
  const n = next();
  const state = overrides.state ?? "WA";
  const timeZone = overrides.timeZone ?? "America/Los_Angeles";
  return prisma.location.create({
    data: {
      organizationId: organization.id,
      name: overrides.name ?? `Clinic ${n}`,
      address: `${n} Main St`,
      state,
      timeZone,
      versions: { create: { version: 1, state, timeZone, effectiveFrom: startOfLocalDay("1900-01-01", timeZone), recordedAt: new Date("2019-01-01T00:00:00Z") } },
    },
  });
}

/**
 * A person working at the given locations from `employedFrom` (default 2024-01-01), with the first
 * versions of their tier and provider type; recorded long ago, so reconstructions of the past know them.
 */
export async function makePerson(
  overrides: {
    firstName?: string;
    lastName?: string;
    employeeId?: string;
    locationIds?: string[];
    isMedicalAssistant?: boolean;
    providerType?: "MD" | "DO" | "DPM" | "PA" | "NP" | "CNM";
    credentialTier?: "none" | "ma_c" | "ma_r" | "ma_p";
    employedFrom?: string;
    employedUntil?: string | null;
    recordedAt?: Date;
  } = {},
) {
  const organization = await makeOrganization();
  const n = next();
  const id = await prisma.$transaction((tx) =>
    insertPerson(
      tx,
      {
        organizationId: organization.id,
        firstName: overrides.firstName ?? `Pat${n}`,
        lastName: overrides.lastName ?? `Person${n}`,
        employeeId: overrides.employeeId ?? null,
        isMedicalAssistant: overrides.isMedicalAssistant ?? !overrides.providerType,
        providerType: overrides.providerType ?? null,
        credentialTier: overrides.credentialTier ?? "none",
        employment: (overrides.locationIds ?? []).map((locationId) => ({ locationId, effectiveFrom: overrides.employedFrom ?? "2024-01-01", effectiveTo: overrides.employedUntil ?? null })),
      },
      { actor: null, now: overrides.recordedAt ?? new Date("2019-06-01T00:00:00Z") },
    ),
  );
  return prisma.person.findUniqueOrThrow({ where: { id } });
}

/** A role grant; a validator's may name the one task it covers. */
export type GrantSpec = { role: Role; locationId?: string | null; taskId?: string | null };

/** A user with these grants, for a new person at `locationIds`, or for `person` (a provider given a sign-in). */
export async function makeUser(overrides: { grants?: GrantSpec[]; locationIds?: string[]; email?: string; active?: boolean; mustChangePassword?: boolean; person?: { id: string } } = {}) {
  const grants = overrides.grants ?? [{ role: "medical_assistant" as const }];
  const person = overrides.person ? await prisma.person.findUniqueOrThrow({ where: { id: overrides.person.id } }) : await makePerson({ locationIds: overrides.locationIds, isMedicalAssistant: grants.some((g) => g.role === "medical_assistant") });
  const user = await prisma.user.create({
    data: {
      personId: person.id,
      email: overrides.email ?? `user${next()}@example.org`,
      passwordHash: await factoryHash(),
      active: overrides.active ?? true,
      mustChangePassword: overrides.mustChangePassword ?? false,
      roleGrants: { create: grants.map((g) => ({ role: g.role, locationId: g.locationId ?? null, taskId: g.taskId ?? null })) },
    },
  });
  return { user, person };
}

export async function auditCount(where: { action?: string } = {}): Promise<number> {
  return prisma.auditEvent.count({ where });
}

/** A state rule (version 1 of its lineage), in force since 2020 and verified recently. */
export async function makeStateRule(overrides: Partial<Prisma.StateRuleUncheckedCreateInput> & { taskId: string }) {
  return prisma.stateRule.create({
    data: {
      lineageId: newId(),
      version: 1,
      state: "WA",
      outcome: "conditional",
      supervisionLevel: "on_premises",
      supervisorTypes: ["MD", "DO", "PA", "NP"],
      citation: `RCW 18.360.${next()}`,
      sourceUrl: "https://app.leg.wa.gov/RCW/default.aspx?cite=18.360",
      effectiveFrom: new Date("2020-01-01"),
      lastVerifiedOn: new Date(new Date().toISOString().slice(0, 10)),
      lastVerifiedBy: "Test Admin",
      recordedAt: new Date("2019-06-01T00:00:00Z"),
      ...overrides,
    },
  });
}

/** An API token, with its secret for the Authorization header (created active, for a year, unless told otherwise). */
export async function makeApiToken(overrides: { name?: string; scopes?: string[]; locationIds?: string[]; expiresAt?: Date; revokedAt?: Date | null } = {}) {
  const { secret, prefix, hash } = newTokenSecret();
  const token = await prisma.apiToken.create({
    data: {
      name: overrides.name ?? `Integration ${next()}`,
      prefix,
      secretHash: hash,
      scopes: overrides.scopes ?? ["clearances:read"],
      locationIds: overrides.locationIds ?? [],
      expiresAt: overrides.expiresAt ?? new Date(Date.now() + 365 * 86_400_000),
      revokedAt: overrides.revokedAt ?? null,
      createdBy: "factory",
    },
  });
  return { ...token, secret };
}
