import type { Actor, Permission, Target } from "@/lib/access/policy";

/**
 * What an integration's token may do, pure. A scope names one kind of call; each opens exactly the
 * permission its routes check, and nothing else a person's role would bring with it.
 */
export const SCOPES = ["clearances:read", "who-can:read", "records:export"] as const;
export type Scope = (typeof SCOPES)[number];

export const SCOPE_LABELS: Readonly<Record<Scope, string>> = {
  "clearances:read": "Clearances: one person's answers (GET /api/v1/clearances)",
  "who-can:read": "Who can: everyone's answer for one task (GET /api/v1/who-can)",
  "records:export": "Records export: competency records",
};

export const SCOPE_PERMISSIONS: Readonly<Record<Scope, Permission>> = {
  "clearances:read": "clearance.read",
  "who-can:read": "report.read",
  "records:export": "record.read",
};

/** A token as the policy sees it: its scopes and the locations it is limited to (empty: every one). */
export type TokenGrant = { id: string; name: string; prefix: string; scopes: readonly string[]; locationIds: readonly string[] };

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}

/** Whether the token's scopes open `permission`; a scope unknown to this version opens nothing. */
export function tokenHasPermission(token: TokenGrant, permission: Permission): boolean {
  return token.scopes.some((s) => isScope(s) && SCOPE_PERMISSIONS[s] === permission);
}

function inLocations(token: TokenGrant, locationId: string): boolean {
  return token.locationIds.length === 0 || token.locationIds.includes(locationId);
}

/**
 * The policy for a token actor: the permission from its scopes, and the object within its
 * locations. A person is reached when one of their locations is the token's; which of their
 * locations then count is narrowed location by location by the guard, as for a manager.
 */
export function tokenAllows(token: TokenGrant, permission: Permission, target: Target): boolean {
  if (!tokenHasPermission(token, permission)) return false;
  switch (target.kind) {
    case "organization":
      return token.locationIds.length === 0;
    case "location":
      return inLocations(token, target.locationId);
    case "person":
      return target.locationIds.some((id) => inLocations(token, id));
    case "self":
      // A token is nobody's account.
      return false;
  }
}

/** The locations a token reaches with `permission`: "all" for an unlimited token. */
export function tokenReachableLocations(token: TokenGrant, permission: Permission): "all" | string[] {
  if (!tokenHasPermission(token, permission)) return [];
  return token.locationIds.length === 0 ? "all" : [...token.locationIds];
}

/**
 * The actor a token acts as: no person, no grants, only its own scopes (the policy checks those
 * first). The empty ids never match a person or user, so nothing "own" is ever reached.
 */
export function tokenActor(token: TokenGrant): Actor {
  return { userId: "", personId: "", email: `token ${token.prefix}… (${token.name})`, name: token.name, grants: [], mustChangePassword: false, token };
}
