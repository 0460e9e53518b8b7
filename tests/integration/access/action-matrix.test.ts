import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { AUTHORIZATION_MATRIX, SUBJECTS, type Subject } from "@/lib/access/matrix";
import type { ActionState } from "@/lib/auth/action-client";
import * as userActions from "@/lib/user/actions";
import { FACTORY_PASSWORD, makeLocation, makeUser, type GrantSpec } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Scope = "own" | "otherPerson" | "otherLocation";
type World = { home: string; other: string };
type Victims = { own: { id: string; personId: string }; otherPerson: { id: string; personId: string }; otherLocation: { id: string; personId: string } };
type Action = (state: ActionState<unknown> | undefined, payload: Record<string, unknown>) => Promise<ActionState<unknown>>;

const ACTIONS: Record<string, Action> = { ...(userActions as unknown as Record<string, Action>) };

/** What each action is called with, aimed at the object a matrix cell talks about. */
const INPUTS: Record<string, (world: World, target: { id: string; personId: string }, scope: Scope) => Promise<Record<string, unknown>>> = {
  createUserAction: async (world) => ({ firstName: "New", lastName: "Hire", email: `hire${Math.random().toString(36).slice(2)}@example.org`, employmentStart: "2026-01-05", roles: "medical_assistant", workLocationIds: world.home }),
  updateAccessAction: async (world, target) => ({ userId: target.id, version: String((await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).version), roles: "medical_assistant", workLocationIds: world.home }),
  setUserActiveAction: async (_world, target) => ({ userId: target.id, active: "false" }),
  resetPasswordAction: async (_world, target) => ({ userId: target.id }),
  changeOwnPasswordAction: async () => ({ currentPassword: FACTORY_PASSWORD, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }),
};

const GRANTS = (world: World): Record<Exclude<Subject, "anonymous">, GrantSpec[]> => ({
  admin: [{ role: "admin" }],
  manager: [{ role: "manager", locationId: world.home }],
  medical_assistant: [{ role: "medical_assistant" }],
  auditor: [{ role: "auditor" }],
  auditor_scoped: [{ role: "auditor", locationId: world.home }],
});

let world: World;
beforeAll(async () => {
  world = { home: (await makeLocation({ name: "Home Clinic" })).id, other: (await makeLocation({ name: "Other Clinic" })).id };
});

const actionRows = AUTHORIZATION_MATRIX.filter((row) => !row.entry.includes(" "));

describe("server actions enforce the authorization matrix when called directly", () => {
  it("every server action in the matrix can be exercised here", () => {
    for (const row of actionRows) {
      expect(ACTIONS[row.entry], `${row.entry} is exported from an actions.ts imported by this test`).toBeTypeOf("function");
      expect(INPUTS[row.entry], `${row.entry} has an input builder in this test`).toBeTypeOf("function");
    }
  });

  for (const row of actionRows) {
    // Organization-wide and self targets look the same from every scope: one call says it all.
    const scopes: Scope[] = row.target === "person" || row.target === "location" ? ["own", "otherPerson", "otherLocation"] : ["own"];
    for (const subject of SUBJECTS) {
      for (const scope of scopes) {
        const expected = row.expect[subject][scope];
        it(`${row.entry}: ${subject} on ${scope} → ${expected}`, async () => {
          const actor = subject === "anonymous" ? null : await makeUser({ grants: GRANTS(world)[subject], locationIds: [world.home] });
          const victims: Victims = {
            own: actor ? { id: actor.user.id, personId: actor.person.id } : await victim(world.home),
            otherPerson: await victim(world.home),
            otherLocation: await victim(world.other),
          };
          await signInAs(actor ? actor.user : null);
          const changesBefore = await prisma.auditEvent.count({ where: { action: { not: "access.denied" } } });
          const state = await ACTIONS[row.entry]!(undefined, await INPUTS[row.entry]!(world, victims[scope], scope));
          const changesAfter = await prisma.auditEvent.count({ where: { action: { not: "access.denied" } } });
          if (expected === "deny") {
            expect(state).toMatchObject({ status: "error", code: subject === "anonymous" ? "UNAUTHENTICATED" : "NOT_FOUND" });
            expect(changesAfter, "a refused call changes nothing").toBe(changesBefore);
          } else {
            expect(state.status === "error" ? state.code : "ok", JSON.stringify(state)).not.toMatch(/NOT_FOUND|UNAUTHENTICATED/);
          }
          jar.session = null;
        });
      }
    }
  }
});

async function victim(locationId: string) {
  const { user, person } = await makeUser({ locationIds: [locationId] });
  return { id: user.id, personId: person.id };
}
