import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { AUTHORIZATION_MATRIX, SUBJECTS, type Subject } from "@/lib/access/matrix";
import type { ActionState } from "@/lib/auth/action-client";
import * as userActions from "@/lib/user/actions";
import { GET as clearancesApi } from "@/app/api/v1/clearances/route";
import { FACTORY_PASSWORD, makeLocation, makeUser, type GrantSpec } from "@/tests/support/factories";
import { jar, signInAs } from "@/tests/support/session";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

type Scope = "own" | "otherPerson" | "otherLocation";
type World = { home: string; other: string };
type Victim = { id: string; personId: string; locationId: string };
type Victims = Record<Scope, Victim>;
type Action = (state: ActionState<unknown> | undefined, payload: Record<string, unknown>) => Promise<ActionState<unknown>>;

const ACTIONS: Record<string, Action> = { ...(userActions as unknown as Record<string, Action>) };

/** What each action is called with, aimed at the object a matrix cell talks about. */
const INPUTS: Record<string, (world: World, target: Victim, scope: Scope) => Promise<Record<string, unknown>>> = {
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

/** Route handlers, called with a request aimed at the object a matrix cell talks about; allowed means 200. */
const ROUTES: Record<string, (target: Victim) => Promise<Response>> = {
  "GET /api/v1/clearances": (target) => clearancesApi(new Request(`http://test/api/v1/clearances?person=${target.personId}&location=${target.locationId}&task=taskfrontdesk`)),
};

const actionRows = AUTHORIZATION_MATRIX.filter((row) => !row.entry.includes(" "));
const routeRows = AUTHORIZATION_MATRIX.filter((row) => /^(GET|POST|PUT|PATCH|DELETE) /.test(row.entry) && row.requires !== "public");

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
          const victims = await victimsFor(actor);
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

describe("route handlers enforce the authorization matrix", () => {
  it("every protected route in the matrix can be exercised here", () => {
    for (const row of routeRows) expect(ROUTES[row.entry], `${row.entry} has a caller in this test`).toBeTypeOf("function");
  });

  for (const row of routeRows) {
    for (const subject of SUBJECTS) {
      for (const scope of ["own", "otherPerson", "otherLocation"] as const) {
        const expected = row.expect[subject][scope];
        it(`${row.entry}: ${subject} on ${scope} → ${expected}`, async () => {
          const actor = subject === "anonymous" ? null : await makeUser({ grants: GRANTS(world)[subject], locationIds: [world.home] });
          const victims = await victimsFor(actor);
          await signInAs(actor ? actor.user : null);
          const response = await ROUTES[row.entry]!(victims[scope]);
          if (expected === "allow") expect(response.status).toBe(200);
          else expect(response.status).toBe(subject === "anonymous" ? 401 : 404);
          jar.session = null;
        });
      }
    }
  }
});

async function victim(locationId: string): Promise<Victim> {
  const { user, person } = await makeUser({ locationIds: [locationId] });
  return { id: user.id, personId: person.id, locationId };
}

async function victimsFor(actor: Awaited<ReturnType<typeof makeUser>> | null): Promise<Victims> {
  return {
    own: actor ? { id: actor.user.id, personId: actor.person.id, locationId: world.home } : await victim(world.home),
    otherPerson: await victim(world.home),
    otherLocation: await victim(world.other),
  };
}
