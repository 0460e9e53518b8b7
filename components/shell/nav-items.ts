import { can, hasRole, reachableLocations, type Actor } from "@/lib/access/policy";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";

/** `group: "admin"`: organization administration, folded into one menu on a wide screen. */
export type NavItem = { key: NavKey; href: string; label: string; group?: "admin" };

/** Which page an item opens, whatever the language (the home page describes each by it). */
export type NavKey = "home" | "myClearances" | "checkTask" | "myRecord" | "onSite" | "people" | "locations" | "stateRules" | "reports" | "users" | "apiTokens" | "deliveries" | "reference" | "auditTrail" | "account";

export type NavEntry = { kind: "link"; item: NavItem } | { kind: "menu"; label: string; items: NavItem[] };

/** The navigation a signed-in actor sees, in their language: only what the policy lets them open. */
export function navItemsFor(actor: Actor, locale: Locale = DEFAULT_LOCALE): NavItem[] {
  const t = translatorFor(locale, "shell");
  const item = (key: NavKey, href: string, group?: "admin"): NavItem => ({ key, href, label: t(`nav.${key}`), ...(group ? { group } : {}) });
  const items: NavItem[] = [item("home", "/")];
  const ownRecord = { kind: "person" as const, personId: actor.personId, locationIds: [] };
  if (hasRole(actor, "medical_assistant") && can(actor, "clearance.read", ownRecord)) {
    items.push(item("myClearances", `/people/${actor.personId}/clearances`));
    items.push(item("checkTask", `/people/${actor.personId}/check`));
  }
  if (can(actor, "person.read", ownRecord)) items.push(item("myRecord", `/people/${actor.personId}`));
  if (can(actor, "presence.report", { kind: "self" }) && hasRole(actor, "validator")) items.push(item("onSite", "/presence"));
  const people = reachableLocations(actor, "person.read");
  if (people === "all" || people.length > 0) items.push(item("people", "/people"));
  const locations = reachableLocations(actor, "arrangement.read");
  if (locations === "all" || locations.length > 0) items.push(item("locations", "/locations"));
  const rules = reachableLocations(actor, "reference.read");
  if (rules === "all" || rules.length > 0) items.push(item("stateRules", "/rules"));
  const reports = reachableLocations(actor, "report.read");
  if (reports === "all" || reports.length > 0) items.push(item("reports", "/reports"));
  if (can(actor, "user.manage", { kind: "organization" })) items.push(item("users", "/admin/users", "admin"), item("apiTokens", "/admin/tokens", "admin"));
  if (can(actor, "notification.manage", { kind: "organization" })) items.push(item("deliveries", "/admin/deliveries", "admin"));
  if (can(actor, "reference.manage", { kind: "organization" })) items.push(item("reference", "/admin", "admin"));
  if (can(actor, "audit.verify", { kind: "organization" })) items.push(item("auditTrail", "/audit", "admin"));
  items.push(item("account", "/account/password"));
  return items;
}

/**
 * The header's entries on a wide screen: the administration pages fold into one menu where the
 * first of them stands, so an admin's row fits on one line at 1280 px. A single such page (an
 * auditor's Audit trail) stays a plain link: a menu of one only hides it.
 */
export function navEntries(items: readonly NavItem[], locale: Locale = DEFAULT_LOCALE): NavEntry[] {
  const admin = items.filter((item) => item.group === "admin");
  if (admin.length < 2) return items.map((item) => ({ kind: "link", item }));
  const entries: NavEntry[] = [];
  for (const item of items) {
    if (item.group !== "admin") entries.push({ kind: "link", item });
    else if (item === admin[0]) entries.push({ kind: "menu", label: translatorFor(locale, "shell")("nav.adminMenu"), items: admin });
  }
  return entries;
}
