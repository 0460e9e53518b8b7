import { can, hasRole, reachableLocations, type Actor } from "@/lib/access/policy";

export type NavItem = { href: string; label: string };

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
  if (can(actor, "user.manage", { kind: "organization" })) items.push({ href: "/admin/users", label: "Users" }, { href: "/admin/tokens", label: "API tokens" });
  if (can(actor, "notification.manage", { kind: "organization" })) items.push({ href: "/admin/deliveries", label: "Deliveries" });
  if (can(actor, "reference.manage", { kind: "organization" })) items.push({ href: "/admin", label: "Reference" });
  if (can(actor, "audit.verify", { kind: "organization" })) items.push({ href: "/audit", label: "Audit trail" });
  items.push({ href: "/account/password", label: "Account" });
  return items;
}
