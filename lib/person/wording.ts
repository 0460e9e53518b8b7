import type { NotClearedKind } from "./compliance";
import type { ComplianceState, ListNotice, PeopleListQuery, PeopleRole, PeopleSort } from "./schema";

/** The People list's words, in one place for the translation to come. */
export const ROLE_LABELS: Record<PeopleRole, string> = { medical_assistant: "Medical assistants", provider: "Providers", staff: "Other staff" };

export const COMPLIANCE_LABELS: Record<ComplianceState, string> = {
  gap: "Not cleared (or check first) for an authorized task",
  outside_hours: "Only outside supervision hours",
  expiring: "Record expiring within 30 days",
  clear: "All clear",
};

export const SORT_LABELS: Record<PeopleSort, string> = { name: "Name (A to Z)", "-name": "Name (Z to A)", gaps: "Most gaps first", expiring: "Soonest expiry first" };

export const KIND_LABELS: Record<NotClearedKind, string> = { gap: "not cleared", outside_hours: "outside supervision hours", check_first: "check first" };

const PARAM_LABELS: Record<keyof PeopleListQuery, string> = { q: "name search", location: "location", role: "role", tier: "credential tier", compliance: "compliance state", sort: "sort order", page: "page" };
const FALLBACKS: Record<keyof PeopleListQuery, string> = {
  q: "showing everyone",
  location: "showing every location you can see",
  role: "showing every role",
  tier: "showing every tier",
  compliance: "showing every state",
  sort: "sorted by name",
  page: "showing the first page",
};

export function noticeText(notice: ListNotice): string {
  const what = notice.code === "repeated" ? `The ${PARAM_LABELS[notice.param]} was given more than once` : `The ${PARAM_LABELS[notice.param]} in the link is not one Cleared knows`;
  return `${what}; ${FALLBACKS[notice.param]}.`;
}

export const ADJUSTED_TITLE = "Not everything asked for could be shown";

export const LIST_EXPLAINER = "Not cleared: authorized tasks the clearance engine does not clear at this moment. Expiring: records that stop counting within 30 days.";

export const UNKNOWN_LOCATION = "The location in the link is not one you can see; showing every location you can see.";

export function pastLastPage(pages: number): string {
  return `There ${pages === 1 ? "is only 1 page" : `are only ${pages} pages`}: showing the last one.`;
}

export function tooManyForEngine(assistants: number, limit: number): string {
  return `Filtering or sorting on clearances covers up to ${limit} medical assistants at once, and these filters match ${assistants}: showing them by name without that filter. Choose a location to use it.`;
}

export function resultCount(total: number, page: number, pages: number): string {
  return `${total} ${total === 1 ? "person" : "people"}${pages > 1 ? `, page ${page} of ${pages}` : ""}`;
}

export function expiringText(count: number, soonestDays: number): string {
  return `${count} expiring, first in ${soonestDays} day${soonestDays === 1 ? "" : "s"}`;
}

export const CSV_HEADER = ["Name", "Role", "Credential tier", "Locations", "Not cleared or check first (authorized tasks)", "Outside supervision hours now", "Expiring within 30 days"];
