import type { PrismaClient } from "@/lib/db/generated/client";
import { appendAuditEvent, SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_LOCATIONS, DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PEOPLE, demoEmail } from "./dataset";

export type SeedResult = { seeded: boolean };

/**
 * Creates the demo organization in one transaction. Idempotent: a database that already has an
 * organization is left alone, so restarts and repeated `npm run db:seed` never duplicate anything.
 */
export async function seedDemoData(db: PrismaClient): Promise<SeedResult> {
  if ((await db.organization.count()) > 0) return { seeded: false };
  // One hash for every demo login: they share the published demo password anyway.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const context = { ...SYSTEM_CONTEXT, actorLabel: "demo seed" };
  await db.$transaction(async (tx) => {
    const organization = await tx.organization.create({ data: DEMO_ORGANIZATION });
    const locationIds = new Map<string, string>();
    for (const { key, ...location } of DEMO_LOCATIONS) {
      const created = await tx.location.create({ data: { ...location, organizationId: organization.id } });
      locationIds.set(key, created.id);
      await appendAuditEvent(tx, context, { action: "location.create", entityType: "Location", entityId: created.id, locationId: created.id, after: location });
    }
    const idOf = (key: string) => locationIds.get(key) as string;
    for (const p of DEMO_PEOPLE) {
      const roles = [...(p.login ? [p.login.role] : []), ...(p.providerType ? ["provider" as const] : [])];
      const person = await tx.person.create({
        data: {
          organizationId: organization.id,
          firstName: p.firstName,
          lastName: p.lastName,
          roles,
          providerType: p.providerType ?? null,
          credentialTier: p.credentialTier ?? "none",
          employmentStart: new Date(`${p.employmentStart}T00:00:00Z`),
          locations: { create: p.locations.map((key) => ({ locationId: idOf(key) })) },
        },
      });
      let userId: string | null = null;
      if (p.login) {
        const grants = p.login.scope
          ? p.login.scope.map((key) => ({ role: p.login!.role, locationId: idOf(key) }))
          : [{ role: p.login.role, locationId: null }];
        const user = await tx.user.create({
          data: { personId: person.id, email: demoEmail(p), passwordHash, roleGrants: { create: grants } },
        });
        userId = user.id;
      }
      await appendAuditEvent(tx, context, {
        action: p.login ? "user.create" : "person.create",
        entityType: p.login ? "User" : "Person",
        entityId: userId ?? person.id,
        personId: person.id,
        after: { name: `${p.firstName} ${p.lastName}`, roles, locations: p.locations, email: p.login ? demoEmail(p) : null },
      });
    }
  });
  return { seeded: true };
}
