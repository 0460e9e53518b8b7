import { stateName } from "@/lib/location/us-states";
import { certificationLabel, tierLabel } from "@/lib/person/credentials";
import type { FactorKey, Finding, LocalEnd, Need, NextCover, Notice, SupervisorRef } from "./findings";
import { dayName, formatMinute, SUPERVISION_LABELS } from "./supervision";

/**
 * The engine's sentences, in English, keyed on each finding's code. Nothing here decides anything:
 * the factor evaluators say what they found, this says it.
 */

/**
 * "Drawing blood" -> "drawing blood". Only a first word that is an ordinary capitalised word is
 * lowered: an acronym or code ("HO Ear irrigation", "HbA1c testing", "IV flush") keeps its case.
 */
export function lower(name: string): string {
  const first = /^\p{L}[^\s(),:;/-]*/u.exec(name)?.[0] ?? "";
  return /^\p{Lu}\p{Ll}+$/u.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "Dr. Lee (MD)" for physicians and podiatrists; "Jordan Ellis (NP)" for others. */
export function supervisorLabel(s: Pick<SupervisorRef, "name" | "providerType">): string {
  if (s.providerType === "MD" || s.providerType === "DO" || s.providerType === "DPM") return `Dr. ${s.name.split(" ").slice(-1)[0]} (${s.providerType})`;
  return s.providerType ? `${s.name} (${s.providerType})` : s.name;
}

function need(n: Need): string {
  switch (n.code) {
    case "hours":
      return n.have + 1e-9 < n.need ? `${n.need} hours of documented training (on file: ${round(n.have)})` : `${round(n.have)} training hours`;
    case "procedures":
      return n.have < n.need ? `${n.need} documented supervised procedures (on file: ${n.have})` : `${n.have} supervised procedures`;
    case "certification":
      return `${certificationLabel(n.certification)} certification`;
    case "certification_lapsed":
      return `a current certification (your ${certificationLabel(n.certification)} expired on ${n.expiredOn})`;
    case "certification_missing":
      return `one of these certifications: ${n.accepted.map(certificationLabel).join(", ")}`;
    case "competency":
      return `competency validated on ${n.on}${n.by ? ` by ${n.by}` : ""}`;
    case "competency_revalidation":
      return `a competency validation within the last ${n.months} months (your last was on ${n.last}; employer policy requires revalidation every ${n.months} months)`;
    case "competency_expired":
      return `a current competency validation (your ${lower(n.task)} competency expired on ${n.expiredOn})`;
    case "competency_unsigned":
      return `a validator's sign-off of your ${lower(n.task)} competency (recorded for ${n.recordedOn}, not signed off)`;
    case "competency_missing":
      return `a documented competency validation for ${lower(n.task)}`;
  }
}

const PROVIDER_ONLY: Record<FactorKey, (task: string) => string> = {
  state_law: (task) => `${task} belongs to the licensed provider: a medical assistant never does it, whatever the training or authorization.`,
  employer_policy: (task) => `No employer may authorize a medical assistant for ${lower(task)}.`,
  training: (task) => `No training makes ${lower(task)} a medical assistant's task.`,
  supervision: (task) => `Supervision does not make ${lower(task)} a medical assistant's task.`,
};

/** The sentence a factor's finding reads as. */
export function sentence(f: Finding): string {
  const d = f.detail;
  switch (d.code) {
    case "provider_only":
      return PROVIDER_ONLY[f.key](d.task);
    case "unregulated":
      return `${stateName(d.state)} MA rules do not regulate ${lower(d.task)}; employer policy decides.`;
    case "no_rule":
      return `No ${stateName(d.state)} rule on file for ${lower(d.task)}: an unfamiliar task is a reason to pause and check.`;
    case "prohibited":
      return `${stateName(d.state)} prohibits ${lower(d.task)} by ${d.tier ? `${tierLabel(d.tier)} medical assistants` : "medical assistants"} (${d.citation}).`;
    case "not_addressed":
      return `${stateName(d.state)} law does not address ${lower(d.task)} for medical assistants (${d.citation}): check before acting.`;
    case "stale":
      return `The ${stateName(d.state)} rule for ${lower(d.task)} (${d.citation}) was last verified on ${d.verifiedOn}, ${d.ageDays} days before this moment: it must be re-verified.`;
    case "allowed":
      return `${stateName(d.state)} ${d.conditional ? "allows it under conditions" : "allows it"} (${d.citation}).`;
    case "policy_excludes":
      return `${d.documentRef ? `Employer policy (${d.documentRef})` : "Employer policy"} does not let medical assistants take on ${lower(d.task)}${d.location ? ` at ${d.location}` : ""}.`;
    case "not_employed":
      return d.endedOn
        ? `Your employment at ${d.location} ended (last day ${d.endedOn}): authorizations there apply only while you work there.`
        : `You are not employed at ${d.location} at this moment: authorizations there apply only while you work there.`;
    case "authorized":
      return `Authorized by ${d.grantedBy} at ${d.location} from ${d.from}${d.lastDay ? ` through ${d.lastDay}` : ""}.${d.conditions ? ` Conditions: ${d.conditions}` : ""}`;
    case "suspended":
    case "revoked":
      return `Your authorization for ${lower(d.task)} at ${d.location} was ${d.code} on ${d.on} by ${d.by}${d.reason ? `: ${d.reason}` : ""}.`;
    case "not_yet_effective":
      return `Your authorization for ${lower(d.task)} at ${d.location} starts on ${d.from}.`;
    case "ended":
      return `Your authorization for ${lower(d.task)} at ${d.location} ended: its last day was ${d.lastDay}.`;
    case "other_location":
      return `You are authorized for ${lower(d.task)} at ${d.elsewhere}, not at ${d.location}: authorizations do not transfer between locations.`;
    case "no_authorization":
      return `No authorization for ${lower(d.task)} at ${d.location}: your manager authorizes each task individually, per location.`;
    case "no_prerequisites":
      return `No training prerequisites apply to ${lower(d.task)}.`;
    case "missing":
      return `Missing: ${d.missing.map(need).join("; ")}.`;
    case "documented":
      return `Documented: ${d.achieved.map(need).join(", ")}.`;
    case "requirement_unknown":
      return `The supervision ${lower(d.task)} needs cannot be determined without a ${stateName(d.state)} rule: ask your supervising provider.`;
    case "not_required":
      return `No supervision is required for ${lower(d.task)}.`;
    case "present":
      return `${supervisorLabel(d.supervisor)} is supervising now (${d.supervisor.schedule}); ${needs(d.task, d.required)}.`;
    case "off_schedule": {
      const schedule = d.scheduled.map((s) => `${supervisorLabel(s)}: ${s.schedule}`).join("; ") + (d.more > 0 ? `; and ${d.more} more` : "");
      return `No supervisor is scheduled at ${dayName(d.weekday)} ${formatMinute(d.minute)} (${d.zone}); ${needs(d.task, d.required)}. Scheduled: ${schedule}.`;
    }
    case "insufficient_level":
      return `${supervisorLabel(d.supervisor)} provides ${SUPERVISION_LABELS[d.provided]}, but ${needs(d.task, d.required)}.`;
    case "supervisor_type":
      return `${supervisorLabel(d.supervisor)} cannot supervise this: ${stateName(d.state)} allows supervision only by ${d.allowed.join(", ")}.`;
    case "supervisor_unavailable":
      return d.why === "not_employed"
        ? `${supervisorLabel(d.supervisor)} no longer works at ${d.location}${d.endedOn ? ` (last day ${d.endedOn})` : ""}, and no one else supervises you for it; ${needs(d.task, d.required)}.`
        : `${supervisorLabel(d.supervisor)} is not on record as a provider at this date; ${needs(d.task, d.required)}.`;
    case "no_arrangement":
      return `No supervision arrangement covers you for ${lower(d.task)} at ${d.location}; ${needs(d.task, d.required)}.`;
    case "supervisor_absent":
      return `${supervisorLabel(d.supervisor)} is away (${d.reason}) ${until(d.until)}; ${needs(d.task, d.required)}. ${next(d.next)}`;
    case "location_closed":
      return `${d.location} is closed (${d.reason}) ${until(d.until)}; ${needs(d.task, d.required)}. ${next(d.next)}`;
    case "not_checked_in":
      return `${supervisorLabel(d.supervisor)} ${d.checkedOutAt ? `checked out at ${d.checkedOutAt}` : "has not checked in today"}, and on-site supervision here counts only while the provider is checked in; ${needs(d.task, d.required)}.`;
  }
}

function until(end: LocalEnd): string {
  if ("lastDay" in end) return `through ${end.lastDay}`;
  return end.date ? `until ${end.date} ${end.time}` : `until ${end.time}`;
}

function next(cover: NextCover): string {
  return cover ? `${supervisorLabel(cover.supervisor)} is scheduled from ${cover.time} today.` : "No other supervisor who can cover is scheduled later today.";
}

/**
 * The one line an MA's list of answers leads with when the day's supervision is not what the plan
 * says ("Dr. Shah (MD) is out today (vacation); supervised tasks are not cleared until Dr. Lee (MD)
 * arrives at 13:00."), from the supervision factor of any answer; null when nothing is unusual.
 */
export function supervisionSummary(code: string, params: Record<string, unknown>): string | null {
  const p = params as Partial<{ supervisor: SupervisorRef; reason: string; location: string; until: LocalEnd; next: NextCover; checkedOutAt: string | null }>;
  const away = p.until && !("lastDay" in p.until) ? until(p.until) : "today";
  const later = p.next ? `until ${supervisorLabel(p.next.supervisor)} arrives at ${p.next.time}` : "for the rest of the day";
  switch (code) {
    case "supervisor_absent":
      return `${supervisorLabel(p.supervisor!)} is out ${away} (${p.reason}); supervised tasks are not cleared ${later}.`;
    case "location_closed":
      return `${p.location} is closed ${away} (${p.reason}); supervised tasks are not cleared ${later}.`;
    case "not_checked_in":
      return `${supervisorLabel(p.supervisor!)} ${p.checkedOutAt ? `checked out at ${p.checkedOutAt}` : "has not checked in yet"}; tasks that need a supervisor on site are not cleared until they check in.`;
    default:
      return null;
  }
}

function needs(task: string, required: keyof typeof SUPERVISION_LABELS): string {
  return `${lower(task)} requires ${SUPERVISION_LABELS[required]}`;
}

export function notice(n: Notice): string {
  switch (n.code) {
    case "authorization_ends":
      return `Your authorization for ${lower(n.task)} ends after ${n.lastDay}.`;
    case "revalidation_due":
      return `Your ${lower(n.task)} competency is due for revalidation on ${n.due}.`;
    case "record_expires":
      return `Your record "${n.title}" expires on ${n.expiresOn}.`;
  }
}

export function allMet(task: string): string {
  return `All four factors are met for ${lower(task)} here at this moment.`;
}

/** The distinct day-level supervision lines of a set of answers (supervision is the fourth factor), in order. */
export function supervisionSummaries(answers: readonly { factors: readonly { key: string; code: string; params: Record<string, unknown> }[] }[]): string[] {
  const lines = new Set<string>();
  for (const a of answers) {
    const f = a.factors.find((x) => x.key === "supervision");
    const line = f ? supervisionSummary(f.code, f.params) : null;
    if (line) lines.add(line);
  }
  return [...lines];
}
