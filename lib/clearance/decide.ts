import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { contextFor } from "./context";
import { employerPolicy } from "./factor-employer";
import { stateLaw } from "./factor-state-law";
import { supervision } from "./factor-supervision";
import { training } from "./factor-training";
import type { ClearanceRequest, Facts } from "./facts";
import { finding, type Evidence as FoundEvidence, type FactorKey, type FactorStatus, type Finding } from "./findings";
import { inForce, taskOf } from "./in-force";
import { nextSteps } from "./next-steps";
import { allMet, evidenceLabel, notice, sentence } from "./wording";

/**
 * The clearance engine: may this medical assistant do this task, at this location, at this moment?
 * Pure and deterministic: the same facts and request always give the same decision, so any past
 * answer can be reproduced. The semantics follow ../shared/domain.md and are pinned by
 * tests/unit/clearance. This file combines the four factors into an answer; which versions are in
 * force is in-force.ts (through lib/version/governing.ts), each factor is factor-*.ts, and the
 * words are wording.ts and next-steps.ts. Only the words depend on the language asked for: the
 * answer, codes and params are the same in every language.
 */
export const ENGINE_VERSION = "2.1.0";

export type Answer = "cleared" | "not_cleared" | "check_first";
export type { FactorKey, FactorStatus };

/** Evidence as an answer shows it: its label said in the answer's language. */
export type Evidence = Omit<FoundEvidence, "label"> & { label: string };

/** `code` says why in a word other features can act on (e.g. "prohibited", "off_schedule"); `params` are the values its sentence names. */
export type Factor = { key: FactorKey; status: FactorStatus; code: string; params: Record<string, unknown>; sentence: string; warnings: string[]; evidence: Evidence[] };

export type Decision = {
  answer: Answer;
  reason: string;
  factors: Factor[];
  nextSteps: string[];
  warnings: string[];
  engineVersion: string;
  request: { personId: string; taskId: string; locationId: string; moment: string };
};

function asFactor(f: Finding, locale: Locale): Factor {
  const { code, ...params } = f.detail;
  return { key: f.key, status: f.status, code, params, sentence: sentence(f, locale), warnings: f.notices.map((n) => notice(n, locale)), evidence: f.evidence.map((e) => ({ ...e, label: evidenceLabel(e.label, locale) })) };
}

/**
 * The answer and what each factor found, without the words: what a caller needs that decides many
 * times and reads few sentences (the what-if). `decide` is this plus the wording.
 */
export type Evaluation = { answer: Answer; findings: Finding[]; words: { task: string; location: string; state: string; citation: string | null; documentRef: string | null } };

export function evaluate(facts: Facts, request: ClearanceRequest): Evaluation {
  if (request.personId !== facts.person.id || request.locationId !== facts.location.id) {
    throw new Error("decide(): the facts were loaded for another person or location");
  }
  const task = taskOf(facts, request.taskId);
  if (!task) throw new Error(`decide(): unknown task ${request.taskId}`);
  const parent = task.parentId ? taskOf(facts, task.parentId) : undefined;
  const now = inForce(facts, request.moment);
  const words = { task: task.name, location: facts.location.name, state: now.at.state, citation: null, documentRef: null };
  if (task.providerOnly || parent?.providerOnly) {
    const keys: FactorKey[] = ["state_law", "employer_policy", "training", "supervision"];
    return { answer: "not_cleared", findings: keys.map((key) => finding(key, "not_met", { code: "provider_only", task: task.name })), words };
  }
  const ctx = contextFor(facts, task, parent, now);
  const findings = [stateLaw(ctx), employerPolicy(ctx), training(ctx), supervision(ctx)];
  const answer: Answer = findings.some((f) => f.status === "not_met") ? "not_cleared" : findings.some((f) => f.status === "unknown") ? "check_first" : "cleared";
  return { answer, findings, words: { ...words, citation: ctx.rule?.citation ?? null, documentRef: ctx.policy?.documentRef ?? null } };
}

export function decide(facts: Facts, request: ClearanceRequest, locale: Locale = DEFAULT_LOCALE): Decision {
  const { answer, findings, words } = evaluate(facts, request);
  const factors = findings.map((f) => asFactor(f, locale));
  const deciding = factors.find((f) => f.status === "not_met") ?? factors.find((f) => f.status === "unknown");
  return {
    answer,
    reason: deciding ? deciding.sentence : allMet(words.task, locale),
    factors,
    nextSteps: nextSteps(findings, { ...words, answer }, locale),
    warnings: factors.flatMap((f) => f.warnings),
    engineVersion: ENGINE_VERSION,
    request: { ...request, moment: request.moment.toISOString() },
  };
}
