import { anyOf, formatNumber, longDate, zoneNameIn } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { stateName } from "@/lib/location/us-states";
import { certificationLabelIn, tierLabelIn } from "@/lib/person/credentials";
import type { EvidenceLabel, FactorKey, Finding, LocalEnd, Need, NextCover, Notice, SupervisorRef } from "./findings";
import type { SupervisionLevel } from "./facts";
import { dayName, formatMinute, scheduleIn, supervisionLabel } from "./supervision";

/**
 * The engine's sentences, keyed on each finding's code, in the language asked for (the words are
 * the "engine" catalog; this keeps only how fragments combine). Nothing here decides anything: the
 * factor evaluators say what they found, this says it. Dates stay ISO in a finding's values and
 * are written out here ("3 March 2026", "3 de marzo de 2026").
 */

/**
 * "Drawing blood" -> "drawing blood". Only a first word that is an ordinary capitalised word is
 * lowered: an acronym or code ("HO Ear irrigation", "HbA1c testing", "IV flush") keeps its case.
 */
export function lower(name: string): string {
  const first = /^\p{L}[^\s(),:;/-]*/u.exec(name)?.[0] ?? "";
  return /^\p{Lu}\p{Ll}+$/u.test(first) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A number as English has always printed it in the log ("7.25"); other languages with their own decimal mark ("7,3"). */
export function amount(n: number, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? String(n) : formatNumber(n, locale);
}

/** Hours on file, to one decimal ("2.5"). */
function round(n: number, locale: Locale): string {
  if (locale !== DEFAULT_LOCALE) return formatNumber(n, locale);
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "Dr. Lee (MD)" for physicians and podiatrists; "Jordan Ellis (NP)" for others. The same in every language. */
export function supervisorLabel(s: Pick<SupervisorRef, "name" | "providerType">): string {
  if (s.providerType === "MD" || s.providerType === "DO" || s.providerType === "DPM") return `Dr. ${s.name.split(" ").slice(-1)[0]} (${s.providerType})`;
  return s.providerType ? `${s.name} (${s.providerType})` : s.name;
}

function need(n: Need, locale: Locale): string {
  const t = translatorFor(locale, "engine");
  const date = (d: string) => longDate(d, locale);
  switch (n.code) {
    case "hours":
      return n.have + 1e-9 < n.need
        ? t("need.hours_missing", { count: n.need, need: amount(n.need, locale), have: round(n.have, locale) })
        : t("need.hours_done", { count: n.have, have: round(n.have, locale) });
    case "procedures":
      return n.have < n.need ? t("need.procedures_missing", { count: n.need, need: String(n.need), have: String(n.have) }) : t("need.procedures_done", { count: n.have, have: String(n.have) });
    case "certification":
      return t("need.certification", { certification: certificationLabelIn(n.certification, locale) });
    case "certification_lapsed":
      return t("need.certification_lapsed", { certification: certificationLabelIn(n.certification, locale), expiredOn: date(n.expiredOn) });
    case "certification_missing":
      return t("need.certification_missing", { accepted: n.accepted.map((c) => certificationLabelIn(c, locale)).join(", ") });
    case "competency":
      return n.by ? t("need.competency_by", { on: date(n.on), by: n.by }) : t("need.competency", { on: date(n.on) });
    case "competency_revalidation":
      return t("need.competency_revalidation", { count: n.months, months: String(n.months), last: date(n.last) });
    case "competency_expired":
      return t("need.competency_expired", { task: lower(n.task), expiredOn: date(n.expiredOn) });
    case "competency_unsigned":
      return t("need.competency_unsigned", { task: lower(n.task), recordedOn: date(n.recordedOn) });
    case "competency_missing":
      return t("need.competency_missing", { task: lower(n.task) });
  }
}

/** What the training factor lists as missing, joined as its sentence joins them (the next steps repeat it; lists keep English's separators in every language). */
export function missingNeeds(missing: readonly Need[], locale: Locale = DEFAULT_LOCALE): string {
  return missing.map((n) => need(n, locale)).join("; ");
}

function providerOnly(key: FactorKey, task: string, t: Translate<"engine">): string {
  switch (key) {
    case "state_law":
      return t("provider_only.state_law", { task });
    case "employer_policy":
      return t("provider_only.employer_policy", { task: lower(task) });
    case "training":
      return t("provider_only.training", { task: lower(task) });
    case "supervision":
      return t("provider_only.supervision", { task: lower(task) });
  }
}

/** The sentence a factor's finding reads as. */
export function sentence(f: Finding, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "engine");
  const d = f.detail;
  const requires = (task: string, level: SupervisionLevel) => t("requires", { task: lower(task), level: supervisionLabel(level, locale) });
  const date = (day: string) => longDate(day, locale);
  switch (d.code) {
    case "provider_only":
      return providerOnly(f.key, d.task, t);
    case "unregulated":
      return t("sentence.unregulated", { state: stateName(d.state), task: lower(d.task) });
    case "no_rule":
      return t("sentence.no_rule", { state: stateName(d.state), task: lower(d.task) });
    case "prohibited":
      return t("sentence.prohibited", { state: stateName(d.state), task: lower(d.task), who: medicalAssistants(d.tier, locale), citation: d.citation });
    case "not_addressed":
      return t("sentence.not_addressed", { state: stateName(d.state), task: lower(d.task), citation: d.citation });
    case "stale":
      return t("sentence.stale", { count: d.ageDays, state: stateName(d.state), task: lower(d.task), citation: d.citation, verifiedOn: date(d.verifiedOn), ageDays: String(d.ageDays) });
    case "allowed":
      return t(d.conditional ? "sentence.allowed_conditional" : "sentence.allowed", { state: stateName(d.state), citation: d.citation });
    case "policy_excludes": {
      const policy = d.documentRef ? t("policy.ref", { documentRef: d.documentRef }) : t("policy.any");
      return d.location ? t("sentence.policy_excludes_at", { policy, task: lower(d.task), location: d.location }) : t("sentence.policy_excludes", { policy, task: lower(d.task) });
    }
    case "not_employed":
      return d.endedOn ? t("sentence.not_employed_ended", { location: d.location, endedOn: date(d.endedOn) }) : t("sentence.not_employed", { location: d.location });
    case "authorized": {
      const granted = d.lastDay
        ? t("sentence.authorized_through", { grantedBy: d.grantedBy, location: d.location, from: date(d.from), lastDay: date(d.lastDay) })
        : t("sentence.authorized", { grantedBy: d.grantedBy, location: d.location, from: date(d.from) });
      return d.conditions ? `${granted} ${t("sentence.conditions", { conditions: d.conditions })}` : granted;
    }
    case "suspended":
    case "revoked": {
      const values = { task: lower(d.task), location: d.location, on: date(d.on), by: d.by };
      if (d.reason) return t(d.code === "suspended" ? "sentence.suspended_reason" : "sentence.revoked_reason", { ...values, reason: d.reason });
      return t(d.code === "suspended" ? "sentence.suspended" : "sentence.revoked", values);
    }
    case "not_yet_effective":
      return t("sentence.not_yet_effective", { task: lower(d.task), location: d.location, from: date(d.from) });
    case "ended":
      return t("sentence.ended", { task: lower(d.task), location: d.location, lastDay: date(d.lastDay) });
    case "other_location":
      return t("sentence.other_location", { task: lower(d.task), elsewhere: d.elsewhere, location: d.location });
    case "no_authorization":
      return t("sentence.no_authorization", { task: lower(d.task), location: d.location });
    case "no_prerequisites":
      return t("sentence.no_prerequisites", { task: lower(d.task) });
    case "missing":
      return t("sentence.missing", { needs: missingNeeds(d.missing, locale) });
    case "documented":
      return t("sentence.documented", { needs: d.achieved.map((n) => need(n, locale)).join(", ") });
    case "requirement_unknown":
      return t("sentence.requirement_unknown", { task: lower(d.task), state: stateName(d.state) });
    case "not_required":
      return t("sentence.not_required", { task: lower(d.task) });
    case "present":
      return t("sentence.present", { supervisor: supervisorLabel(d.supervisor), schedule: scheduleIn(d.supervisor.schedule, locale), requires: requires(d.task, d.required) });
    case "off_schedule": {
      const more = d.more > 0 ? `; ${t("schedule.more", { count: d.more, more: String(d.more) })}` : "";
      const schedule = d.scheduled.map((s) => `${supervisorLabel(s)}: ${scheduleIn(s.schedule, locale)}`).join("; ");
      return t("sentence.off_schedule", { day: dayName(d.weekday, locale), time: formatMinute(d.minute), zone: zoneNameIn(d.timeZone, new Date(d.at), locale), requires: requires(d.task, d.required), schedule: schedule + more });
    }
    case "insufficient_level":
      return t(d.onDuty ? "sentence.insufficient_level_on_duty" : "sentence.insufficient_level", { supervisor: supervisorLabel(d.supervisor), provided: supervisionLabel(d.provided, locale), requires: requires(d.task, d.required) });
    case "supervisor_type": {
      const values = { supervisor: supervisorLabel(d.supervisor), state: stateName(d.state), allowed: anyOf(d.allowed, locale) };
      return d.onDuty ? t("sentence.supervisor_type_on_duty", { ...values, task: lower(d.task) }) : t("sentence.supervisor_type", values);
    }
    case "supervisor_unavailable": {
      const values = { supervisor: supervisorLabel(d.supervisor), requires: requires(d.task, d.required) };
      if (d.why !== "not_employed") return t("sentence.supervisor_not_provider", values);
      return d.endedOn ? t("sentence.supervisor_left_on", { ...values, location: d.location, endedOn: date(d.endedOn) }) : t("sentence.supervisor_left", { ...values, location: d.location });
    }
    case "no_arrangement":
      return t("sentence.no_arrangement", { task: lower(d.task), location: d.location, requires: requires(d.task, d.required) });
    case "supervisor_absent":
      return t("sentence.supervisor_absent", { supervisor: supervisorLabel(d.supervisor), reason: d.reason, until: until(d.until, t, locale), requires: requires(d.task, d.required), next: next(d.next, t) });
    case "location_closed":
      return t("sentence.location_closed", { location: d.location, reason: d.reason, until: until(d.until, t, locale), requires: requires(d.task, d.required), next: next(d.next, t) });
    case "not_checked_in": {
      const values = { supervisor: supervisorLabel(d.supervisor), requires: requires(d.task, d.required) };
      return d.checkedOutAt ? t("sentence.checked_out", { ...values, checkedOutAt: d.checkedOutAt }) : t("sentence.not_checked_in", values);
    }
  }
}

/** "medical assistants", or those of one state credential tier ("MA-C (certified) medical assistants"). */
export function medicalAssistants(tier: string | null, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "engine");
  return tier ? t("who.tier", { tier: tierLabelIn(tier, locale) }) : t("who.all");
}

function until(end: LocalEnd, t: Translate<"engine">, locale: Locale): string {
  if ("lastDay" in end) return t("until.through", { lastDay: longDate(end.lastDay, locale) });
  return end.date ? t("until.date", { date: longDate(end.date, locale), time: end.time }) : t("until.time", { time: end.time });
}

function next(cover: NextCover, t: Translate<"engine">): string {
  return cover ? t("next.cover", { supervisor: supervisorLabel(cover.supervisor), time: cover.time }) : t("next.none");
}

/**
 * The one line an MA's list of answers leads with when the day's supervision is not what the plan
 * says ("Dr. Shah (MD) is out today (vacation); supervised tasks are not cleared until Dr. Lee (MD)
 * arrives at 13:00."), from the supervision factor of any answer; null when nothing is unusual.
 */
export function supervisionSummary(code: string, params: Record<string, unknown>, locale: Locale = DEFAULT_LOCALE): string | null {
  const t = translatorFor(locale, "engine");
  const p = params as Partial<{ supervisor: SupervisorRef; reason: string; location: string; until: LocalEnd; next: NextCover; checkedOutAt: string | null }>;
  const away = p.until && !("lastDay" in p.until) ? until(p.until, t, locale) : t("day_line.today");
  const later = p.next ? t("day_line.until_arrives", { supervisor: supervisorLabel(p.next.supervisor), time: p.next.time }) : t("day_line.rest_of_day");
  switch (code) {
    case "supervisor_absent":
      return t("day_line.supervisor_absent", { supervisor: supervisorLabel(p.supervisor!), away, reason: p.reason!, later });
    case "location_closed":
      return t("day_line.location_closed", { location: p.location!, away, reason: p.reason!, later });
    case "not_checked_in":
      return p.checkedOutAt ? t("day_line.checked_out", { supervisor: supervisorLabel(p.supervisor!), checkedOutAt: p.checkedOutAt }) : t("day_line.not_checked_in", { supervisor: supervisorLabel(p.supervisor!) });
    default:
      return null;
  }
}

export function notice(n: Notice, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "engine");
  switch (n.code) {
    case "authorization_ends":
      return t("notice.authorization_ends", { task: lower(n.task), lastDay: longDate(n.lastDay, locale) });
    case "revalidation_due":
      return t("notice.revalidation_due", { task: lower(n.task), due: longDate(n.due, locale) });
    case "record_expires":
      return t("notice.record_expires", { title: n.title, expiresOn: longDate(n.expiresOn, locale) });
  }
}

/** What a piece of evidence is called, in the language asked for: names, titles and document references as they are. */
export function evidenceLabel(l: EvidenceLabel, locale: Locale = DEFAULT_LOCALE): string {
  const t = translatorFor(locale, "engine");
  switch (l.code) {
    case "state_rule":
      return t("evidence.state_rule", { state: l.state, version: String(l.version) });
    case "employer_policy":
      return l.documentRef ?? t("evidence.employer_policy", { version: String(l.version) });
    case "employment":
      return t("evidence.employment", { location: l.location });
    case "authorization":
      return t("evidence.authorization", { location: l.location });
    case "record":
      return l.title;
    case "arrangement":
      return t("evidence.arrangement", { name: l.supervisor.name, schedule: scheduleIn(l.supervisor.schedule, locale) });
    case "supervisor":
      return supervisorLabel(l.supervisor);
    case "closure":
      return t("evidence.closure", { location: l.location, reason: l.reason });
    case "absence":
      return t("evidence.absence", { supervisor: supervisorLabel(l.supervisor), reason: l.reason });
  }
}

export function allMet(task: string, locale: Locale = DEFAULT_LOCALE): string {
  return translatorFor(locale, "engine")("sentence.all_met", { task: lower(task) });
}

/** The distinct day-level supervision lines of a set of answers (supervision is the fourth factor), in order. */
export function supervisionSummaries(answers: readonly { factors: readonly { key: string; code: string; params: Record<string, unknown> }[] }[], locale: Locale = DEFAULT_LOCALE): string[] {
  const lines = new Set<string>();
  for (const a of answers) {
    const f = a.factors.find((x) => x.key === "supervision");
    const line = f ? supervisionSummary(f.code, f.params, locale) : null;
    if (line) lines.add(line);
  }
  return [...lines];
}
