import { longDate as localDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { stateName } from "@/lib/location/us-states";
import { certificationLabelIn } from "@/lib/person/credentials";
import type { Answer } from "./decide";
import type { Detail, Need } from "./findings";
import type { SummaryContext } from "./summary";
import { scheduleIn } from "./supervision";
import { amount, lower, medicalAssistants, supervisorLabel } from "./wording";

/**
 * The words of the one-line answer (summary.ts): a short clause per reason and, per reason, who to
 * ask (the MA's view) or what to fix (the manager's view), in the voice's language (the "engine"
 * catalog). Nothing here decides anything.
 */
export type Voice = SummaryContext & { provider: string | null; locale: Locale };

/** "2026-03-03" -> "3 March 2026" (or "3 de marzo de 2026"); anything else is returned as it is. English unless asked (tests name dates this way). */
export function longDate(date: string, locale: Locale = DEFAULT_LOCALE): string {
  return localDate(date, locale);
}

const wordsOf = (v: Voice): Translate<"engine"> => translatorFor(v.locale, "engine");

/** Whose record a clause is about: the MA's own ("your") or, for a manager, the person's. */
const whose = (v: Voice) => ({ audience: v.audience === "self" ? "self" : "other", person: v.person });

function needClause(n: Need, v: Voice): string | null {
  const t = wordsOf(v);
  const task = lower(v.task);
  switch (n.code) {
    case "hours":
      return n.have + 1e-9 < n.need ? t("clause.hours", { count: n.need, need: amount(n.need, v.locale), have: amount(Math.round(n.have * 10) / 10, v.locale) }) : null;
    case "procedures":
      return n.have < n.need ? t("clause.procedures", { count: n.need, need: String(n.need), have: String(n.have) }) : null;
    case "certification_lapsed":
      return t("clause.certification_lapsed", { ...whose(v), certification: certificationLabelIn(n.certification, v.locale), date: longDate(n.expiredOn, v.locale) });
    case "certification_missing":
      return t("clause.certification_missing", { accepted: n.accepted.map((c) => certificationLabelIn(c, v.locale)).join(", ") });
    case "competency_revalidation":
      return t("clause.competency_revalidation", { ...whose(v), task, date: longDate(n.last, v.locale), count: n.months, months: String(n.months) });
    case "competency_expired":
      return t("clause.competency_expired", { ...whose(v), task, date: longDate(n.expiredOn, v.locale) });
    case "competency_unsigned":
      return t("clause.competency_unsigned", { ...whose(v), task, date: longDate(n.recordedOn, v.locale) });
    case "competency_missing":
      return t("clause.competency_missing", { task });
    default:
      return null;
  }
}

/** The short clauses a finding reads as in the one line (a training finding can have several). */
export function clausesFor(d: Detail, v: Voice): string[] {
  const t = wordsOf(v);
  const state = "state" in d ? stateName(d.state) : "";
  switch (d.code) {
    case "provider_only":
      return [t("clause.provider_only")];
    case "prohibited":
      return [t("clause.prohibited", { state, who: medicalAssistants(d.tier, v.locale), citation: d.citation })];
    case "policy_excludes":
      return [d.documentRef ? t("clause.policy_excludes_ref", { documentRef: d.documentRef }) : t("clause.policy_excludes")];
    case "not_employed":
      return [d.endedOn ? t("clause.not_employed_ended", { ...whose(v), location: d.location, date: longDate(d.endedOn, v.locale) }) : t("clause.not_employed", { location: d.location })];
    case "suspended":
    case "revoked": {
      const values = { ...whose(v), date: longDate(d.on, v.locale), by: d.by };
      if (d.reason) return [t(d.code === "suspended" ? "clause.suspended_reason" : "clause.revoked_reason", { ...values, reason: d.reason })];
      return [t(d.code === "suspended" ? "clause.suspended" : "clause.revoked", values)];
    }
    case "not_yet_effective":
      return [t("clause.not_yet_effective", { ...whose(v), date: longDate(d.from, v.locale) })];
    case "ended":
      return [t("clause.ended", { ...whose(v), date: longDate(d.lastDay, v.locale) })];
    case "other_location":
      return [t("clause.other_location", { elsewhere: d.elsewhere, location: d.location })];
    case "no_authorization":
      return [t("clause.no_authorization", { location: d.location })];
    case "missing":
      return d.missing.map((n) => needClause(n, v)).filter((c): c is string => c !== null);
    case "off_schedule":
      return [t("clause.off_schedule")];
    case "supervisor_absent":
      return [t("clause.supervisor_absent", { supervisor: supervisorLabel(d.supervisor), reason: d.reason })];
    case "location_closed":
      return [t("clause.location_closed", { location: d.location, reason: d.reason })];
    case "not_checked_in":
      return [d.checkedOutAt ? t("clause.checked_out", { supervisor: supervisorLabel(d.supervisor), checkedOutAt: d.checkedOutAt }) : t("clause.not_checked_in", { supervisor: supervisorLabel(d.supervisor) })];
    case "insufficient_level":
    case "supervisor_type":
    case "supervisor_unavailable":
    case "no_arrangement":
      return [t("clause.no_arrangement")];
    case "no_rule":
      return [t("clause.no_rule", { state })];
    case "not_addressed":
      return [t("clause.not_addressed", { state, citation: d.citation })];
    case "stale":
      return [t("clause.stale", { count: d.ageDays, state, citation: d.citation, date: longDate(d.verifiedOn, v.locale), ageDays: String(d.ageDays) })];
    case "requirement_unknown":
      return [t("clause.requirement_unknown")];
    default:
      return [];
  }
}

/** Who to ask, by name when the location has one on record, else as a role ("your manager"). */
function named(who: string | null, fallback: "manager" | "validator", v: Voice): string {
  return who ?? wordsOf(v)(`fallback.${fallback}`);
}

/** Who the MA asks (whole sentences), or for a manager what to fix (clauses after "To fix:"), for one finding. */
export function askFor(d: Detail, v: Voice): string[] {
  const t = wordsOf(v);
  const self = v.audience === "self";
  const manager = named(v.helpers.manager, "manager", v);
  // Before acting on an unsettled rule, the manager or else the provider on hand, else "your manager".
  const beforeActing = () => t("ask.self.before_acting", { who: v.helpers.manager ?? v.provider ?? t("fallback.manager") });
  switch (d.code) {
    case "provider_only":
    case "prohibited":
    case "policy_excludes":
      return [self ? t("ask.self.colleague", { provider: v.provider ?? t("fallback.provider") }) : t("ask.manager.colleague")];
    case "not_employed":
      return [self ? t("ask.self.employment", { who: manager }) : t("ask.manager.employment")];
    case "other_location":
    case "ended":
    case "no_authorization":
      return [self ? t("ask.self.review_authorization", { who: manager }) : t("ask.manager.authorize")];
    case "suspended":
    case "revoked":
      return [self ? t("ask.self.before_again", { who: manager }) : d.code === "suspended" ? t("ask.manager.lift") : t("ask.manager.regrant")];
    case "not_yet_effective":
      return [self ? t("ask.self.wait_until", { date: longDate(d.from, v.locale) }) : t("ask.manager.wait_until", { date: longDate(d.from, v.locale) })];
    case "missing": {
      const competency = d.missing.some((n) => n.code.startsWith("competency"));
      const unsigned = d.missing.some((n) => n.code === "competency_unsigned");
      const other = d.missing.some((n) => !n.code.startsWith("competency"));
      if (!self) {
        return [
          ...(unsigned ? [t("ask.manager.sign_off", { who: named(v.helpers.validator, "validator", v) })] : competency ? [t("ask.manager.schedule_sign_off")] : []),
          ...(other ? [t("ask.manager.training")] : []),
        ];
      }
      return [
        ...(unsigned ? [t("ask.self.sign_off", { who: named(v.helpers.validator, "validator", v) })] : competency ? [t("ask.self.schedule_sign_off", { who: manager })] : []),
        ...(other ? [t("ask.self.training", { who: manager })] : []),
      ];
    }
    case "off_schedule": {
      if (v.hoursShown) return [self ? t("ask.self.on_site") : t("ask.manager.on_site")];
      const hours = d.scheduled.map((s) => `${supervisorLabel(s)}: ${scheduleIn(s.schedule, v.locale)}`).join("; ");
      return [self ? t("ask.self.on_site_hours", { hours }) : t("ask.manager.on_site_hours", { hours })];
    }
    case "supervisor_absent":
    case "location_closed":
      if (!self) return [d.next ? t("ask.manager.cover_until", { supervisor: supervisorLabel(d.next.supervisor), time: d.next.time }) : t("ask.manager.cover_today")];
      return [d.next ? t("ask.self.wait_for", { supervisor: supervisorLabel(d.next.supervisor), time: d.next.time }) : t("ask.self.who_covers", { who: manager })];
    case "not_checked_in":
      return [self ? t("ask.self.check_in", { supervisor: supervisorLabel(d.supervisor) }) : t("ask.manager.check_in", { supervisor: supervisorLabel(d.supervisor) })];
    case "insufficient_level":
    case "supervisor_type":
    case "supervisor_unavailable":
    case "no_arrangement":
      return [self ? t("ask.self.arrange", { who: manager }) : t("ask.manager.arrange")];
    case "no_rule":
      return [self ? beforeActing() : t("ask.manager.no_rule")];
    case "not_addressed":
      return [self ? beforeActing() : t("ask.manager.not_addressed")];
    // Only ever beside a missing or silent state rule, whose ask covers it.
    case "requirement_unknown":
      return [];
    case "stale":
      return [self ? beforeActing() : t("ask.manager.stale")];
    default:
      return [];
  }
}

export function joinLine(answer: Answer, outsideHours: boolean, reasons: readonly string[], asks: readonly string[], v: Voice): string {
  const t = wordsOf(v);
  if (answer === "cleared") return v.provider ? t("line.cleared_with", { provider: v.provider }) : t("line.cleared");
  const head = t(outsideHours ? "line.not_cleared_now" : answer === "not_cleared" ? "line.not_cleared" : "line.check_first");
  const lead = reasons.length > 0 ? t("line.lead", { head, reasons: reasons.join("; ") }) : t("line.lead_bare", { head });
  if (v.audience === "manager") return asks.length > 0 ? t("line.fix", { lead, asks: asks.join("; ") }) : lead;
  return [lead, ...asks].join(" ");
}

/** The one notice a list of answers shows for every task that waits for supervision hours. */
export function outsideHoursLine(at: string, schedules: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "engine");
  const line = t("line.outside_hours", { at });
  return schedules.length > 0 ? `${line} ${t("line.supervision_here", { schedules: schedules.join("; ") })}` : line;
}

/** How many tasks a merged warning concerns ("for 6 tasks"), when more than the one it names. */
export function warningTasks(tasks: readonly string[], locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "engine");
  return tasks.length === 1 ? t("line.for_task", { task: lower(tasks[0] as string) }) : t("line.for_tasks", { count: tasks.length, tasks: tasks.map(lower).join(", ") });
}
