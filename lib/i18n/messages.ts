/**
 * The message catalogs: one JSON file per screen or part of the app, per language. A new namespace
 * gets a file in every language and a line in each list below; tests/unit/i18n/catalogs.test.ts
 * checks that every key exists in every language with the same arguments.
 */
import enCommon from "./messages/en/common.json" with { type: "json" };
import enEngine from "./messages/en/engine.json" with { type: "json" };
import enSignIn from "./messages/en/signIn.json" with { type: "json" };
import enShell from "./messages/en/shell.json" with { type: "json" };
import enHome from "./messages/en/home.json" with { type: "json" };
import enClearances from "./messages/en/clearances.json" with { type: "json" };
import enCheck from "./messages/en/check.json" with { type: "json" };
import enNotifications from "./messages/en/notifications.json" with { type: "json" };
import enAccount from "./messages/en/account.json" with { type: "json" };
import enAdmin from "./messages/en/admin.json" with { type: "json" };
import enRules from "./messages/en/rules.json" with { type: "json" };
import enSecurity from "./messages/en/security.json" with { type: "json" };
import enErrors from "./messages/en/errors.json" with { type: "json" };
import enApiReference from "./messages/en/apiReference.json" with { type: "json" };
import enAudit from "./messages/en/audit.json" with { type: "json" };
import enDashboard from "./messages/en/dashboard.json" with { type: "json" };
import enExceptions from "./messages/en/exceptions.json" with { type: "json" };
import enImports from "./messages/en/imports.json" with { type: "json" };
import enLocations from "./messages/en/locations.json" with { type: "json" };
import enPeople from "./messages/en/people.json" with { type: "json" };
import enPresence from "./messages/en/presence.json" with { type: "json" };
import enReports from "./messages/en/reports.json" with { type: "json" };
import enSupervision from "./messages/en/supervision.json" with { type: "json" };
import enVersions from "./messages/en/versions.json" with { type: "json" };
import enWhatIf from "./messages/en/whatIf.json" with { type: "json" };
import enForms from "./messages/en/forms.json" with { type: "json" };
import enArrangement from "./messages/en/arrangement.json" with { type: "json" };
import enException from "./messages/en/exception.json" with { type: "json" };
import enLocation from "./messages/en/location.json" with { type: "json" };
import enPolicy from "./messages/en/policy.json" with { type: "json" };
import enRule from "./messages/en/rule.json" with { type: "json" };
import enTask from "./messages/en/task.json" with { type: "json" };
import enOrganization from "./messages/en/organization.json" with { type: "json" };
import enDecision from "./messages/en/decision.json" with { type: "json" };
import enReport from "./messages/en/report.json" with { type: "json" };
import enExport from "./messages/en/export.json" with { type: "json" };
import enNotification from "./messages/en/notification.json" with { type: "json" };
import enVersion from "./messages/en/version.json" with { type: "json" };
import enPerson from "./messages/en/person.json" with { type: "json" };
import enUser from "./messages/en/user.json" with { type: "json" };
import enRecord from "./messages/en/record.json" with { type: "json" };
import enAuthorization from "./messages/en/authorization.json" with { type: "json" };
import enImport from "./messages/en/import.json" with { type: "json" };
import enCsv from "./messages/en/csv.json" with { type: "json" };
import enToken from "./messages/en/token.json" with { type: "json" };
import enAuth from "./messages/en/auth.json" with { type: "json" };
import enSecondFactor from "./messages/en/secondFactor.json" with { type: "json" };
import esCommon from "./messages/es/common.json" with { type: "json" };
import esEngine from "./messages/es/engine.json" with { type: "json" };
import esSignIn from "./messages/es/signIn.json" with { type: "json" };
import esShell from "./messages/es/shell.json" with { type: "json" };
import esHome from "./messages/es/home.json" with { type: "json" };
import esClearances from "./messages/es/clearances.json" with { type: "json" };
import esCheck from "./messages/es/check.json" with { type: "json" };
import esNotifications from "./messages/es/notifications.json" with { type: "json" };
import esAccount from "./messages/es/account.json" with { type: "json" };
import esAdmin from "./messages/es/admin.json" with { type: "json" };
import esRules from "./messages/es/rules.json" with { type: "json" };
import esSecurity from "./messages/es/security.json" with { type: "json" };
import esErrors from "./messages/es/errors.json" with { type: "json" };
import esApiReference from "./messages/es/apiReference.json" with { type: "json" };
import esAudit from "./messages/es/audit.json" with { type: "json" };
import esDashboard from "./messages/es/dashboard.json" with { type: "json" };
import esExceptions from "./messages/es/exceptions.json" with { type: "json" };
import esImports from "./messages/es/imports.json" with { type: "json" };
import esLocations from "./messages/es/locations.json" with { type: "json" };
import esPeople from "./messages/es/people.json" with { type: "json" };
import esPresence from "./messages/es/presence.json" with { type: "json" };
import esReports from "./messages/es/reports.json" with { type: "json" };
import esSupervision from "./messages/es/supervision.json" with { type: "json" };
import esVersions from "./messages/es/versions.json" with { type: "json" };
import esWhatIf from "./messages/es/whatIf.json" with { type: "json" };
import esForms from "./messages/es/forms.json" with { type: "json" };
import esArrangement from "./messages/es/arrangement.json" with { type: "json" };
import esException from "./messages/es/exception.json" with { type: "json" };
import esLocation from "./messages/es/location.json" with { type: "json" };
import esPolicy from "./messages/es/policy.json" with { type: "json" };
import esRule from "./messages/es/rule.json" with { type: "json" };
import esTask from "./messages/es/task.json" with { type: "json" };
import esOrganization from "./messages/es/organization.json" with { type: "json" };
import esDecision from "./messages/es/decision.json" with { type: "json" };
import esReport from "./messages/es/report.json" with { type: "json" };
import esExport from "./messages/es/export.json" with { type: "json" };
import esNotification from "./messages/es/notification.json" with { type: "json" };
import esVersion from "./messages/es/version.json" with { type: "json" };
import esPerson from "./messages/es/person.json" with { type: "json" };
import esUser from "./messages/es/user.json" with { type: "json" };
import esRecord from "./messages/es/record.json" with { type: "json" };
import esAuthorization from "./messages/es/authorization.json" with { type: "json" };
import esImport from "./messages/es/import.json" with { type: "json" };
import esCsv from "./messages/es/csv.json" with { type: "json" };
import esToken from "./messages/es/token.json" with { type: "json" };
import esAuth from "./messages/es/auth.json" with { type: "json" };
import esSecondFactor from "./messages/es/secondFactor.json" with { type: "json" };
import type { Locale } from "./locales";

const en = {
  common: enCommon,
  engine: enEngine,
  signIn: enSignIn,
  shell: enShell,
  home: enHome,
  clearances: enClearances,
  check: enCheck,
  notifications: enNotifications,
  account: enAccount,
  admin: enAdmin,
  rules: enRules,
  security: enSecurity,
  errors: enErrors,
  apiReference: enApiReference,
  audit: enAudit,
  dashboard: enDashboard,
  exceptions: enExceptions,
  imports: enImports,
  locations: enLocations,
  people: enPeople,
  presence: enPresence,
  reports: enReports,
  supervision: enSupervision,
  versions: enVersions,
  whatIf: enWhatIf,
  forms: enForms,
  arrangement: enArrangement,
  exception: enException,
  location: enLocation,
  policy: enPolicy,
  rule: enRule,
  task: enTask,
  organization: enOrganization,
  decision: enDecision,
  report: enReport,
  export: enExport,
  notification: enNotification,
  version: enVersion,
  person: enPerson,
  user: enUser,
  record: enRecord,
  authorization: enAuthorization,
  import: enImport,
  csv: enCsv,
  token: enToken,
  auth: enAuth,
  secondFactor: enSecondFactor,
};

export type Messages = typeof en;
export type Namespace = keyof Messages;

// `satisfies` makes a key missing from the Spanish catalog a type error as well as a test failure.
const es = {
  common: esCommon,
  engine: esEngine,
  signIn: esSignIn,
  shell: esShell,
  home: esHome,
  clearances: esClearances,
  check: esCheck,
  notifications: esNotifications,
  account: esAccount,
  admin: esAdmin,
  rules: esRules,
  security: esSecurity,
  errors: esErrors,
  apiReference: esApiReference,
  audit: esAudit,
  dashboard: esDashboard,
  exceptions: esExceptions,
  imports: esImports,
  locations: esLocations,
  people: esPeople,
  presence: esPresence,
  reports: esReports,
  supervision: esSupervision,
  versions: esVersions,
  whatIf: esWhatIf,
  forms: esForms,
  arrangement: esArrangement,
  exception: esException,
  location: esLocation,
  policy: esPolicy,
  rule: esRule,
  task: esTask,
  organization: esOrganization,
  decision: esDecision,
  report: esReport,
  export: esExport,
  notification: esNotification,
  version: esVersion,
  person: esPerson,
  user: esUser,
  record: esRecord,
  authorization: esAuthorization,
  import: esImport,
  csv: esCsv,
  token: esToken,
  auth: esAuth,
  secondFactor: esSecondFactor,
} satisfies Messages;

export const MESSAGES: Record<Locale, Messages> = { en, es };
