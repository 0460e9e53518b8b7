import { can, hasRole, reachableLocations, type Actor } from "@/lib/access/policy";

/** `group: "admin"`: organization administration, folded into one menu on a wide screen. */
export type NavItem = { href: string; label: string; group?: "admin" };

export type NavEntry = { kind: "link"; item: NavItem } | { kind: "menu"; label: string; items: NavItem[] };

export const ADMIN_MENU_LABEL = "Admin";

/** The navigation a signed-in actor sees: only what the policy lets them open. */
export function navItemsFor(actor: Actor): NavItem[] {
  const items: NavItem[] = [{ href: "/", label: "Home" }];
  const ownRecord = { kind: "person" as const, personId: actor.personId, locationIds: [] };
  if (hasRole(actor, "medical_assistant") && can(actor, "clearance.read", ownRecord)) {
    items.push({ href: `/people/${actor.personId}/clearances`, label: "My clearances" });
    items.push({ href: `/people/${actor.personId}/check`, label: "Check a task" });
  }
  if (can(actor, "person.read", ownRecord)) items.push({ href: `/people/${actor.personId}`, label: "My record" });
  if (can(actor, "presence.report", { kind: "self" }) && hasRole(actor, "validator")) items.push({ href: "/presence", label: "On site" });
  const people = reachableLocations(actor, "person.read");
  if (people === "all" || people.length > 0) items.push({ href: "/people", label: "People" });
  const locations = reachableLocations(actor, "arrangement.read");
  if (locations === "all" || locations.length > 0) items.push({ href: "/locations", label: "Locations" });
  const rules = reachableLocations(actor, "reference.read");
  if (rules === "all" || rules.length > 0) items.push({ href: "/rules", label: "State rules" });
  const reports = reachableLocations(actor, "report.read");
  if (reports === "all" || reports.length > 0) items.push({ href: "/reports", label: "Reports" });
  if (can(actor, "user.manage", { kind: "organization" })) items.push({ href: "/admin/users", label: "Users", group: "admin" }, { href: "/admin/tokens", label: "API tokens", group: "admin" });
  if (can(actor, "notification.manage", { kind: "organization" })) items.push({ href: "/admin/deliveries", label: "Deliveries", group: "admin" });
  if (can(actor, "reference.manage", { kind: "organization" })) items.push({ href: "/admin", label: "Reference", group: "admin" });
  if (can(actor, "audit.verify", { kind: "organization" })) items.push({ href: "/audit", label: "Audit trail", group: "admin" });
  items.push({ href: "/account/password", label: "Account" });
  return items;
}

/**
 * The header's entries on a wide screen: the administration pages fold into one menu where the
 * first of them stands, so an admin's row fits on one line at 1280 px. A single such page (an
 * auditor's Audit trail) stays a plain link: a menu of one only hides it.
 */
export function navEntries(items: readonly NavItem[]): NavEntry[] {
  const admin = items.filter((item) => item.group === "admin");
  if (admin.length < 2) return items.map((item) => ({ kind: "link", item }));
  const entries: NavEntry[] = [];
  for (const item of items) {
    if (item.group !== "admin") entries.push({ kind: "link", item });
    else if (item === admin[0]) entries.push({ kind: "menu", label: ADMIN_MENU_LABEL, items: admin });
  }
  return entries;
}
