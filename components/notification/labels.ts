import { hasRole, type Actor } from "@/lib/access/policy";
import { NOTICE_KINDS, type Cadence, type NoticeKind } from "@/lib/notification/kinds";

/** What each kind of reminder is about, in a few words; one place so every page says the same. */
export const KIND_LABELS: Record<NoticeKind, { label: string; about: string }> = {
  record_expiring: { label: "Records expiring", about: "Training, certifications and competencies 90, 60, 30 and 7 days before they expire, then weekly." },
  authorization_lapsed: { label: "No longer cleared", about: "A task whose answer turned from cleared to not cleared." },
  signoff_waiting: { label: "Sign-offs waiting", about: "Competencies recorded without a validator's sign-off, and requests to sign one off." },
  supervision_gap: { label: "Supervision gaps", about: "A medical assistant with supervised tasks and no supervision planned next week." },
  rule_reverify: { label: "State rules to re-verify", about: "Rules last verified longer ago than your organization allows." },
  employment_ending: { label: "Employment ending", about: "Work at a location that ends within 14 days." },
};

export const CADENCE_LABELS: Record<Cadence, string> = {
  immediate: "Immediately",
  daily: "Daily digest",
  weekly: "Weekly digest",
  off: "Off (no email)",
};

export const DELIVERY_STATUS_LABELS = { pending: "Waiting to send", sent: "Sent", failed: "Failed", outbox: "Kept (no SMTP)" } as const;

/**
 * Whom each kind concerns for this user, for the kinds they can be told of (the scan's audiences):
 * their own records as an MA, their locations' staff as a manager, sign-offs as a validator, rules
 * as an admin. Kinds they never hear of are left out.
 */
export function concerns(actor: Actor): Partial<Record<NoticeKind, string>> {
  const ma = hasRole(actor, "medical_assistant");
  const manager = hasRole(actor, "manager");
  const staff = ma && manager ? "you and the staff at your locations" : ma ? "you" : manager ? "the staff at your locations" : null;
  const found: Partial<Record<NoticeKind, string>> = {};
  if (staff) found.record_expiring = found.authorization_lapsed = staff;
  if (hasRole(actor, "validator")) found.signoff_waiting = "medical assistants where you sign off competency";
  if (manager) {
    found.supervision_gap = "medical assistants at your locations";
    found.employment_ending = "the staff at your locations";
  }
  if (hasRole(actor, "admin")) found.rule_reverify = "the organization's state rules";
  return Object.fromEntries(NOTICE_KINDS.filter((k) => found[k]).map((k) => [k, found[k]]));
}
