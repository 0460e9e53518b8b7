/**
 * Who may do what, decided from the actor's role grants and the object's place in the
 * organization. Pure: the guard feeds it the actor (re-read from the database per request) and a
 * description of the object, and tests feed it the authorization matrix.
 */
export const ROLES = ["admin", "manager", "medical_assistant", "auditor"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "person.read",
  "clearance.read",
  "user.manage",
  "audit.read",
  "audit.verify",
  "account.manage_own",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Permissions per role. A role missing from this table grants nothing: checks fail closed, so a
 * role added to the database before it is added here cannot reach anything.
 */
const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ["person.read", "clearance.read", "user.manage", "audit.read", "audit.verify", "account.manage_own"],
  manager: ["person.read", "clearance.read", "account.manage_own"],
  medical_assistant: ["person.read", "clearance.read", "account.manage_own"],
  auditor: ["person.read", "clearance.read", "audit.read", "audit.verify", "account.manage_own"],
};

/** What anyone may do with their own person record, whatever their role's scope. */
const OWN_RECORD_PERMISSIONS: ReadonlySet<Permission> = new Set(["person.read", "clearance.read"]);

/** A role held at a location, or organization-wide when `locationId` is null. */
export type Grant = { role: Role; locationId: string | null };

export type Actor = {
  userId: string;
  personId: string;
  email: string;
  name: string;
  grants: readonly Grant[];
  mustChangePassword: boolean;
};

/** What is being reached, described by where it sits, never by who may see it. */
export type Target =
  | { kind: "organization" }
  | { kind: "location"; locationId: string }
  | { kind: "person"; personId: string; locationIds: readonly string[] }
  | { kind: "self" };

export function can(actor: Actor, permission: Permission, target: Target): boolean {
  return actor.grants.some((grant) => grantAllows(actor, grant, permission, target));
}

function grantAllows(actor: Actor, grant: Grant, permission: Permission, target: Target): boolean {
  const permissions = Object.hasOwn(ROLE_PERMISSIONS, grant.role) ? ROLE_PERMISSIONS[grant.role] : [];
  if (!permissions.includes(permission)) return false;
  if (target.kind === "self") return true;
  if (target.kind === "person" && target.personId === actor.personId && OWN_RECORD_PERMISSIONS.has(permission)) return true;
  // A medical assistant's only scope is their own person, whatever location the grant names.
  if (grant.role === "medical_assistant") return target.kind === "person" && target.personId === actor.personId;
  // Managers always work within locations; an unscoped manager grant is malformed and grants nothing.
  if (grant.locationId === null) return grant.role !== "manager";
  switch (target.kind) {
    case "organization":
      return false;
    case "location":
      return target.locationId === grant.locationId;
    case "person":
      return target.locationIds.includes(grant.locationId);
  }
}

/** The location ids an actor may reach with `permission`, or "all" for organization-wide access. */
export function reachableLocations(actor: Actor, permission: Permission): "all" | string[] {
  const ids = new Set<string>();
  for (const grant of actor.grants) {
    const permissions = Object.hasOwn(ROLE_PERMISSIONS, grant.role) ? ROLE_PERMISSIONS[grant.role] : [];
    if (!permissions.includes(permission) || grant.role === "medical_assistant") continue;
    if (grant.locationId === null) {
      if (grant.role !== "manager") return "all";
      continue;
    }
    ids.add(grant.locationId);
  }
  return [...ids];
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((grant) => grant.role === role);
}
