import { stateName } from "@/lib/location/us-states";
import type { Answer } from "./decide";
import type { Finding } from "./findings";
import { lower, sentence, supervisorLabel } from "./wording";

/**
 * What to do next, following the source guide (policy, training, supervision, ask, verify), led by
 * the answer: a not-cleared answer starts with "Do not perform ..." and its reason, and its steps
 * come from the factors that block it; a task no MA may do (state or employer) gets no steps about
 * training or supervision.
 */
export type StepContext = { answer: Answer; task: string; location: string; state: string; citation: string | null; documentRef: string | null };

const TERMINAL = new Set(["prohibited", "policy_excludes"]);

function stepFor(f: Finding, ctx: StepContext): string[] {
  const task = lower(ctx.task);
  const d = f.detail;
  switch (d.code) {
    case "prohibited":
      return [`Ask the supervising provider or a licensed colleague to do it: in ${stateName(ctx.state)} it is not a medical assistant's task.`];
    case "policy_excludes":
      return [`Ask the supervising provider or a licensed colleague to do it: your employer's written policy${ctx.documentRef ? ` (${ctx.documentRef})` : ""} does not let medical assistants take it on.`];
    case "not_employed":
      return [`Ask your manager: tasks at ${ctx.location} need a current employment there.`];
    case "no_authorization":
    case "other_location":
    case "ended":
      return [`Ask your manager to review your authorization for ${task} at ${ctx.location}.`];
    case "suspended":
    case "revoked":
      return [`Talk to your manager before doing ${task} again: your authorization was ${d.code}.`];
    case "not_yet_effective":
      return [`Wait until ${d.from}, when your authorization for ${task} starts.`];
    case "missing": {
      const steps = [`Complete and document what is missing: ${sentence(f).replace(/^Missing: /, "")}`];
      if (d.missing.some((n) => n.code.startsWith("competency"))) steps.push(`Ask a validator to observe you and sign off your ${task} competency.`);
      return steps;
    }
    case "off_schedule":
      return [`Do it only while a supervisor is present. Scheduled: ${d.scheduled.map((s) => `${supervisorLabel(s)}, ${s.schedule}`).join("; ")}.`];
    case "supervisor_absent":
    case "location_closed":
      return [d.next ? `Wait until ${supervisorLabel(d.next.supervisor)} is on site (scheduled from ${d.next.time} today), or ask your manager who covers.` : `Ask your manager who covers today: no one who can supervise ${task} is scheduled later today.`];
    case "not_checked_in":
      return [`Wait until ${supervisorLabel(d.supervisor)} checks in on Cleared (the location requires it), or ask your manager.`];
    case "supervisor_unavailable":
    case "no_arrangement":
    case "insufficient_level":
    case "supervisor_type":
      return [`Ask your manager to arrange the supervision ${task} requires at ${ctx.location}.`];
    case "no_rule":
    case "not_addressed":
    case "stale":
      return [`Ask your supervising provider or manager before acting: the ${stateName(ctx.state)} rule for ${task} is not settled in Cleared.`];
    case "requirement_unknown":
      return ["Check with your manager which supervision this task requires here."];
    default:
      return [];
  }
}

function verify(ctx: StepContext): string {
  const state = stateName(ctx.state);
  return `Verify ${state} rules with the ${state} medical board (listed in the FSMB directory) and the AAMA state scope-of-practice resource${ctx.citation ? ` (${ctx.citation})` : ""}.`;
}

export function nextSteps(findings: readonly Finding[], ctx: StepContext): string[] {
  const task = lower(ctx.task);
  if (findings.some((f) => f.detail.code === "provider_only")) {
    return [
      "Refer the patient's question to the licensed provider.",
      "You may relay instructions the provider has approved, in the provider's words.",
      "Document what the provider directed, never your own interpretation.",
    ];
  }
  const supervisor = findings.find((f) => f.detail.code === "present");
  const who = supervisor?.detail.code === "present" ? supervisorLabel(supervisor.detail.supervisor) : null;
  if (ctx.answer === "cleared") {
    return [
      `Follow your employer's written policy${ctx.documentRef ? ` (${ctx.documentRef})` : ""} for ${task}.`,
      `Keep your ${task} training and competency records current.`,
      ...(who ? [`Confirm ${who} is on site and available before you start.`] : []),
      `When unsure, ask ${who ?? "your supervising provider"} before acting.`,
      verify(ctx),
    ];
  }
  if (ctx.answer === "not_cleared") {
    const blocking = findings.filter((f) => f.status === "not_met");
    const terminal = blocking.find((f) => TERMINAL.has(f.detail.code));
    const lead = terminal ?? blocking[0];
    return [`Do not perform ${task}: ${lead ? sentence(lead) : ""}`, ...(terminal ? [terminal] : blocking).flatMap((f) => stepFor(f, ctx)), verify(ctx)];
  }
  const unknown = findings.filter((f) => f.status === "unknown");
  return [
    `Pause before ${task}: ${unknown[0] ? sentence(unknown[0]) : ""}`,
    ...unknown.flatMap((f) => stepFor(f, ctx)),
    `When unsure, ask ${who ?? "your supervising provider"} before acting.`,
    verify(ctx),
  ];
}
