import type { Permission } from "./policy";

/**
 * The authorization rules written down as data: for every page, server action and route handler,
 * what each kind of user may reach, for their own object, another person's at their location, and
 * another location's. Tests are generated from it (the policy must agree with every cell, server
 * actions are called for real with each kind of user), and a test fails when an entry point exists
 * without a row here. Add the row with the feature.
 */
export const SUBJECTS = ["admin", "manager", "medical_assistant", "auditor", "auditor_scoped", "anonymous"] as const;
export type Subject = (typeof SUBJECTS)[number];

export type Access = "allow" | "deny";
export type Cells = { own: Access; otherPerson: Access; otherLocation: Access };
export type Requirement = Permission | "public" | "signed_in";
export type TargetKind = "organization" | "location" | "person" | "self" | "none";

export type MatrixEntry = { entry: string; requires: Requirement; target: TargetKind; expect: Record<Subject, Cells> };

const ALL: Cells = { own: "allow", otherPerson: "allow", otherLocation: "allow" };
const NONE: Cells = { own: "deny", otherPerson: "deny", otherLocation: "deny" };
const SAME_LOCATION: Cells = { own: "allow", otherPerson: "allow", otherLocation: "deny" };
const OWN_ONLY: Cells = { own: "allow", otherPerson: "deny", otherLocation: "deny" };

const everyone = (): Record<Subject, Cells> => ({ admin: ALL, manager: ALL, medical_assistant: ALL, auditor: ALL, auditor_scoped: ALL, anonymous: ALL });
const signedIn = (): Record<Subject, Cells> => ({ ...everyone(), anonymous: NONE });
const adminOnly = (): Record<Subject, Cells> => ({ admin: ALL, manager: NONE, medical_assistant: NONE, auditor: NONE, auditor_scoped: NONE, anonymous: NONE });
const organizationAuditors = (): Record<Subject, Cells> => ({ ...adminOnly(), auditor: ALL });
const personRecords = (): Record<Subject, Cells> => ({
  admin: ALL,
  manager: SAME_LOCATION,
  medical_assistant: OWN_ONLY,
  auditor: ALL,
  auditor_scoped: SAME_LOCATION,
  anonymous: NONE,
});
const staffLists = (): Record<Subject, Cells> => ({ ...personRecords(), medical_assistant: NONE });

export const AUTHORIZATION_MATRIX: readonly MatrixEntry[] = [
  // Routes
  { entry: "GET /api/health", requires: "public", target: "none", expect: everyone() },
  { entry: "GET /api/auth/[...nextauth]", requires: "public", target: "none", expect: everyone() },
  { entry: "POST /api/auth/[...nextauth]", requires: "public", target: "none", expect: everyone() },
  { entry: "GET /api/v1/clearances", requires: "clearance.read", target: "person", expect: personRecords() },

  // Pages
  { entry: "page /sign-in", requires: "public", target: "none", expect: everyone() },
  { entry: "page /", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /account/password", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /people", requires: "person.read", target: "location", expect: staffLists() },
  { entry: "page /people/[personId]", requires: "person.read", target: "person", expect: personRecords() },
  { entry: "page /people/[personId]/clearances", requires: "clearance.read", target: "person", expect: personRecords() },
  { entry: "page /people/[personId]/check", requires: "clearance.read", target: "person", expect: personRecords() },
  { entry: "page /admin/users", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/users/new", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/users/[userId]", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /audit", requires: "audit.verify", target: "organization", expect: organizationAuditors() },

  // Server actions
  { entry: "createUserAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "updateAccessAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "setUserActiveAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "resetPasswordAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "changeOwnPasswordAction", requires: "account.manage_own", target: "self", expect: signedIn() },
];

export function matrixEntry(entry: string): MatrixEntry | undefined {
  return AUTHORIZATION_MATRIX.find((e) => e.entry === entry);
}
