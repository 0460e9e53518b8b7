/**
 * Who may do what, decided from the actor's role grants and the object's place in the
 * organization. Pure: the guard feeds it the actor (re-read from the database per request) and a
 * description of the object, and tests feed it the authorization matrix.
 */
import type { Locale } from "@/lib/i18n/locales";
import { tokenAllows, tokenReachableLocations, type TokenGrant } from "@/lib/token/scope";

export const ROLES = ["admin", "manager", "medical_assistant", "auditor", "validator"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "person.read",
  "person.manage",
  "clearance.read",
  "record.read",
  "record.manage",
  "competency.validate",
  "authorization.manage",
  "arrangement.read",
  "arrangement.manage",
  "presence.report",
  "dashboard.read",
  "import.run",
  "reference.read",
  "reference.manage",
  "user.manage",
  "notification.manage",
  "report.read",
  "audit.read",
  "audit.verify",
  "account.manage_own",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * Permissions per role. A role missing from this table grants nothing: checks fail closed, so a
 * role added to the database before it is added here cannot reach anything.
 */
const READ: readonly Permission[] = ["person.read", "clearance.read", "record.read", "arrangement.read", "reference.read", "account.manage_own"];

const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: [...READ, "person.manage", "record.manage", "authorization.manage", "arrangement.manage", "dashboard.read", "import.run", "reference.manage", "user.manage", "notification.manage", "report.read", "audit.read", "audit.verify"],
  manager: [...READ, "person.manage", "record.manage", "authorization.manage", "arrangement.manage", "presence.report", "dashboard.read", "import.run", "report.read"],
  medical_assistant: ["person.read", "clearance.read", "record.read", "account.manage_own"],
  // Read-only by construction: no permission here changes anything.
  auditor: [...READ, "dashboard.read", "report.read", "audit.read", "audit.verify"],
  // Validators are the providers with a sign-in: they also say when they are on site or away.
  validator: [...READ, "competency.validate", "presence.report"],
};

/** What anyone may do with their own person record, whatever their role's scope. */
const OWN_RECORD_PERMISSIONS: ReadonlySet<Permission> = new Set(["person.read", "clearance.read", "record.read"]);

/** A role held at a location, or organization-wide when `locationId` is null. A validator grant
 * may name the one task it covers (`taskId`). */
export type Grant = { role: Role; locationId: string | null; taskId?: string | null };

export type Actor = {
  userId: string;
  personId: string;
  email: string;
  name: string;
  grants: readonly Grant[];
  mustChangePassword: boolean;
  /** The language the user chose; null or absent follows the browser's. */
  locale?: Locale | null;
  /** Set when the caller is an integration's API token: then it has no grants, only these scopes. */
  token?: TokenGrant;
};

/** What is being reached, described by where it sits, never by who may see it. */
export type Target =
  | { kind: "organization" }
  | { kind: "location"; locationId: string }
  | { kind: "person"; personId: string; locationIds: readonly string[] }
  | { kind: "self" };

export function can(actor: Actor, permission: Permission, target: Target): boolean {
  if (actor.token) return tokenAllows(actor.token, permission, target);
  return actor.grants.some((grant) => grantAllows(actor, grant, permission, target));
}

function grantAllows(actor: Actor, grant: Grant, permission: Permission, target: Target): boolean {
  const permissions = Object.hasOwn(ROLE_PERMISSIONS, grant.role) ? ROLE_PERMISSIONS[grant.role] : [];
  if (!permissions.includes(permission)) return false;
  if (target.kind === "self") return true;
  if (target.kind === "person" && target.personId === actor.personId && OWN_RECORD_PERMISSIONS.has(permission)) return true;
  // A medical assistant's only scope is their own person, whatever location the grant names.
  if (grant.role === "medical_assistant") return target.kind === "person" && target.personId === actor.personId;
  // Managers and validators always work within locations; an unscoped grant of theirs is malformed
  // and grants nothing.
  if (grant.locationId === null) return grant.role !== "manager" && grant.role !== "validator";
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
  if (actor.token) return tokenReachableLocations(actor.token, permission);
  const ids = new Set<string>();
  for (const grant of actor.grants) {
    const permissions = Object.hasOwn(ROLE_PERMISSIONS, grant.role) ? ROLE_PERMISSIONS[grant.role] : [];
    if (!permissions.includes(permission) || grant.role === "medical_assistant") continue;
    if (grant.locationId === null) {
      if (grant.role !== "manager" && grant.role !== "validator") return "all";
      continue;
    }
    ids.add(grant.locationId);
  }
  return [...ids];
}

/**
 * The locations a report may cover: the ones asked for when every one is within `scope`, or every
 * location in scope when none is asked for; null when any asked for is out of reach or unknown.
 */
export function locationsInScope(scope: "all" | readonly string[], requested: readonly string[], existing: readonly string[]): string[] | null {
  const reachable = scope === "all" ? existing : existing.filter((id) => scope.includes(id));
  if (requested.length === 0) return reachable.length > 0 ? [...reachable] : null;
  return requested.every((id) => reachable.includes(id)) ? [...new Set(requested)] : null;
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.grants.some((grant) => grant.role === role);
}

/**
 * The tasks a validator may sign off at a location: every task, or the ones their grants name.
 * Refinements of a named task are covered by it (checked by the caller, which knows the catalog).
 */
export function validatableTasks(actor: Actor, locationId: string): "all" | string[] {
  const grants = actor.grants.filter((g) => g.role === "validator" && g.locationId === locationId);
  if (grants.some((g) => !g.taskId)) return "all";
  return grants.map((g) => g.taskId as string);
}
