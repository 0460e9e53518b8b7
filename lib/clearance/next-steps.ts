import { longDate } from "@/lib/i18n/format";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { stateName } from "@/lib/location/us-states";
import type { Answer } from "./decide";
import type { Finding } from "./findings";
import { scheduleIn } from "./supervision";
import { lower, missingNeeds, sentence, supervisorLabel } from "./wording";

/**
 * What to do next, following the source guide (policy, training, supervision, ask, verify), led by
 * the answer: a not-cleared answer starts with "Do not perform ..." and its reason, and its steps
 * come from the factors that block it; a task no MA may do (state or employer) gets no steps about
 * training or supervision. The words are the "engine" catalog's, in the language asked for.
 */
export type StepContext = { answer: Answer; task: string; location: string; state: string; citation: string | null; documentRef: string | null };

const TERMINAL = new Set(["prohibited", "policy_excludes"]);

function stepFor(f: Finding, ctx: StepContext, t: Translate<"engine">, locale: Locale): string[] {
  const task = lower(ctx.task);
  const d = f.detail;
  switch (d.code) {
    case "prohibited":
      return [t("step.prohibited", { state: stateName(ctx.state) })];
    case "policy_excludes":
      return [ctx.documentRef ? t("step.policy_excludes_ref", { documentRef: ctx.documentRef }) : t("step.policy_excludes")];
    case "not_employed":
      return [t("step.not_employed", { location: ctx.location })];
    case "no_authorization":
    case "other_location":
    case "ended":
      return [t("step.review_authorization", { task, location: ctx.location })];
    case "suspended":
    case "revoked":
      return [t(d.code === "suspended" ? "step.suspended" : "step.revoked", { task })];
    case "not_yet_effective":
      return [t("step.not_yet_effective", { from: longDate(d.from, locale), task })];
    case "missing": {
      const steps = [t("step.missing", { needs: missingNeeds(d.missing, locale) })];
      if (d.missing.some((n) => n.code.startsWith("competency"))) steps.push(t("step.sign_off", { task }));
      return steps;
    }
    case "off_schedule":
      return [t("step.off_schedule", { schedule: d.scheduled.map((s) => `${supervisorLabel(s)}, ${scheduleIn(s.schedule, locale)}`).join("; ") })];
    case "supervisor_absent":
    case "location_closed":
      return [d.next ? t("step.wait_for", { supervisor: supervisorLabel(d.next.supervisor), time: d.next.time }) : t("step.who_covers", { task })];
    case "not_checked_in":
      return [t("step.check_in", { supervisor: supervisorLabel(d.supervisor) })];
    case "supervisor_unavailable":
    case "no_arrangement":
    case "insufficient_level":
    case "supervisor_type":
      return [t("step.arrange", { task, location: ctx.location })];
    case "no_rule":
    case "not_addressed":
    case "stale":
      return [t("step.unsettled", { state: stateName(ctx.state), task })];
    case "requirement_unknown":
      return [t("step.requirement_unknown")];
    default:
      return [];
  }
}

function verify(ctx: StepContext, t: Translate<"engine">): string {
  const state = stateName(ctx.state);
  return ctx.citation ? t("step.verify_cited", { state, citation: ctx.citation }) : t("step.verify", { state });
}

export function nextSteps(findings: readonly Finding[], ctx: StepContext, locale: Locale = DEFAULT_LOCALE): string[] {
  const t = translatorFor(locale, "engine");
  const task = lower(ctx.task);
  if (findings.some((f) => f.detail.code === "provider_only")) return [t("step.refer"), t("step.relay"), t("step.document")];
  const supervisor = findings.find((f) => f.detail.code === "present");
  const who = supervisor?.detail.code === "present" ? supervisorLabel(supervisor.detail.supervisor) : null;
  const whenUnsure = t("step.when_unsure", { who: who ?? t("fallback.supervising_provider") });
  if (ctx.answer === "cleared") {
    return [
      ctx.documentRef ? t("step.follow_policy_ref", { documentRef: ctx.documentRef, task }) : t("step.follow_policy", { task }),
      t("step.keep_records", { task }),
      ...(who ? [t("step.confirm_on_site", { supervisor: who })] : []),
      whenUnsure,
      verify(ctx, t),
    ];
  }
  if (ctx.answer === "not_cleared") {
    const blocking = findings.filter((f) => f.status === "not_met");
    const terminal = blocking.find((f) => TERMINAL.has(f.detail.code));
    const lead = terminal ?? blocking[0];
    return [
      t("step.do_not_perform", { task, reason: lead ? sentence(lead, locale) : "" }),
      ...(terminal ? [terminal] : blocking).flatMap((f) => stepFor(f, ctx, t, locale)),
      verify(ctx, t),
    ];
  }
  const unknown = findings.filter((f) => f.status === "unknown");
  return [
    t("step.pause", { task, reason: unknown[0] ? sentence(unknown[0], locale) : "" }),
    ...unknown.flatMap((f) => stepFor(f, ctx, t, locale)),
    whenUnsure,
    verify(ctx, t),
  ];
}
