import { stateName } from "@/lib/location/us-states";
import { certificationLabel, tierLabel } from "@/lib/person/credentials";
import type { Answer } from "./decide";
import type { Detail, Need } from "./findings";
import type { SummaryContext } from "./summary";
import { lower, supervisorLabel } from "./wording";

/**
 * The words of the one-line answer (summary.ts): a short clause per reason and, per reason, who to
 * ask (the MA's view) or what to fix (the manager's view). Nothing here decides anything.
 */
export type Voice = SummaryContext & { provider: string | null };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2026-03-03" -> "3 March 2026"; anything else is returned as it is. */
export function longDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

function whose(v: Voice): string {
  return v.audience === "self" ? "your" : `${v.person}'s`;
}

function needClause(n: Need, v: Voice): string | null {
  const task = lower(v.task);
  switch (n.code) {
    case "hours":
      return n.have + 1e-9 < n.need ? `${n.need} training hours needed, ${Math.round(n.have * 10) / 10} on file` : null;
    case "procedures":
      return n.have < n.need ? `${n.need} supervised procedures needed, ${n.have} on file` : null;
    case "certification_lapsed":
      return `${whose(v)} ${certificationLabel(n.certification)} certification expired on ${longDate(n.expiredOn)}`;
    case "certification_missing":
      return `no current certification on file (one of ${n.accepted.map(certificationLabel).join(", ")})`;
    case "competency_revalidation":
      return `${whose(v)} ${task} competency was last validated on ${longDate(n.last)} and needs revalidating every ${n.months} months`;
    case "competency_expired":
      return `${whose(v)} ${task} competency expired on ${longDate(n.expiredOn)}`;
    case "competency_unsigned":
      return `${whose(v)} ${task} competency (${longDate(n.recordedOn)}) is waiting for a validator's sign-off`;
    case "competency_missing":
      return `no ${task} competency validation on file`;
    default:
      return null;
  }
}

/** The short clauses a finding reads as in the one line (a training finding can have several). */
export function clausesFor(d: Detail, v: Voice): string[] {
  const state = "state" in d ? stateName(d.state) : "";
  switch (d.code) {
    case "provider_only":
      return ["this belongs to the licensed provider, never to a medical assistant"];
    case "prohibited":
      return [`${state} does not let ${d.tier ? `${tierLabel(d.tier)} medical assistants` : "medical assistants"} do this (${d.citation})`];
    case "policy_excludes":
      return [`employer policy${d.documentRef ? ` (${d.documentRef})` : ""} does not let medical assistants do this`];
    case "not_employed":
      return [d.endedOn ? `${whose(v)} employment at ${d.location} ended on ${longDate(d.endedOn)}` : `not employed at ${d.location} at this moment`];
    case "suspended":
    case "revoked":
      return [`${whose(v)} authorization was ${d.code} on ${longDate(d.on)} by ${d.by}${d.reason ? ` (${d.reason})` : ""}`];
    case "not_yet_effective":
      return [`${whose(v)} authorization starts on ${longDate(d.from)}`];
    case "ended":
      return [`${whose(v)} authorization ended on ${longDate(d.lastDay)}`];
    case "other_location":
      return [`authorized at ${d.elsewhere}, not at ${d.location}`];
    case "no_authorization":
      return [`not authorized for this at ${d.location}`];
    case "missing":
      return d.missing.map((n) => needClause(n, v)).filter((c): c is string => c !== null);
    case "off_schedule":
      return ["outside supervision hours"];
    case "supervisor_absent":
      return [`${supervisorLabel(d.supervisor)} is away (${d.reason})`];
    case "location_closed":
      return [`${d.location} is closed (${d.reason})`];
    case "not_checked_in":
      return [`${supervisorLabel(d.supervisor)} ${d.checkedOutAt ? `checked out at ${d.checkedOutAt}` : "has not checked in yet"}`];
    case "insufficient_level":
    case "supervisor_type":
    case "supervisor_unavailable":
    case "no_arrangement":
      return ["no supervision arrangement here covers this"];
    case "no_rule":
      return [`no ${state} rule on file for this task`];
    case "not_addressed":
      return [`${state} law does not address this task (${d.citation})`];
    case "stale":
      return [`the ${state} rule (${d.citation}) was last verified on ${longDate(d.verifiedOn)}, ${d.ageDays} days ago`];
    case "requirement_unknown":
      return ["the supervision it needs is not known"];
    default:
      return [];
  }
}

function ask(who: string | null, fallback: string, what: string): string {
  return `Ask ${who ?? fallback} ${what}.`;
}

const manager = (v: Voice) => v.helpers.manager;

/** Who the MA asks (whole sentences), or for a manager what to fix (clauses after "To fix:"), for one finding. */
export function askFor(d: Detail, v: Voice): string[] {
  const self = v.audience === "self";
  const provider = v.provider ?? "the supervising provider";
  switch (d.code) {
    case "provider_only":
    case "prohibited":
    case "policy_excludes":
      return [self ? `Ask ${provider} or a licensed colleague to do it.` : "nothing an authorization can change; a provider or licensed colleague does it"];
    case "not_employed":
      return [self ? ask(manager(v), "your manager", "about your employment here") : "record the employment here, if it continues"];
    case "other_location":
    case "ended":
    case "no_authorization":
      return [self ? ask(manager(v), "your manager", "to review your authorization") : "authorize the task here, if policy and training allow"];
    case "suspended":
    case "revoked":
      return [self ? ask(manager(v), "your manager", "before doing it again") : d.code === "suspended" ? "lift the suspension once the reason is resolved" : "grant a new authorization, if it should continue"];
    case "not_yet_effective":
      return [self ? `Wait until ${longDate(d.from)}.` : `nothing until ${longDate(d.from)}, when the authorization starts`];
    case "missing": {
      const competency = d.missing.some((n) => n.code.startsWith("competency"));
      const unsigned = d.missing.some((n) => n.code === "competency_unsigned");
      const other = d.missing.some((n) => !n.code.startsWith("competency"));
      if (!self) {
        return [
          ...(unsigned ? [`${v.helpers.validator ?? "a validator"} signs off the recorded competency`] : competency ? ["schedule a competency sign-off with a validator"] : []),
          ...(other ? ["add the missing training or certification records"] : []),
        ];
      }
      return [
        ...(unsigned ? [ask(v.helpers.validator, "a validator", "to sign off your competency")] : competency ? [ask(manager(v), "your manager", "to schedule a sign-off")] : []),
        ...(other ? [ask(manager(v), "your manager", "how to complete the training on file")] : []),
      ];
    }
    case "off_schedule": {
      const hours = v.hoursShown ? "" : ` (${d.scheduled.map((s) => `${supervisorLabel(s)}: ${s.schedule}`).join("; ")})`;
      return [self ? `Do it while a supervisor is on site${hours}.` : `nothing, unless the clinic needs supervision at this hour${hours}`];
    }
    case "supervisor_absent":
    case "location_closed":
      if (!self) return [d.next ? `arrange cover until ${supervisorLabel(d.next.supervisor)} arrives at ${d.next.time}` : "arrange cover for today"];
      return [d.next ? `Wait for ${supervisorLabel(d.next.supervisor)}, on site from ${d.next.time}.` : ask(manager(v), "your manager", "who covers today")];
    case "not_checked_in":
      return [self ? `Wait until ${supervisorLabel(d.supervisor)} checks in.` : `${supervisorLabel(d.supervisor)} checks in on Cleared`];
    case "insufficient_level":
    case "supervisor_type":
    case "supervisor_unavailable":
    case "no_arrangement":
      return [self ? ask(manager(v), "your manager", "to arrange supervision") : "set up a supervision arrangement that covers this task here"];
    case "no_rule":
      return [self ? ask(manager(v) ?? v.provider, "your manager", "before acting") : "have an admin add the state rule for this task, checked with the state medical board"];
    case "not_addressed":
      return [self ? ask(manager(v) ?? v.provider, "your manager", "before acting") : "have an admin confirm with the state medical board how the law treats this task, and record it"];
    // Only ever beside a missing or silent state rule, whose ask covers it.
    case "requirement_unknown":
      return [];
    case "stale":
      return [self ? ask(manager(v) ?? v.provider, "your manager", "before acting") : "have an admin re-verify the state rule with the state medical board"];
    default:
      return [];
  }
}

const HEADS: Record<Answer, string> = { cleared: "Cleared", not_cleared: "Not cleared", check_first: "Check first" };

export function joinLine(answer: Answer, outsideHours: boolean, reasons: readonly string[], asks: readonly string[], v: Voice): string {
  if (answer === "cleared") return v.provider ? `Cleared: ${v.provider} is supervising.` : "Cleared.";
  const head = outsideHours ? "Not cleared now" : HEADS[answer];
  const lead = reasons.length > 0 ? `${head}: ${reasons.join("; ")}.` : `${head}.`;
  if (v.audience === "manager") return asks.length > 0 ? `${lead} To fix: ${asks.join("; ")}.` : lead;
  return [lead, ...asks].join(" ");
}

/** The one notice a list of answers shows for every task that waits for supervision hours. */
export function outsideHoursLine(at: string, schedules: readonly string[]): string {
  return `Outside supervision hours (${at}): tasks that need a supervisor are not cleared now, however well qualified.${schedules.length > 0 ? ` Supervision here: ${schedules.join("; ")}.` : ""}`;
}

/** How many tasks a merged warning concerns ("for 6 tasks"), when more than the one it names. */
export function warningTasks(tasks: readonly string[]): string {
  return tasks.length === 1 ? `For ${lower(tasks[0] as string)}.` : `For ${tasks.length} tasks: ${tasks.map(lower).join(", ")}.`;
}
