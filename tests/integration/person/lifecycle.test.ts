import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/access/policy";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { loadActor } from "@/lib/auth/data";
import { addEmploymentAction, changeEmploymentAction } from "@/lib/person/actions";
import { getPersonName, getPersonProfile } from "@/lib/person/data";
import { addEmployment, changeDated, changeEmployment, createPerson } from "@/lib/person/mutations";
import { createSignIn } from "@/lib/user/mutations";
import { createSignInSchema } from "@/lib/user/schema";
import { signInNew } from "@/tests/support/actors";
import { makeLocation, makePerson, makeUser } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";
import { englishOutcome } from "@/tests/support/words";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * The people lifecycle: adding a person, their employment periods, their dated tier, and a sign-in
 * for someone on record. Through the mutations, and through the actions where the guard decides.
 * TODAY is passed to the mutations as the organization's calendar date.
 */
const context = { ...SYSTEM_CONTEXT, actorLabel: "manager@example.org" };
const TODAY = "2026-03-02";
const ZONE = "America/Los_Angeles";

/** Rows of every table the lifecycle writes; refused calls must leave them as they were. */
async function written() {
  const [people, personLocations, employments, tiers, providerRoles, users, events] = await Promise.all([
    prisma.person.count(),
    prisma.personLocation.count(),
    prisma.employment.count(),
    prisma.personTier.count(),
    prisma.providerRole.count(),
    prisma.user.count(),
    prisma.auditEvent.count({ where: { action: { not: "access.denied" } } }),
  ]);
  return { people, personLocations, employments, tiers, providerRoles, users, events };
}

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, String(value));
  return data;
}

const periodsOf = (personId: string) => prisma.employment.findMany({ where: { personId }, orderBy: [{ effectiveFrom: "asc" }, { version: "asc" }] });

let locationId: string;
let locationName: string;
let actor: Actor;
/** A medical assistant at the manager's location since 2024-01-01, and her one employment period. */
let maId: string;
let lineageId: string;

beforeEach(async () => {
  ({ id: locationId, name: locationName } = await makeLocation());
  const manager = await signInNew([{ role: "manager", locationId }], [locationId]);
  actor = (await loadActor(manager.user.id, manager.user.sessionVersion))!;
  maId = (await makePerson({ locationIds: [locationId], employedFrom: "2024-01-01" })).id;
  lineageId = (await periodsOf(maId))[0]!.lineageId;
});

function tierChange(overrides: Partial<Parameters<typeof changeDated>[1]> = {}) {
  return changeDated("tier", { personId: maId, version: 1, from: "2025-06-01", corrects: null, reason: "Passed the MA-C exam", value: "ma_c", ...overrides }, TODAY, actor, context, ZONE);
}

describe(`adding a person (${testEngine})`, () => {
  const newMa = (overrides: Partial<Parameters<typeof createPerson>[0]> = {}) =>
    createPerson({ firstName: "Lena", lastName: "Park", employeeId: "E-7001", isMedicalAssistant: true, providerType: null, credentialTier: "ma_c", employment: [{ locationId, effectiveFrom: "2026-02-02", effectiveTo: null }], ...overrides }, actor, context);

  it("writes the person, their location, employment version 1, tier version 1 and an audit event together", async () => {
    const before = await written();
    const outcome = await newMa();
    expect(englishOutcome(outcome), JSON.stringify(outcome)).toMatchObject({ ok: true, message: "Lena Park added." });
    if (!outcome.ok) return;
    const person = await prisma.person.findUniqueOrThrow({ where: { id: outcome.data.personId }, include: { locations: true, employments: true, tiers: true, providerRoles: true } });
    expect(person).toMatchObject({ firstName: "Lena", employeeId: "E-7001", isMedicalAssistant: true, credentialTier: "ma_c", version: 1 });
    expect(person.locations.map((l) => l.locationId)).toEqual([locationId]);
    expect(person.employments).toMatchObject([{ version: 1, supersedesVersion: null, locationId, effectiveFrom: new Date("2026-02-02T00:00:00Z"), effectiveTo: null, recordedById: actor.userId }]);
    expect(person.tiers).toMatchObject([{ version: 1, credentialTier: "ma_c", effectiveFrom: new Date("2026-02-02T00:00:00Z") }]);
    expect(person.providerRoles).toEqual([]);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "person.create", entityId: person.id } });
    expect(event).toMatchObject({ personId: person.id, locationId, actorLabel: "manager@example.org" });
    expect(await written()).toEqual({ ...before, people: before.people + 1, personLocations: before.personLocations + 1, employments: before.employments + 1, tiers: before.tiers + 1, events: before.events + 1 });
  });

  it("writes nothing at all when the person cannot be saved (a taken employee ID)", async () => {
    await newMa({ employeeId: "E-7002" });
    const before = await written();
    expect(englishOutcome(await newMa({ employeeId: "E-7002", firstName: "Omar" }))).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { employeeId: "Someone else already has this employee ID." } });
    expect(await written()).toEqual(before);
  });
});

describe(`employment periods (${testEngine})`, () => {
  it("refuses a period overlapping another one at the location, naming it, and writes nothing", async () => {
    const before = await written();
    const outcome = await addEmployment({ personId: maId, locationId, from: "2025-01-01", effectiveTo: null, reason: null }, actor, context);
    const message = `This overlaps the employment at ${locationName} from 2024-01-01. Change that period instead, or choose dates outside it.`;
    expect(englishOutcome(outcome)).toEqual({ ok: false, code: "CONFLICT", message, fieldErrors: { from: message } });
    expect(await written()).toEqual(before);
  });

  it.each([
    ["a new period", () => addEmploymentAction(undefined, form({ personId: maId, locationId, from: "2026-02-01", lastDay: "2026-01-31" }))],
    ["a corrected period", () => changeEmploymentAction(undefined, form({ personId: maId, lineageId, version: 1, from: "2024-01-01", lastDay: "2023-12-31", reason: "Typo" }))],
  ])("refuses %s that ends before it starts, next to the last day, and writes nothing", async (_case, call) => {
    const before = await written();
    expect(await call()).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { lastDay: "The last day cannot be before the first day." } });
    expect(await written()).toEqual(before);
  });

  it("ends a period with version 2 replacing version 1, and an employment.end audit event", async () => {
    const outcome = await changeEmployment({ personId: maId, lineageId, version: 1, from: "2024-01-01", effectiveTo: "2026-03-01", reason: "Moved away" }, actor, context, ZONE);
    expect(englishOutcome(outcome)).toMatchObject({ ok: true, message: `Employment at ${locationName} now 2024-01-01 to 2026-02-28.` });
    const [, v2] = await periodsOf(maId);
    expect(v2).toMatchObject({ lineageId, version: 2, supersedesVersion: 1, effectiveTo: new Date("2026-03-01T00:00:00Z"), reason: "Moved away" });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "employment.end", entityId: lineageId } });
    expect(event).toMatchObject({ personId: maId, locationId, before: { effectiveFrom: "2024-01-01", effectiveTo: null } });
    const profile = await getPersonProfile(maId, TODAY);
    expect(profile?.employment).toMatchObject([{ version: 2, from: "2024-01-01", lastDay: "2026-02-28", current: false, history: [{ version: 2 }, { version: 1 }] }]);
  });
});

describe(`credential tier over time (${testEngine})`, () => {
  it("refuses a change dated in the future and writes nothing", async () => {
    const before = await written();
    expect(englishOutcome(await tierChange({ from: "2026-03-03" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { from: "The date is in the future." } });
    expect(await written()).toEqual(before);
  });

  it("a change from a past date makes the person's tier the one in force today; an older-dated one does not", async () => {
    expect(await tierChange()).toMatchObject({ ok: true });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: maId } })).toMatchObject({ credentialTier: "ma_c", version: 2 });
    expect(await tierChange({ version: 2, from: "2025-01-01", value: "ma_p", reason: "Earlier phlebotomy credential" })).toMatchObject({ ok: true });
    expect(await prisma.person.findUniqueOrThrow({ where: { id: maId } })).toMatchObject({ credentialTier: "ma_c", version: 3 });
    const tiers = await prisma.personTier.findMany({ where: { personId: maId }, orderBy: { version: "asc" } });
    expect(tiers.map((t) => [t.version, t.credentialTier, t.supersedesVersion])).toEqual([[1, "none", null], [2, "ma_c", null], [3, "ma_p", null]]);
  });

  it("a correction replaces the version it names", async () => {
    await tierChange();
    expect(englishOutcome(await tierChange({ version: 2, corrects: 2, value: "ma_r", reason: "It was MA-R" }))).toMatchObject({ ok: true, message: "Version 2 of the credential tier corrected." });
    expect((await prisma.person.findUniqueOrThrow({ where: { id: maId } })).credentialTier).toBe("ma_r");
    const profile = await getPersonProfile(maId, TODAY);
    expect(profile?.tiers.map((t) => [t.version, t.value, t.supersedes, t.standing, t.inForce])).toEqual([
      [3, "ma_r", 2, true, true],
      [2, "ma_c", null, false, false],
      [1, "none", null, true, false],
    ]);
  });

  it("a change made from a stale page answers STALE and writes nothing", async () => {
    await tierChange();
    const before = await written();
    expect(await tierChange({ version: 1, value: "ma_r" })).toMatchObject({ ok: false, code: "STALE" });
    expect(await written()).toEqual(before);
  });
});

describe(`who may add employment (${testEngine})`, () => {
  it("a manager adds a period at their location for someone who worked there", async () => {
    const returning = await makePerson({ locationIds: [locationId], employedFrom: "2024-01-01", employedUntil: "2025-01-01" });
    const state = await addEmploymentAction(undefined, form({ personId: returning.id, locationId, from: "2026-01-05", reason: "Rehired" }));
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
    expect((await periodsOf(returning.id)).map((p) => [p.version, p.effectiveFrom.toISOString().slice(0, 10)])).toEqual([[1, "2024-01-01"], [1, "2026-01-05"]]);
  });

  it.each([
    ["at a location they do not manage", async () => ({ personId: maId, locationId: (await makeLocation()).id })],
    ["for a person outside their locations", async () => ({ personId: (await makePerson({ locationIds: [(await makeLocation()).id] })).id, locationId })],
  ])("a manager cannot add a period %s: not found, nothing written", async (_case, make) => {
    const fields = await make();
    const before = await written();
    expect(await addEmploymentAction(undefined, form({ ...fields, from: "2026-01-05" }))).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await written()).toEqual(before);
  });
});

describe(`giving a sign-in (${testEngine})`, () => {
  const giveSignIn = (personId: string, email: string) => createSignIn(createSignInSchema.parse({ personId, email, roles: ["validator"], validatorLocationIds: [locationId] }), context);

  it("a provider on record gets a sign-in as a validator where they work", async () => {
    const provider = await makePerson({ locationIds: [locationId], providerType: "MD" });
    const outcome = await giveSignIn(provider.id, "dr.new@example.org");
    expect(outcome).toMatchObject({ ok: true });
    const user = await prisma.user.findUniqueOrThrow({ where: { personId: provider.id }, include: { roleGrants: true } });
    expect(user.roleGrants.map((g) => [g.role, g.locationId])).toEqual([["validator", locationId]]);
  });

  it("refuses a second sign-in for the same person as a conflict", async () => {
    const { person } = await makeUser({ grants: [{ role: "medical_assistant" }], locationIds: [locationId] });
    const before = await written();
    expect(englishOutcome(await giveSignIn(person.id, "second@example.org"))).toMatchObject({ ok: false, code: "CONFLICT", message: `${person.firstName} ${person.lastName} already has a sign-in: change its access instead.` });
    expect(await written()).toEqual(before);
  });
});

describe(`a person's name for the answers pages (${testEngine})`, () => {
  it("is the name the profile shows, and null for someone not on record", async () => {
    const person = await makePerson({ firstName: "Rosa", lastName: "Díaz" });
    expect(await getPersonName(person.id)).toEqual({ id: person.id, name: (await getPersonProfile(person.id))!.name });
    expect((await getPersonName(person.id))?.name).toBe("Rosa Díaz");
    expect(await getPersonName("nosuchperson00000000")).toBeNull();
  });
});
