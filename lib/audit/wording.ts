/**
 * The words for every audit action: one label (for lists and the filter) and one sentence per
 * action code. Labels are unique, so the filter never offers two choices that read the same (the
 * demo's "<record>.create" codes say "created" where the app's own say "added"). The writers' `action` field is typed by this table (AuditAction), so an event whose
 * code has no words here does not compile; codes from older data fall back to `genericSentence`.
 */

/** What a sentence may say about one event, every name already resolved or withheld. */
export type EventFacts = {
  who: string;
  /** The person the event is about, or a neutral stand-in when there is none or it is not shown. */
  person: string;
  location: string | null;
  tasks: string | null;
  effective: string | null;
  reason: string | null;
  /** The name the event gives its record: a training record's title, a token's or task's name. */
  title: string | null;
};

type Wording = { label: string; sentence: (f: EventFacts) => string };

const at = (f: EventFacts) => (f.location ? ` at ${f.location}` : "");
const forTasks = (f: EventFacts) => (f.tasks ? ` for ${f.tasks}` : "");
const effective = (f: EventFacts) => (f.effective ? `, effective ${f.effective}` : "");
const because = (f: EventFacts) => (f.reason ? ` (reason: “${f.reason}”)` : "");
const named = (f: EventFacts, fallback: string) => (f.title ? `“${f.title}”` : fallback);
const titled = (f: EventFacts) => (f.title ? ` “${f.title}”` : "");
const theTask = (f: EventFacts) => (f.tasks ? ` ${f.tasks}` : titled(f));
const possessive = (name: string) => (name.endsWith("s") ? `${name}’` : `${name}’s`);

const authorized = (f: EventFacts) => `${f.who} authorized ${f.person}${forTasks(f)}${at(f)}${effective(f)}`;
const statusChange = (verb: string) => (f: EventFacts) => `${f.who} ${verb} ${possessive(f.person)} authorization${forTasks(f)}${at(f)}${effective(f)}${because(f)}`;
const recordAdded = (f: EventFacts) => `${f.who} added the record ${named(f, "of training")}${forTasks(f)} to ${possessive(f.person)} file`;
const versioned = (noun: string) => ({
  create: (f: EventFacts) => `${f.who} added ${noun}${forTasks(f)}${at(f)}${effective(f)}`,
  update: (f: EventFacts) => `${f.who} changed ${noun}${forTasks(f)}${at(f)}${effective(f)}`,
  correct: (f: EventFacts) => `${f.who} corrected ${noun}${forTasks(f)}${at(f)}${effective(f)}${because(f)}`,
});
const rule = versioned("a state rule");
const policy = versioned("an employer policy");
const arrangement = versioned("a supervision arrangement");
const exception = versioned("a supervision exception");

export const AUDIT_ACTIONS = {
  "authorization.grant": { label: "Tasks authorized", sentence: authorized },
  "authorization.create": { label: "Authorization created", sentence: authorized },
  "authorization.suspend": { label: "Authorization suspended", sentence: statusChange("suspended") },
  "authorization.reinstate": { label: "Authorization reinstated", sentence: statusChange("reinstated") },
  "authorization.revoke": { label: "Authorization revoked", sentence: statusChange("revoked") },

  "record.create": { label: "Record added", sentence: recordAdded },
  "trainingRecord.create": { label: "Training record created", sentence: recordAdded },
  "record.import": { label: "Record imported", sentence: (f) => `${f.who} imported the record ${named(f, "of training")}${forTasks(f)} into ${possessive(f.person)} file` },
  "record.validate_competency": { label: "Competency signed off", sentence: (f) => `${f.who} signed off ${possessive(f.person)} competency${forTasks(f) ? ` in ${f.tasks}` : ""}` },
  "record.correct": { label: "Record corrected", sentence: (f) => `${f.who} corrected ${possessive(f.person)} record ${named(f, "of training")}${because(f)}` },
  "record.withdraw": { label: "Record withdrawn", sentence: (f) => `${f.who} withdrew one of ${possessive(f.person)} records${effective(f)}${because(f)}` },
  "record.viewed": { label: "Records viewed", sentence: (f) => `${f.who} viewed ${possessive(f.person)} records` },

  "person.create": { label: "Person added", sentence: (f) => `${f.who} added ${f.person}` },
  "person.import": { label: "Person imported", sentence: (f) => `${f.who} imported ${f.person}${at(f)}` },
  "person.update": { label: "Name or employee ID changed", sentence: (f) => `${f.who} changed ${possessive(f.person)} name or employee ID` },
  "person.change_tier": { label: "Credential tier changed", sentence: (f) => `${f.who} changed ${possessive(f.person)} credential tier${effective(f)}${because(f)}` },
  "person.change_provider_type": { label: "Provider type changed", sentence: (f) => `${f.who} changed ${possessive(f.person)} provider type${effective(f)}${because(f)}` },
  "employment.add": { label: "Employment added", sentence: (f) => `${f.who} recorded ${f.person} as working${at(f)}${effective(f)}` },
  "employment.end": { label: "Employment ended", sentence: (f) => `${f.who} ended ${possessive(f.person)} employment${at(f)}${because(f)}` },
  "employment.correct": { label: "Employment dates corrected", sentence: (f) => `${f.who} corrected ${possessive(f.person)} employment dates${at(f)}${effective(f)}${because(f)}` },

  "user.create": { label: "Account created", sentence: (f) => `${f.who} gave ${f.person} a sign-in` },
  "user.update_access": { label: "Roles or locations changed", sentence: (f) => `${f.who} changed the roles or locations of ${f.person}` },
  "user.deactivate": { label: "Account deactivated", sentence: (f) => `${f.who} deactivated the sign-in of ${f.person}` },
  "user.reactivate": { label: "Account reactivated", sentence: (f) => `${f.who} reactivated the sign-in of ${f.person}` },
  "user.reset_password": { label: "Password reset", sentence: (f) => `${f.who} reset the password of ${f.person}` },
  "user.change_password": { label: "Password changed", sentence: (f) => `${f.who} changed their password` },
  "user.set_language": { label: "Language chosen", sentence: (f) => `${f.who} chose the language Cleared uses for them` },

  "auth.sign_in": { label: "Signed in", sentence: (f) => `${f.who} signed in` },
  "auth.sign_in_failed": { label: "Sign-in failed", sentence: (f) => `A sign-in as ${f.who} failed` },
  "auth.second_factor": { label: "Second factor accepted", sentence: (f) => `${f.who} confirmed their sign-in with a second factor` },
  "auth.second_factor_failed": { label: "Second factor refused", sentence: (f) => `A second-factor code for ${f.who} was refused` },
  "auth.sign_out": { label: "Signed out", sentence: (f) => `${f.who} signed out` },
  "auth.sso_sign_in": { label: "Signed in with single sign-on", sentence: (f) => `${f.who} signed in with single sign-on` },
  "auth.sso_refused": { label: "Single sign-on refused", sentence: (f) => `A single sign-on as ${f.who} was refused${because(f)}` },
  "auth.second_factor_setup_started": { label: "Second factor setup started", sentence: (f) => `${f.who} started setting up a second factor` },
  "auth.second_factor_enrolled": { label: "Second factor set up", sentence: (f) => `${f.who} set up a second factor` },
  "auth.second_factor_replaced": { label: "Second factor replaced", sentence: (f) => `${f.who} replaced their second factor` },
  "auth.recovery_codes_renewed": { label: "Recovery codes renewed", sentence: (f) => `${f.who} renewed their recovery codes` },
  "auth.second_factor_remove_refused": { label: "Second factor removal refused", sentence: (f) => `${f.who} tried to turn off their second factor; it was refused` },
  "auth.second_factor_removed": { label: "Second factor turned off", sentence: (f) => `${f.who} turned off their second factor` },
  "auth.second_factor_reset": { label: "Second factor reset", sentence: (f) => `${f.who} reset the second factor of ${f.person}${because(f)}` },
  "access.denied": { label: "Access refused", sentence: (f) => `${f.who} was refused access` },
  "rate.limited": { label: "Too many requests", sentence: (f) => `${f.who} was slowed down for sending too many requests` },

  "token.create": { label: "API token created", sentence: (f) => `${f.who} created the API token${titled(f)}` },
  "token.revoke": { label: "API token revoked", sentence: (f) => `${f.who} revoked the API token${titled(f)}` },
  "token.refused": { label: "API token refused", sentence: () => "A request with an invalid, expired or revoked API token was refused" },

  "report.viewed": { label: "Report viewed", sentence: (f) => `${f.who} viewed a report` },
  "report.served": { label: "Report sent", sentence: (f) => `${f.who} downloaded a report` },
  "export.completed": { label: "Export downloaded", sentence: (f) => `${f.who} downloaded the export${titled(f)}` },
  "export.cancelled": { label: "Export cancelled", sentence: (f) => `${f.who} cancelled the download of ${named(f, "an export")}` },
  "export.failed": { label: "Export failed", sentence: (f) => `The export${titled(f)} for ${f.who} failed` },

  "notification.sent": { label: "Notification sent", sentence: () => "Cleared sent a notification by email" },
  "notification.outbox": { label: "Notification kept in the outbox", sentence: () => "Cleared kept a notification in the outbox (no mail server is set up)" },
  "notification.failed": { label: "Notification failed", sentence: () => "A notification could not be sent" },
  "notification.retry": { label: "Notification sent again", sentence: (f) => `${f.who} asked for a failed notification to be sent again` },
  "notification.preferences": { label: "Notification settings changed", sentence: (f) => `${f.who} changed their notification settings` },
  "notification.request": { label: "Notification requested", sentence: (f) => `${f.who} asked to be told about ${f.person}${forTasks(f)}${at(f)}` },

  "location.create": { label: "Location added", sentence: (f) => `${f.who} added the location${f.location ? ` ${f.location}` : titled(f)}` },
  "location.update": { label: "Location changed", sentence: (f) => `${f.who} changed the details of ${f.location ?? "a location"}` },
  "location.change_state": { label: "Location moved to another state", sentence: (f) => `${f.who} recorded that ${f.location ?? "a location"} moved to another state${effective(f)}` },
  "location.correct_state": { label: "Location’s state corrected", sentence: (f) => `${f.who} corrected the state of ${f.location ?? "a location"}${effective(f)}` },
  "location.check_in_setting": { label: "Check-in setting changed", sentence: (f) => `${f.who} changed whether providers check in at ${f.location ?? "a location"}` },
  "organization.sso_settings": { label: "Single sign-on settings changed", sentence: (f) => `${f.who} changed the single sign-on settings` },

  "task.create": { label: "Task added", sentence: (f) => `${f.who} added the task${theTask(f)}` },
  "task.update": { label: "Task changed", sentence: (f) => `${f.who} changed the task${theTask(f)}` },
  "task.retire": { label: "Task retired", sentence: (f) => `${f.who} retired the task${theTask(f)}` },
  "task.restore": { label: "Task restored", sentence: (f) => `${f.who} restored the task${theTask(f)}` },

  "rule.create": { label: "State rule added", sentence: rule.create },
  "stateRule.create": { label: "State rule created", sentence: rule.create },
  "rule.update": { label: "State rule changed", sentence: rule.update },
  "rule.correct": { label: "State rule corrected", sentence: rule.correct },
  "policy.create": { label: "Employer policy added", sentence: policy.create },
  "employerPolicy.create": { label: "Employer policy created", sentence: policy.create },
  "policy.update": { label: "Employer policy changed", sentence: policy.update },
  "policy.correct": { label: "Employer policy corrected", sentence: policy.correct },
  "arrangement.create": { label: "Supervision arrangement added", sentence: arrangement.create },
  "supervisionArrangement.create": { label: "Supervision arrangement created", sentence: arrangement.create },
  "arrangement.update": { label: "Supervision arrangement changed", sentence: arrangement.update },
  "arrangement.correct": { label: "Supervision arrangement corrected", sentence: arrangement.correct },
  "exception.create": { label: "Supervision exception added", sentence: exception.create },
  "supervisionException.create": { label: "Supervision exception created", sentence: exception.create },
  "exception.correct": { label: "Supervision exception corrected", sentence: exception.correct },
  "exception.cancel": { label: "Supervision exception cancelled", sentence: (f) => `${f.who} cancelled a supervision exception${at(f)}` },
  "presence.check_in": { label: "Provider checked in", sentence: (f) => `${f.who} recorded ${f.person} as on site${at(f)}` },
  "presence.check_out": { label: "Provider checked out", sentence: (f) => `${f.who} recorded ${f.person} as away${at(f)}` },

  "decision_log.retention": { label: "Old clearance checks removed", sentence: (f) => `${f.who} removed clearance checks older than the retention period` },
} as const satisfies Record<string, Wording>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export function isAuditAction(code: string): code is AuditAction {
  return Object.hasOwn(AUDIT_ACTIONS, code);
}

/** The label of a code; an unknown code (older data) is shown as it was stored, made readable. */
export function actionLabel(code: string): string {
  if (isAuditAction(code)) return AUDIT_ACTIONS[code].label;
  const words = code.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[._]+/g, " ").trim().toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Unnamed event";
}

export function genericSentence(f: EventFacts, code: string): string {
  return `${f.who} recorded “${actionLabel(code)}”${f.person !== NOBODY ? ` about ${f.person}` : ""}${at(f)}`;
}

/** Stand-ins, so that no sentence has a hole in it. */
export const NOBODY = "someone";
export const HIDDEN_LOCATION = "another location";
export const UNKNOWN_TASK = "a task";

/** Who acted when no user did: the names writers give their system contexts. */
const SYSTEM_ACTORS: Readonly<Record<string, string>> = {
  system: "Cleared",
  "demo seed": "The demo data setup",
  anonymous: "Someone not signed in",
  bench: "A benchmark run",
};

/** A readable name for an actor label that no user's name replaces. */
export function systemActorName(label: string): string {
  if (Object.hasOwn(SYSTEM_ACTORS, label)) return SYSTEM_ACTORS[label]!;
  const operator = /^operator \((.+)\)$/.exec(label);
  if (operator) return `An operator (${operator[1]})`;
  return label || "Someone";
}
