import type { Scope } from "@/lib/token/scope";
import type { Permission } from "./policy";

/**
 * The authorization rules written down as data: for every page, server action and route handler,
 * what each kind of user may reach, for their own object, another person's at their location, and
 * another location's. Tests are generated from it (the policy must agree with every cell, server
 * actions are called for real with each kind of user), and a test fails when an entry point exists
 * without a row here. Add the row with the feature.
 */
export const SUBJECTS = ["admin", "manager", "medical_assistant", "auditor", "auditor_scoped", "validator", "anonymous"] as const;
export type Subject = (typeof SUBJECTS)[number];

export type Access = "allow" | "deny";
export type Cells = { own: Access; otherPerson: Access; otherLocation: Access };
export type Requirement = Permission | "public" | "signed_in";
/** `scope`: organization-wide data reachable by anyone with the permission at some location. */
export type TargetKind = "organization" | "location" | "person" | "self" | "scope" | "none";

export type MatrixEntry = { entry: string; requires: Requirement; target: TargetKind; expect: Record<Subject, Cells> };

const ALL: Cells = { own: "allow", otherPerson: "allow", otherLocation: "allow" };
const NONE: Cells = { own: "deny", otherPerson: "deny", otherLocation: "deny" };
const SAME_LOCATION: Cells = { own: "allow", otherPerson: "allow", otherLocation: "deny" };
const OWN_ONLY: Cells = { own: "allow", otherPerson: "deny", otherLocation: "deny" };

const everyone = (): Record<Subject, Cells> => ({ admin: ALL, manager: ALL, medical_assistant: ALL, auditor: ALL, auditor_scoped: ALL, validator: ALL, anonymous: ALL });
const signedIn = (): Record<Subject, Cells> => ({ ...everyone(), anonymous: NONE });
const adminOnly = (): Record<Subject, Cells> => ({ admin: ALL, manager: NONE, medical_assistant: NONE, auditor: NONE, auditor_scoped: NONE, validator: NONE, anonymous: NONE });
const organizationAuditors = (): Record<Subject, Cells> => ({ ...adminOnly(), auditor: ALL });
/** Read access to a person's records: themselves, and anyone reading at their location. */
const personRecords = (): Record<Subject, Cells> => ({
  admin: ALL,
  manager: SAME_LOCATION,
  medical_assistant: OWN_ONLY,
  auditor: ALL,
  auditor_scoped: SAME_LOCATION,
  validator: SAME_LOCATION,
  anonymous: NONE,
});
const staffLists = (): Record<Subject, Cells> => ({ ...personRecords(), medical_assistant: NONE });
/** Changes at a location (or to a person there): admins anywhere, managers at their own locations. */
const managers = (): Record<Subject, Cells> => ({ ...adminOnly(), manager: SAME_LOCATION });
const validators = (): Record<Subject, Cells> => ({ ...adminOnly(), admin: NONE, validator: SAME_LOCATION });
/** Providers with a sign-in (validators), and managers who are also providers, at their locations: their own check-ins and absences. */
const presence = (): Record<Subject, Cells> => ({ ...adminOnly(), admin: NONE, manager: SAME_LOCATION, validator: SAME_LOCATION });
const presenceSelf = (): Record<Subject, Cells> => ({ ...adminOnly(), admin: NONE, manager: ALL, validator: ALL });
/** Dashboards and reports over locations: admins and auditors everywhere (or their locations), managers at theirs. */
const dashboards = (): Record<Subject, Cells> => ({ ...staffLists(), validator: NONE });
/** Organization-wide reference data readable by anyone who reads at some location. */
const referenceReaders = (): Record<Subject, Cells> => ({ ...everyone(), medical_assistant: NONE, anonymous: NONE });
/** Anyone who reads reports at some location (answers are then limited to what they may reach). */
const reportReaders = (): Record<Subject, Cells> => ({ ...referenceReaders(), validator: NONE });

export const AUTHORIZATION_MATRIX: readonly MatrixEntry[] = [
  // Routes
  { entry: "GET /api/health", requires: "public", target: "none", expect: everyone() },
  { entry: "GET /api/ready", requires: "public", target: "none", expect: everyone() },
  { entry: "GET /api/auth/[...nextauth]", requires: "public", target: "none", expect: everyone() },
  { entry: "POST /api/auth/[...nextauth]", requires: "public", target: "none", expect: everyone() },
  { entry: "GET /api/v1/clearances", requires: "clearance.read", target: "person", expect: personRecords() },
  { entry: "GET /api/v1/who-can", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "GET /api/me", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "GET /api/v1/openapi.json", requires: "public", target: "none", expect: everyone() },
  { entry: "POST /api/locale", requires: "public", target: "none", expect: everyone() },
  { entry: "GET /api/evidence/[fileId]", requires: "record.read", target: "person", expect: personRecords() },
  { entry: "POST /api/import/[kind]", requires: "import.run", target: "location", expect: managers() },
  { entry: "GET /api/reports/as-of", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "GET /api/reports/who-can", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "GET /api/reports/decisions", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "GET /api/export/records", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "GET /api/export/records/count", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "GET /api/people/export", requires: "person.read", target: "location", expect: staffLists() },
  { entry: "GET /api/export/lookup", requires: "report.read", target: "scope", expect: reportReaders() },
  { entry: "GET /api/audit/events", requires: "audit.read", target: "organization", expect: organizationAuditors() },
  { entry: "GET /api/audit/head", requires: "audit.verify", target: "organization", expect: organizationAuditors() },
  { entry: "GET /notifications/[noticeId]/open", requires: "account.manage_own", target: "self", expect: signedIn() },

  // Pages
  { entry: "page /sign-in", requires: "public", target: "none", expect: everyone() },
  // Open to a session that owes the second factor (and only to one: others are sent on).
  { entry: "page /sign-in/verify", requires: "public", target: "none", expect: everyone() },
  { entry: "page /sign-in/setup", requires: "public", target: "none", expect: everyone() },
  { entry: "page /", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /account/password", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /account/notifications", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /account/security", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /account/security/setup", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /account/language", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /notifications", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /api-reference", requires: "signed_in", target: "none", expect: signedIn() },
  { entry: "page /people", requires: "person.read", target: "location", expect: staffLists() },
  { entry: "page /people/new", requires: "person.manage", target: "location", expect: managers() },
  { entry: "page /people/[personId]", requires: "person.read", target: "person", expect: personRecords() },
  { entry: "page /people/[personId]/clearances", requires: "clearance.read", target: "person", expect: personRecords() },
  { entry: "page /people/[personId]/check", requires: "clearance.read", target: "person", expect: personRecords() },
  { entry: "page /people/[personId]/authorizations/new", requires: "authorization.manage", target: "person", expect: managers() },
  { entry: "page /people/[personId]/records/new", requires: "record.manage", target: "person", expect: managers() },
  { entry: "page /people/[personId]/records/[lineageId]", requires: "record.read", target: "person", expect: personRecords() },
  { entry: "page /people/[personId]/validate", requires: "competency.validate", target: "person", expect: validators() },
  { entry: "page /locations", requires: "arrangement.read", target: "location", expect: staffLists() },
  { entry: "page /locations/[locationId]", requires: "arrangement.read", target: "location", expect: staffLists() },
  { entry: "page /locations/[locationId]/supervision", requires: "arrangement.read", target: "location", expect: staffLists() },
  { entry: "page /locations/[locationId]/supervision/new", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "page /locations/[locationId]/supervision/[lineageId]", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "page /locations/[locationId]/supervision/exceptions/new", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "page /locations/[locationId]/supervision/exceptions/[lineageId]", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "page /locations/[locationId]/supervision/what-if", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "page /presence", requires: "presence.report", target: "self", expect: presenceSelf() },
  { entry: "page /locations/[locationId]/authorize", requires: "authorization.manage", target: "location", expect: managers() },
  { entry: "page /locations/[locationId]/import", requires: "import.run", target: "location", expect: managers() },
  { entry: "page /rules", requires: "reference.read", target: "scope", expect: referenceReaders() },
  { entry: "page /rules/[lineageId]", requires: "reference.read", target: "scope", expect: referenceReaders() },
  { entry: "page /rules/new", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/tasks", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/policies", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/locations", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/tokens", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/users", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/users/new", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/users/[userId]", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/sign-in", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/deliveries", requires: "notification.manage", target: "organization", expect: adminOnly() },
  { entry: "page /admin/deliveries/[messageId]", requires: "notification.manage", target: "organization", expect: adminOnly() },
  { entry: "page /reports", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "page /reports/as-of", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "page /reports/who-can", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "page /reports/decisions", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "page /reports/decisions/[id]", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "page /reports/records", requires: "report.read", target: "location", expect: dashboards() },
  { entry: "page /reports/verify", requires: "report.read", target: "scope", expect: reportReaders() },
  { entry: "page /audit", requires: "audit.read", target: "organization", expect: organizationAuditors() },
  { entry: "page /audit/[seq]", requires: "audit.read", target: "organization", expect: organizationAuditors() },

  // Server actions
  { entry: "createUserAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "createTokenAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "revokeTokenAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "updateAccessAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "setUserActiveAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "resetPasswordAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "createSignInAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "saveSsoSettingsAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "changeOwnPasswordAction", requires: "account.manage_own", target: "self", expect: signedIn() },
  { entry: "setLanguageAction", requires: "account.manage_own", target: "self", expect: signedIn() },
  // The second sign-in step and setting an app up check the session themselves (a session owing
  // the second factor may call them; see lib/second-factor/actions.ts).
  { entry: "verifySignInCodeAction", requires: "signed_in", target: "self", expect: signedIn() },
  { entry: "confirmSetupAction", requires: "signed_in", target: "self", expect: signedIn() },
  { entry: "completeSetupAction", requires: "signed_in", target: "self", expect: signedIn() },
  { entry: "renewRecoveryCodesAction", requires: "account.manage_own", target: "self", expect: signedIn() },
  { entry: "turnOffSecondFactorAction", requires: "account.manage_own", target: "self", expect: signedIn() },
  { entry: "resetSecondFactorAction", requires: "user.manage", target: "organization", expect: adminOnly() },
  { entry: "createPersonAction", requires: "person.manage", target: "location", expect: managers() },
  { entry: "updatePersonAction", requires: "person.manage", target: "person", expect: managers() },
  { entry: "changeTierAction", requires: "person.manage", target: "person", expect: managers() },
  { entry: "changeProviderTypeAction", requires: "person.manage", target: "person", expect: managers() },
  { entry: "addEmploymentAction", requires: "person.manage", target: "person", expect: managers() },
  { entry: "changeEmploymentAction", requires: "person.manage", target: "person", expect: managers() },
  { entry: "previewGrantAction", requires: "authorization.manage", target: "location", expect: managers() },
  { entry: "grantAuthorizationsAction", requires: "authorization.manage", target: "location", expect: managers() },
  { entry: "changeAuthorizationStatusAction", requires: "authorization.manage", target: "location", expect: managers() },
  { entry: "createRecordAction", requires: "record.manage", target: "person", expect: managers() },
  { entry: "correctRecordAction", requires: "record.manage", target: "person", expect: managers() },
  { entry: "withdrawRecordAction", requires: "record.manage", target: "person", expect: managers() },
  { entry: "validateCompetencyAction", requires: "competency.validate", target: "person", expect: validators() },
  { entry: "saveArrangementAction", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "saveExceptionAction", requires: "arrangement.manage", target: "location", expect: managers() },
  { entry: "saveOwnAbsenceAction", requires: "presence.report", target: "location", expect: presence() },
  { entry: "recordPresenceAction", requires: "presence.report", target: "location", expect: presence() },
  { entry: "savePolicyAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "saveRuleAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "verifyRuleAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "createTaskAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "updateTaskAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "retireTaskAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "saveLocationAction", requires: "reference.manage", target: "organization", expect: adminOnly() },
  { entry: "verifyAuditHeadAction", requires: "audit.verify", target: "organization", expect: organizationAuditors() },
  { entry: "savePreferencesAction", requires: "account.manage_own", target: "self", expect: signedIn() },
  { entry: "markNoticesReadAction", requires: "account.manage_own", target: "self", expect: signedIn() },
  { entry: "requestSignOffAction", requires: "record.manage", target: "person", expect: managers() },
  { entry: "retryMessageAction", requires: "notification.manage", target: "organization", expect: adminOnly() },
];

export function matrixEntry(entry: string): MatrixEntry | undefined {
  return AUTHORIZATION_MATRIX.find((e) => e.entry === entry);
}

/**
 * API tokens as a kind of actor, on the routes that accept them (/api/v1/*, and only those). Each
 * kind is one scope, unlimited or limited to the home location; cells are an object at a location
 * the token names (home) and at one it does not. A token has no "own" object. Refusals answer 403.
 */
export const TOKEN_SUBJECTS = [
  "clearances_read",
  "clearances_read_home",
  "who_can_read",
  "who_can_read_home",
  "records_export",
] as const;
export type TokenSubject = (typeof TOKEN_SUBJECTS)[number];
export const TOKEN_SUBJECT_GRANTS: Readonly<Record<TokenSubject, { scopes: Scope[]; limited: boolean }>> = {
  clearances_read: { scopes: ["clearances:read"], limited: false },
  clearances_read_home: { scopes: ["clearances:read"], limited: true },
  who_can_read: { scopes: ["who-can:read"], limited: false },
  who_can_read_home: { scopes: ["who-can:read"], limited: true },
  records_export: { scopes: ["records:export"], limited: false },
};

export type TokenCells = { home: Access; otherLocation: Access };
export type TokenMatrixEntry = { entry: string; requires: Permission; expect: Record<TokenSubject, TokenCells> };

const BOTH: TokenCells = { home: "allow", otherLocation: "allow" };
const HOME_ONLY: TokenCells = { home: "allow", otherLocation: "deny" };
const NEITHER: TokenCells = { home: "deny", otherLocation: "deny" };
const noTokens = (): Record<TokenSubject, TokenCells> => ({ clearances_read: NEITHER, clearances_read_home: NEITHER, who_can_read: NEITHER, who_can_read_home: NEITHER, records_export: NEITHER });

export const TOKEN_MATRIX: readonly TokenMatrixEntry[] = [
  { entry: "GET /api/v1/clearances", requires: "clearance.read", expect: { ...noTokens(), clearances_read: BOTH, clearances_read_home: HOME_ONLY } },
  { entry: "GET /api/v1/who-can", requires: "report.read", expect: { ...noTokens(), who_can_read: BOTH, who_can_read_home: HOME_ONLY } },
];
