import { Prisma } from "@/lib/db/generated/client";
import { prisma, type Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import type { Locale } from "@/lib/i18n/locales";
import { insertPerson } from "@/lib/person/mutations";
import { grantsFromAccess } from "./grants";
import type { AccessInput, CreateSignInInput, CreateUserInput } from "./schema";
import { temporaryPassword } from "./temporary-password";

const allLocationIds = (access: AccessInput, work: readonly string[] = []) => [
  ...new Set([...access.managerLocationIds, ...access.auditorLocationIds, ...access.validatorLocationIds, ...work]),
];

async function unknownReferences(tx: Tx, access: AccessInput, work: readonly string[] = []): Promise<boolean> {
  const locations = allLocationIds(access, work);
  const tasks = access.validatorTaskIds;
  const [foundLocations, foundTasks] = await Promise.all([
    locations.length ? tx.location.count({ where: { id: { in: locations }, active: true } }) : 0,
    tasks.length ? tx.task.count({ where: { id: { in: tasks }, retiredAt: null } }) : 0,
  ]);
  return foundLocations !== locations.length || foundTasks !== tasks.length;
}

async function organizationTimeZone(tx: Tx): Promise<string> {
  return (await tx.organization.findFirst({ select: { timeZone: true } }))?.timeZone ?? "UTC";
}

/** A new person with a login; the temporary password is returned once and must be changed at first sign-in. */
export async function createUser(input: CreateUserInput, context: AuditContext, now: Date = new Date()): Promise<Outcome<{ userId: string; personId: string; temporaryPassword: string }>> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await unknownReferences(tx, input, input.workLocationIds)) return fail("VALIDATION", say("user.outcome.unknownReferences"));
      const organization = await tx.organization.findFirstOrThrow({ select: { id: true } });
      const grants = grantsFromAccess(input);
      const personId = await insertPerson(
        tx,
        {
          organizationId: organization.id,
          firstName: input.firstName,
          lastName: input.lastName,
          employeeId: null,
          isMedicalAssistant: input.roles.includes("medical_assistant"),
          providerType: null,
          credentialTier: "none",
          employment: input.workLocationIds.map((locationId) => ({ locationId, effectiveFrom: input.employmentStart, effectiveTo: null })),
        },
        { actor: null, now },
      );
      const person = { id: personId };
      const user = await tx.user.create({
        data: { personId: person.id, email: input.email, passwordHash, mustChangePassword: true, roleGrants: { create: grants } },
        select: { id: true },
      });
      await appendAuditEvent(tx, context, {
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        personId: person.id,
        after: { email: input.email, name: `${input.firstName} ${input.lastName}`, grants, workLocationIds: input.workLocationIds },
      });
      return ok({ userId: user.id, personId: person.id, temporaryPassword: password });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("CONFLICT", say("user.outcome.emailTaken"), { email: say("user.field.emailTaken") });
    }
    throw error;
  }
}

/**
 * A sign-in for a person already on record, with a one-time temporary password. Where they work is
 * their employment, edited on their profile; this only gives them access.
 */
export async function createSignIn(input: CreateSignInInput, context: AuditContext): Promise<Outcome<{ userId: string; temporaryPassword: string }>> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.$transaction(async (tx) => {
      if (await unknownReferences(tx, input)) return fail("VALIDATION", say("user.outcome.unknownReferences"));
      const person = await tx.person.findUnique({ where: { id: input.personId }, select: { id: true, firstName: true, lastName: true, user: { select: { id: true } } } });
      if (!person) return fail("NOT_FOUND");
      if (person.user) return fail("CONFLICT", say("user.outcome.hasSignIn", { firstName: person.firstName, lastName: person.lastName }));
      const grants = grantsFromAccess(input);
      const user = await tx.user.create({ data: { personId: person.id, email: input.email, passwordHash, mustChangePassword: true, roleGrants: { create: grants } }, select: { id: true } });
      if (input.roles.includes("medical_assistant")) await tx.person.update({ where: { id: person.id }, data: { isMedicalAssistant: true, version: { increment: 1 } } });
      await appendAuditEvent(tx, context, { action: "user.create", entityType: "User", entityId: user.id, personId: person.id, after: { email: input.email, name: `${person.firstName} ${person.lastName}`, grants } });
      return ok({ userId: user.id, temporaryPassword: password });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return fail("CONFLICT", say("user.outcome.emailTaken"), { email: say("user.field.emailTaken") });
    }
    throw error;
  }
}

/**
 * Replaces a user's roles and locations. Refuses to leave the organization without an active admin
 * or to take the admin role from the person making the change (they would lock themselves out).
 */
export async function updateAccess(userId: string, version: number, access: AccessInput, actor: Actor, context: AuditContext): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, version: true, personId: true, active: true, roleGrants: { select: { role: true, locationId: true, taskId: true } } },
    });
    if (!user) return fail("NOT_FOUND");
    if (user.version !== version) return fail("STALE", await staleMessage(tx, "User", userId, await organizationTimeZone(tx)));
    if (await unknownReferences(tx, access)) return fail("VALIDATION", say("user.outcome.unknownReferences"));
    const wasAdmin = user.roleGrants.some((g) => g.role === "admin");
    if (wasAdmin && !access.roles.includes("admin")) {
      if (userId === actor.userId) return fail("REFUSED", say("user.outcome.ownAdminRole"), { roles: say("user.field.ownAdminRole") });
      if (user.active && (await otherActiveAdmins(tx, userId)) === 0) return fail("REFUSED", say("user.outcome.lastAdmin"), { roles: say("user.field.lastAdmin") });
    }
    const grants = grantsFromAccess(access);
    // The version check and the bump are one statement, so two admins saving at once cannot both win.
    const bumped = await tx.user.updateMany({ where: { id: userId, version }, data: { version: { increment: 1 } } });
    if (bumped.count !== 1) return fail("STALE", await staleMessage(tx, "User", userId, await organizationTimeZone(tx)));
    await tx.roleGrant.deleteMany({ where: { userId } });
    await tx.roleGrant.createMany({ data: grants.map((g) => ({ role: g.role, locationId: g.locationId, taskId: g.taskId ?? null, userId })) });
    await tx.person.update({ where: { id: user.personId }, data: { isMedicalAssistant: access.roles.includes("medical_assistant"), version: { increment: 1 } } });
    await appendAuditEvent(tx, context, {
      action: "user.update_access",
      entityType: "User",
      entityId: userId,
      personId: user.personId,
      before: { grants: user.roleGrants },
      after: { grants },
    });
    return ok(undefined, say("user.outcome.accessSaved"));
  });
}

async function otherActiveAdmins(tx: Tx, userId: string): Promise<number> {
  return tx.user.count({ where: { id: { not: userId }, active: true, roleGrants: { some: { role: "admin" } } } });
}

/** Deactivating ends the user's sessions at once; their records and history stay. */
export async function setUserActive(userId: string, active: boolean, actor: Actor, context: AuditContext): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, personId: true, roleGrants: { select: { role: true } } } });
    if (!user) return fail("NOT_FOUND");
    if (user.active === active) return ok(undefined, say(active ? "user.outcome.alreadyActive" : "user.outcome.alreadyDeactivated"));
    if (!active) {
      if (userId === actor.userId) return fail("REFUSED", say("user.outcome.deactivateOwn"));
      if (user.roleGrants.some((g) => g.role === "admin") && (await otherActiveAdmins(tx, userId)) === 0)
        return fail("REFUSED", say("user.outcome.lastAdmin"));
    }
    await tx.user.update({
      where: { id: userId },
      data: { active, version: { increment: 1 }, ...(active ? {} : { sessionVersion: { increment: 1 } }) },
    });
    await appendAuditEvent(tx, context, {
      action: active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: userId,
      personId: user.personId,
      before: { active: user.active },
      after: { active },
    });
    return ok(undefined, say(active ? "user.outcome.reactivated" : "user.outcome.deactivated"));
  });
}

/** Sets a one-time password, ends the user's sessions, and makes them choose a new one at sign-in. */
export async function resetPassword(userId: string, context: AuditContext): Promise<Outcome<{ temporaryPassword: string }>> {
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { personId: true } });
    if (!user) return fail("NOT_FOUND");
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await appendAuditEvent(tx, context, { action: "user.reset_password", entityType: "User", entityId: userId, personId: user.personId });
    return ok({ temporaryPassword: password });
  });
}

/** The user's own change; ends all their sessions, so they sign in again with the new password. */
export async function changeOwnPassword(userId: string, currentPassword: string, newPassword: string, context: AuditContext): Promise<Outcome> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true, personId: true } });
  if (!user) return fail("NOT_FOUND");
  if (!(await verifyPassword(user.passwordHash, currentPassword))) {
    return fail("VALIDATION", say("user.outcome.currentPassword"), { currentPassword: say("user.field.currentPassword") });
  }
  const passwordHash = await hashPassword(newPassword);
  return prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 }, version: { increment: 1 } },
    });
    await appendAuditEvent(tx, context, { action: "user.change_password", entityType: "User", entityId: userId, personId: user.personId });
    return ok(undefined, say("user.outcome.passwordChanged"));
  });
}

/** The user's own language (null: follow the browser). Takes effect on the next page they open. */
export async function setOwnLanguage(userId: string, locale: Locale | null, context: AuditContext): Promise<Outcome> {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { locale, version: { increment: 1 } }, select: { personId: true } });
    await appendAuditEvent(tx, context, { action: "user.set_language", entityType: "User", entityId: userId, personId: user.personId, after: { locale } });
    return ok(undefined);
  });
}
