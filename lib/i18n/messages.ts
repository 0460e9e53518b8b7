/**
 * The message catalogs: one JSON file per screen or part of the app, per language. A new namespace
 * gets a file in every language and a line in each list below; tests/unit/i18n/catalogs.test.ts
 * checks that every key exists in every language with the same arguments.
 */
import enCommon from "./messages/en/common.json";
import enEngine from "./messages/en/engine.json";
import enSignIn from "./messages/en/signIn.json";
import enShell from "./messages/en/shell.json";
import enHome from "./messages/en/home.json";
import enClearances from "./messages/en/clearances.json";
import enCheck from "./messages/en/check.json";
import enNotifications from "./messages/en/notifications.json";
import enAccount from "./messages/en/account.json";
import enAdmin from "./messages/en/admin.json";
import enRules from "./messages/en/rules.json";
import enSecurity from "./messages/en/security.json";
import enErrors from "./messages/en/errors.json";
import enApiReference from "./messages/en/apiReference.json";
import enAudit from "./messages/en/audit.json";
import enDashboard from "./messages/en/dashboard.json";
import enExceptions from "./messages/en/exceptions.json";
import enImports from "./messages/en/imports.json";
import enLocations from "./messages/en/locations.json";
import enPeople from "./messages/en/people.json";
import enPresence from "./messages/en/presence.json";
import enReports from "./messages/en/reports.json";
import enSupervision from "./messages/en/supervision.json";
import enVersions from "./messages/en/versions.json";
import enWhatIf from "./messages/en/whatIf.json";
import esCommon from "./messages/es/common.json";
import esEngine from "./messages/es/engine.json";
import esSignIn from "./messages/es/signIn.json";
import esShell from "./messages/es/shell.json";
import esHome from "./messages/es/home.json";
import esClearances from "./messages/es/clearances.json";
import esCheck from "./messages/es/check.json";
import esNotifications from "./messages/es/notifications.json";
import esAccount from "./messages/es/account.json";
import esAdmin from "./messages/es/admin.json";
import esRules from "./messages/es/rules.json";
import esSecurity from "./messages/es/security.json";
import esErrors from "./messages/es/errors.json";
import esApiReference from "./messages/es/apiReference.json";
import esAudit from "./messages/es/audit.json";
import esDashboard from "./messages/es/dashboard.json";
import esExceptions from "./messages/es/exceptions.json";
import esImports from "./messages/es/imports.json";
import esLocations from "./messages/es/locations.json";
import esPeople from "./messages/es/people.json";
import esPresence from "./messages/es/presence.json";
import esReports from "./messages/es/reports.json";
import esSupervision from "./messages/es/supervision.json";
import esVersions from "./messages/es/versions.json";
import esWhatIf from "./messages/es/whatIf.json";
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
} satisfies Messages;

export const MESSAGES: Record<Locale, Messages> = { en, es };
