import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/access/policy";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { loadActor } from "@/lib/auth/data";
import { signIn } from "@/lib/auth/sign-in";
import { createUser, resetPassword, setUserActive, updateAccess } from "@/lib/user/mutations";
import { accessSchema, createUserSchema } from "@/lib/user/schema";
import { auditCount, FACTORY_PASSWORD, makeLocation, makeUser } from "@/tests/support/factories";
import { english, englishOutcome, spanish } from "@/tests/support/words";

const context = { ...SYSTEM_CONTEXT, actorLabel: "admin@example.org" };

async function adminActor(): Promise<Actor> {
  const { user } = await makeUser({ grants: [{ role: "admin" }] });
  return (await loadActor(user.id, user.sessionVersion))!;
}

function userInput(overrides: Record<string, unknown>) {
  return createUserSchema.parse({ firstName: "Rosa", lastName: "Diaz", email: "rosa@example.org", employmentStart: "2026-01-05", roles: ["medical_assistant"], ...overrides });
}

describe("user administration", () => {
  it("creates the person, the login, the grants and the audit event together", async () => {
    const location = await makeLocation();
    const before = await auditCount();
    const outcome = await createUser(userInput({ email: "new.ma@example.org", workLocationIds: [location.id] }), context);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const user = await prisma.user.findUniqueOrThrow({ where: { id: outcome.data.userId }, include: { roleGrants: true, person: { include: { locations: true } } } });
    expect(user).toMatchObject({ email: "new.ma@example.org", mustChangePassword: true, active: true });
    expect(user.roleGrants.map((g) => g.role)).toEqual(["medical_assistant"]);
    expect(user.person.locations.map((l) => l.locationId)).toEqual([location.id]);
    expect(await auditCount()).toBe(before + 1);
    expect(outcome.data.temporaryPassword).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect((await signIn({ email: "new.ma@example.org", password: outcome.data.temporaryPassword }, context)).ok).toBe(true);
  });

  it("refuses a duplicate email with a field message and leaves nothing behind", async () => {
    const location = await makeLocation();
    await createUser(userInput({ email: "twice@example.org", workLocationIds: [location.id] }), context);
    const people = await prisma.person.count();
    const events = await auditCount();
    const outcome = await createUser(userInput({ email: "TWICE@example.org".toLowerCase(), workLocationIds: [location.id] }), context);
    expect(englishOutcome(outcome)).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { email: "An account with this email already exists." } });
    expect(!outcome.ok && spanish(outcome.message)).toBe("Ya existe una cuenta con este correo electrónico.");
    expect(await prisma.person.count()).toBe(people);
    expect(await auditCount()).toBe(events);
  });

  it("refuses a location that does not exist", async () => {
    const outcome = await createUser(userInput({ email: "ghost@example.org", workLocationIds: ["nosuchlocation01"] }), context);
    expect(outcome).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("a stale form is refused with who changed the user and when, and changes nothing", async () => {
    const admin = await adminActor();
    const location = await makeLocation();
    const { user } = await makeUser({ grants: [{ role: "medical_assistant" }], locationIds: [location.id] });
    const access = accessSchema.parse({ roles: ["manager"], managerLocationIds: [location.id], workLocationIds: [location.id] });
    expect((await updateAccess(user.id, 1, access, admin, context)).ok).toBe(true);
    const stale = await updateAccess(user.id, 1, accessSchema.parse({ roles: ["auditor"], workLocationIds: [location.id] }), admin, context);
    expect(stale).toMatchObject({ ok: false, code: "STALE" });
    if (!stale.ok) expect(english(stale.message)).toMatch(/changed by admin@example\.org at \d{2}:\d{2}/);
    const grants = await prisma.roleGrant.findMany({ where: { userId: user.id } });
    expect(grants.map((g) => [g.role, g.locationId])).toEqual([["manager", location.id]]);
  });

  it("an admin cannot remove their own admin role or leave the organization without an admin", async () => {
    const admin = await adminActor();
    const noAdmin = accessSchema.parse({ roles: ["auditor"] });
    expect(await updateAccess(admin.userId, 1, noAdmin, admin, context)).toMatchObject({ ok: false, code: "REFUSED" });
    expect(englishOutcome(await setUserActive(admin.userId, false, admin, context))).toMatchObject({ ok: false, code: "REFUSED", message: "You cannot deactivate your own account." });
  });

  it("deactivation ends the user's sessions at once and they cannot sign in; reactivation restores sign-in", async () => {
    const admin = await adminActor();
    const { user } = await makeUser({ email: "leaving@example.org" });
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull();
    expect((await setUserActive(user.id, false, admin, context)).ok).toBe(true);
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect(await signIn({ email: "leaving@example.org", password: FACTORY_PASSWORD }, context)).toEqual({ ok: false, reason: "invalid" });
    expect((await setUserActive(user.id, true, admin, context)).ok).toBe(true);
    expect((await signIn({ email: "leaving@example.org", password: FACTORY_PASSWORD }, context)).ok).toBe(true);
  });

  it("a role change applies on the next request: the actor is re-read, not trusted from the token", async () => {
    const admin = await adminActor();
    const location = await makeLocation();
    const { user } = await makeUser({ grants: [{ role: "manager", locationId: location.id }], locationIds: [location.id] });
    expect((await loadActor(user.id, user.sessionVersion))?.grants).toEqual([{ role: "manager", locationId: location.id, taskId: null }]);
    await updateAccess(user.id, 1, accessSchema.parse({ roles: ["medical_assistant"], workLocationIds: [location.id] }), admin, context);
    expect((await loadActor(user.id, user.sessionVersion))?.grants).toEqual([{ role: "medical_assistant", locationId: null, taskId: null }]);
  });

  it("a password reset ends sessions, invalidates the old password and forces a change", async () => {
    const { user } = await makeUser({ email: "forgot@example.org" });
    const outcome = await resetPassword(user.id, context);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect((await signIn({ email: "forgot@example.org", password: FACTORY_PASSWORD }, context)).ok).toBe(false);
    const result = await signIn({ email: "forgot@example.org", password: outcome.data.temporaryPassword }, context);
    expect(result.ok).toBe(true);
    if (result.ok) expect((await loadActor(result.userId, result.sessionVersion))?.mustChangePassword).toBe(true);
  });
});
