import { hasRole, type Actor } from "@/lib/access/policy";
import { NOTICE_KINDS, type NoticeKind } from "@/lib/notification/kinds";

/**
 * Whom a kind of reminder concerns, by its key in the "notifications" catalog (concerns.*): the
 * words for kinds, cadences and statuses live there too (kind.*, cadence.*, status.*), so every
 * page says the same in every language.
 */
export type Concern = "youAndStaff" | "you" | "staff" | "signOffs" | "assistants" | "rules";

/**
 * Whom each kind concerns for this user, for the kinds they can be told of (the scan's audiences):
 * their own records as an MA, their locations' staff as a manager, sign-offs as a validator, rules
 * as an admin. Kinds they never hear of are left out.
 */
export function concerns(actor: Actor): Partial<Record<NoticeKind, Concern>> {
  const ma = hasRole(actor, "medical_assistant");
  const manager = hasRole(actor, "manager");
  const staff: Concern | null = ma && manager ? "youAndStaff" : ma ? "you" : manager ? "staff" : null;
  const found: Partial<Record<NoticeKind, Concern>> = {};
  if (staff) found.record_expiring = found.authorization_lapsed = staff;
  if (hasRole(actor, "validator")) found.signoff_waiting = "signOffs";
  if (manager) {
    found.supervision_gap = "assistants";
    found.employment_ending = "staff";
  }
  if (hasRole(actor, "admin")) found.rule_reverify = "rules";
  return Object.fromEntries(NOTICE_KINDS.filter((k) => found[k]).map((k) => [k, found[k]]));
}
