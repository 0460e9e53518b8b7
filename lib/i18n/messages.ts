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
import enLocations from "./messages/en/locations.json";
import enSupervision from "./messages/en/supervision.json";
import enExceptions from "./messages/en/exceptions.json";
import enWhatIf from "./messages/en/whatIf.json";
import enImports from "./messages/en/imports.json";
import enPresence from "./messages/en/presence.json";
import esCommon from "./messages/es/common.json";
import esEngine from "./messages/es/engine.json";
import esSignIn from "./messages/es/signIn.json";
import esShell from "./messages/es/shell.json";
import esHome from "./messages/es/home.json";
import esClearances from "./messages/es/clearances.json";
import esCheck from "./messages/es/check.json";
import esNotifications from "./messages/es/notifications.json";
import esAccount from "./messages/es/account.json";
import esLocations from "./messages/es/locations.json";
import esSupervision from "./messages/es/supervision.json";
import esExceptions from "./messages/es/exceptions.json";
import esWhatIf from "./messages/es/whatIf.json";
import esImports from "./messages/es/imports.json";
import esPresence from "./messages/es/presence.json";
import type { Locale } from "./locales";

const en = { common: enCommon, engine: enEngine, signIn: enSignIn, shell: enShell, home: enHome, clearances: enClearances, check: enCheck, notifications: enNotifications, account: enAccount, locations: enLocations, supervision: enSupervision, exceptions: enExceptions, whatIf: enWhatIf, imports: enImports, presence: enPresence };

export type Messages = typeof en;
export type Namespace = keyof Messages;

// `satisfies` makes a key missing from the Spanish catalog a type error as well as a test failure.
const es = { common: esCommon, engine: esEngine, signIn: esSignIn, shell: esShell, home: esHome, clearances: esClearances, check: esCheck, notifications: esNotifications, account: esAccount, locations: esLocations, supervision: esSupervision, exceptions: esExceptions, whatIf: esWhatIf, imports: esImports, presence: esPresence } satisfies Messages;

export const MESSAGES: Record<Locale, Messages> = { en, es };
