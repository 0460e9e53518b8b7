import { describe, expect, it } from "vitest";
import { AUTHORIZATION_MATRIX, TOKEN_MATRIX, TOKEN_SUBJECT_GRANTS, TOKEN_SUBJECTS } from "@/lib/access/matrix";
import { can } from "@/lib/access/policy";
import { tokenActor } from "@/lib/token/scope";
import { HOME, OTHER } from "@/tests/support/subjects";

describe("the policy agrees with every token cell of the authorization matrix", () => {
  for (const row of TOKEN_MATRIX) {
    for (const subject of TOKEN_SUBJECTS) {
      for (const [cell, locationId] of [["home", HOME], ["otherLocation", OTHER]] as const) {
        const expected = row.expect[subject][cell];
        it(`${row.entry}: token ${subject} at ${cell} → ${expected}`, () => {
          const { scopes, limited } = TOKEN_SUBJECT_GRANTS[subject];
          const actor = tokenActor({ id: "token1", name: subject, prefix: "clr_abcdef", scopes, locationIds: limited ? [HOME] : [] });
          const allowed = can(actor, row.requires, { kind: "location", locationId }) && can(actor, row.requires, { kind: "person", personId: "person01", locationIds: [locationId] });
          expect(allowed ? "allow" : "deny").toBe(expected);
        });
      }
    }
  }
});

describe("the token matrix", () => {
  it("covers every protected /api/v1 route, and tokens are listed nowhere else", () => {
    // The OpenAPI document is public: it takes no token and needs none.
    const v1 = AUTHORIZATION_MATRIX.filter((e) => / \/api\/v1\//.test(e.entry) && e.requires !== "public").map((e) => e.entry);
    expect(TOKEN_MATRIX.map((e) => e.entry).sort()).toEqual(v1.sort());
  });

  it("agrees with the session matrix on the permission each route checks", () => {
    for (const row of TOKEN_MATRIX) expect(AUTHORIZATION_MATRIX.find((e) => e.entry === row.entry)?.requires).toBe(row.requires);
  });
});
