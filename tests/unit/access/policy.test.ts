import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AUTHORIZATION_MATRIX, SUBJECTS } from "@/lib/access/matrix";
import { can, PERMISSIONS, reachableLocations, type Actor, type Permission } from "@/lib/access/policy";
import { HOME, makeActor, OTHER, SCOPES, targetFor } from "@/tests/support/subjects";

const checked = AUTHORIZATION_MATRIX.filter((e) => (PERMISSIONS as readonly string[]).includes(e.requires));

describe("the policy agrees with every cell of the authorization matrix", () => {
  for (const row of checked) {
    for (const subject of SUBJECTS.filter((s) => s !== "anonymous")) {
      for (const scope of SCOPES) {
        const expected = row.expect[subject][scope];
        it(`${row.entry}: ${subject} on ${scope} → ${expected}`, () => {
          const actor = makeActor(subject);
          const permission = row.requires as Permission;
          const target = targetFor(row.target, scope);
          const allowed =
            row.target === "scope"
              ? reachableLocations(actor, permission) === "all" || (reachableLocations(actor, permission) as string[]).length > 0
              : row.target === "location"
                ? locationListAllowed(actor, permission, scope)
                : target !== null && can(actor, permission, target);
          expect(allowed ? "allow" : "deny").toBe(expected);
        });
      }
    }
  }
});

// List pages are reached through the actor's reachable locations rather than one object.
function locationListAllowed(actor: Actor, permission: Permission, scope: string): boolean {
  const reach = reachableLocations(actor, permission);
  const location = scope === "otherLocation" ? OTHER : HOME;
  return reach === "all" || reach.includes(location);
}

describe("policy invariants", () => {
  const arbitraryLocation = fc.constantFrom("loc1aaaaaaaa", "loc2bbbbbbbb", "loc3cccccccc");
  const arbitraryTarget = fc.oneof(
    fc.constant({ kind: "organization" as const }),
    arbitraryLocation.map((locationId) => ({ kind: "location" as const, locationId })),
    fc.record({ kind: fc.constant("person" as const), personId: fc.constantFrom("p1aaaaaaaa", "p2bbbbbbbb"), locationIds: fc.array(arbitraryLocation, { maxLength: 3 }) }),
  );

  it("a manager never reaches a person or location outside their locations", () => {
    fc.assert(
      fc.property(fc.array(arbitraryLocation, { minLength: 1, maxLength: 2 }), arbitraryTarget, fc.constantFrom(...PERMISSIONS), (managed, target, permission) => {
        const actor = makeActor("manager", { grants: managed.map((locationId) => ({ role: "manager" as const, locationId })) });
        if (!can(actor, permission, target)) return;
        if (target.kind === "organization") throw new Error("manager reached an organization-wide object");
        const locations = target.kind === "location" ? [target.locationId] : target.locationIds;
        expect(locations.some((l) => managed.includes(l))).toBe(true);
      }),
    );
  });

  it("a medical assistant reaches no person but themselves", () => {
    fc.assert(
      fc.property(arbitraryTarget, fc.constantFrom(...PERMISSIONS), (target, permission) => {
        const actor = makeActor("medical_assistant", { personId: "p1aaaaaaaa" });
        if (can(actor, permission, target) && target.kind === "person") expect(target.personId).toBe("p1aaaaaaaa");
        if (target.kind === "organization" || target.kind === "location") expect(can(actor, permission, target)).toBe(false);
      }),
    );
  });

  it("fails closed on a role it does not know", () => {
    const actor = makeActor("admin", { grants: [{ role: "superuser" as never, locationId: null }] });
    for (const permission of PERMISSIONS) expect(can(actor, permission, { kind: "organization" })).toBe(false);
  });

  it("an unscoped manager grant reaches nothing", () => {
    const actor = makeActor("manager", { grants: [{ role: "manager", locationId: null }] });
    expect(can(actor, "person.read", { kind: "person", personId: "x1234567", locationIds: [HOME] })).toBe(false);
    expect(reachableLocations(actor, "person.read")).toEqual([]);
  });

  it("no role but admin may manage users", () => {
    for (const subject of ["manager", "medical_assistant", "auditor", "auditor_scoped"] as const) {
      expect(can(makeActor(subject), "user.manage", { kind: "organization" })).toBe(false);
    }
  });
});
