import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { can, locationsInScope, PERMISSIONS, reachableLocations, type Target } from "@/lib/access/policy";
import { SCOPES, tokenActor, type Scope, type TokenGrant } from "@/lib/token/scope";

function makeToken(overrides: Partial<TokenGrant> = {}): TokenGrant {
  return { id: "token1", name: "Scheduler", prefix: "clr_abcdef", scopes: ["clearances:read"], locationIds: [], ...overrides };
}

const oakland = { kind: "location", locationId: "oakland1" } as const;

describe("a token's scopes", () => {
  it.each([
    ["clearances:read", "clearance.read"],
    ["who-can:read", "report.read"],
    ["records:export", "record.read"],
  ] as const)("%s opens %s and nothing else", (scope, permission) => {
    const actor = tokenActor(makeToken({ scopes: [scope] }));
    for (const p of PERMISSIONS) expect(can(actor, p, oakland)).toBe(p === permission);
  });

  it("opens nothing for a scope this version does not know", () => {
    expect(can(tokenActor(makeToken({ scopes: ["admin:all"] })), "clearance.read", oakland)).toBe(false);
  });

  it("never reaches 'self': a token is nobody's account", () => {
    expect(can(tokenActor(makeToken()), "clearance.read", { kind: "self" })).toBe(false);
  });

  it("reaches every location when it names none, and only its own otherwise", () => {
    expect(reachableLocations(tokenActor(makeToken()), "clearance.read")).toBe("all");
    expect(reachableLocations(tokenActor(makeToken({ locationIds: ["oakland1"] })), "clearance.read")).toEqual(["oakland1"]);
    expect(can(tokenActor(makeToken({ locationIds: ["tacoma1"] })), "clearance.read", oakland)).toBe(false);
  });

  it("reaches a person through one of their locations it names", () => {
    const actor = tokenActor(makeToken({ locationIds: ["oakland1"] }));
    expect(can(actor, "clearance.read", { kind: "person", personId: "p1", locationIds: ["tacoma1", "oakland1"] })).toBe(true);
    expect(can(actor, "clearance.read", { kind: "person", personId: "p1", locationIds: ["tacoma1"] })).toBe(false);
  });
});

const id = fc.stringMatching(/^[a-z0-9]{8,12}$/);
const scopes = fc.subarray([...SCOPES] as Scope[], { minLength: 1 });

describe("a token limited to locations L never reaches an object outside L", () => {
  it("whatever the object, the permission or the locations a query asks for", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
        scopes,
        fc.uniqueArray(id, { maxLength: 5 }),
        fc.constantFrom(...PERMISSIONS),
        fc.array(id, { maxLength: 5 }),
        (limited, tokenScopes, elsewhere, permission, requested) => {
          const outside = elsewhere.filter((l) => !limited.includes(l));
          const actor = tokenActor(makeToken({ scopes: tokenScopes, locationIds: limited }));
          const targets: Target[] = [{ kind: "organization" }, ...outside.map((locationId) => ({ kind: "location" as const, locationId })), { kind: "person", personId: "p1", locationIds: outside }];
          for (const target of targets) expect(can(actor, permission, target)).toBe(false);
          const reach = reachableLocations(actor, permission);
          expect(reach).not.toBe("all");
          const reports = locationsInScope(reach, requested, [...limited, ...outside, ...requested]);
          for (const l of reports ?? []) expect(limited).toContain(l);
        },
      ),
    );
  });
});
