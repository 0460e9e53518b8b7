import { stateName } from "@/lib/location/us-states";
import { certificationLabel, tierLabel } from "@/lib/person/credentials";
import type {
  ArrangementFact,
  AuthorizationFact,
  AuthorizationStatus,
  ClearanceRequest,
  Effective,
  Facts,
  PolicyFact,
  RecordFact,
  StateRuleFact,
  SupervisionLevel,
  TaskFact,
  Versioned,
} from "./facts";
import { UNREGULATED_CATEGORIES } from "./facts";
import { wallClock, zoneName, type WallClock } from "@/lib/time/zoned";
import { describeWindows, dayName, formatMinute, satisfies, stricter, SUPERVISION_LABELS, windowCovers } from "./supervision";

/**
 * The clearance engine: may this medical assistant do this task, at this location, at this moment?
 * Pure and deterministic: the same facts and request always give the same decision, so any past
 * answer can be reproduced. The semantics follow docs in ../shared/domain.md and are pinned by
 * tests/unit/clearance.
 */
export const ENGINE_VERSION = "1.0.0";

export type Answer = "cleared" | "not_cleared" | "check_first";
export type FactorKey = "state_law" | "employer_policy" | "training" | "supervision";
export type FactorStatus = "met" | "not_met" | "unknown";

export type Evidence = {
  kind: "state_rule" | "employer_policy" | "authorization" | "record" | "arrangement" | "supervisor";
  id: string;
  label: string;
  version?: number;
  citation?: string;
  sourceUrl?: string;
};

/** `code` says why in a word other features can act on (e.g. "prohibited", "off_schedule"). */
export type Factor = { key: FactorKey; status: FactorStatus; code: string; sentence: string; warnings: string[]; evidence: Evidence[] };

export type Decision = {
  answer: Answer;
  reason: string;
  factors: Factor[];
  nextSteps: string[];
  warnings: string[];
  engineVersion: string;
  request: { personId: string; taskId: string; locationId: string; moment: string };
};

const DAY = 86_400_000;
/** How many supervision schedules an answer names, not every arrangement of a large clinic. */
const MAX_LISTED = 3;
const NEEDS_COMPETENCY_BY_DEFAULT: ReadonlySet<string> = new Set(["clinical", "clinical_support"]);

type Context = {
  facts: Facts;
  index: Index;
  task: TaskFact;
  /** The task and the task it refines: rules, grants, records and arrangements for either apply. */
  lineage: string[];
  moment: Date;
  local: WallClock;
  rule: StateRuleFact | null;
  policy: PolicyFact | null;
};

export function decide(facts: Facts, request: ClearanceRequest): Decision {
  if (request.personId !== facts.person.id || request.locationId !== facts.location.id) {
    throw new Error("decide(): the facts were loaded for another person or location");
  }
  const index = indexOf(facts);
  const task = index.tasks.get(request.taskId);
  if (!task) throw new Error(`decide(): unknown task ${request.taskId}`);
  const parent = task.parentId ? index.tasks.get(task.parentId) : undefined;
  const lineage = parent ? [task.id, parent.id] : [task.id];
  const moment = request.moment;
  const ctx: Context = { facts, index, task, lineage, moment, local: wallClock(moment, facts.location.timeZone), rule: null, policy: null };
  const header = { engineVersion: ENGINE_VERSION, request: { ...request, moment: moment.toISOString() } };

  if (task.providerOnly || parent?.providerOnly) return { ...providerOnly(ctx), ...header };

  ctx.rule = applicableRule(ctx);
  ctx.policy = applicablePolicy(ctx);
  const factors = [stateLaw(ctx), employerPolicy(ctx), training(ctx), supervision(ctx)];
  const answer: Answer = factors.some((f) => f.status === "not_met") ? "not_cleared" : factors.some((f) => f.status === "unknown") ? "check_first" : "cleared";
  const deciding = factors.find((f) => f.status === "not_met") ?? factors.find((f) => f.status === "unknown");
  return {
    answer,
    reason: deciding ? deciding.sentence : `All four factors are met for ${lower(task.name)} here at this moment.`,
    factors,
    nextSteps: nextSteps(ctx, factors),
    warnings: factors.flatMap((f) => f.warnings),
    ...header,
  };
}

// ---------------------------------------------------------------------------------------------
// Indexing: one pass per facts object, so deciding every task for a person costs one pass plus
// a few lookups per task.

/** The versions of one lineage, newest first. */
type Lineage<T> = T[];

type Index = {
  tasks: Map<string, TaskFact>;
  rules: Map<string, Lineage<StateRuleFact>[]>;
  policies: Map<string, Lineage<PolicyFact>[]>;
  authorizations: Map<string, AuthorizationFact[]>;
  records: Map<string, RecordFact[]>;
  certifications: RecordFact[];
  arrangements: Lineage<ArrangementFact>[];
  /** Deciding every task at one moment: the arrangements covering the person, split into those for
   * all clinical tasks and those for listed tasks, which are on duty, and scans already made. */
  atMoment?: { time: number; general: ArrangementFact[]; specific: ArrangementFact[]; onDuty: Set<ArrangementFact>; scans: Map<string, Scan> };
};

const indexes = new WeakMap<Facts, Index>();

function indexOf(facts: Facts): Index {
  let index = indexes.get(facts);
  if (index) return index;
  const group = <T>(items: readonly T[], keys: (item: T) => readonly string[]) => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      for (const key of keys(item)) {
        const list = map.get(key);
        if (list) list.push(item);
        else map.set(key, [item]);
      }
    }
    return map;
  };
  const records = latestVersions(facts.records);
  const byTask = <T extends Versioned & { taskId: string }>(items: readonly T[]) =>
    new Map([...group(items, (item) => [item.taskId])].map(([taskId, list]) => [taskId, lineages(list)]));
  index = {
    tasks: new Map(facts.tasks.map((t) => [t.id, t])),
    rules: byTask(facts.rules.filter((r) => r.state === facts.location.state)),
    policies: byTask(facts.policies.filter((p) => p.locationId === null || p.locationId === facts.location.id)),
    authorizations: group(facts.authorizations, (a) => [a.taskId]),
    records: group(records.filter((r) => r.kind !== "certification"), (r) => r.taskIds),
    certifications: records.filter((r) => r.kind === "certification"),
    arrangements: lineages(facts.arrangements.filter((a) => a.locationId === facts.location.id)),
  };
  indexes.set(facts, index);
  return index;
}

function inForce(item: Effective, moment: Date): boolean {
  return item.effectiveFrom <= moment && (item.effectiveTo === null || moment < item.effectiveTo);
}

/**
 * The versions that govern a moment: per lineage, the newest version whose effectiveFrom has come,
 * if it has not ended. An edit thereby closes the version before it at the edit's effectiveFrom,
 * without changing it.
 */
function governing<T extends Effective & Versioned>(lineageList: readonly Lineage<T>[], moment: Date): T[] {
  const at = moment.getTime();
  const result: T[] = [];
  for (const versions of lineageList) {
    for (const version of versions) {
      if (version.effectiveFrom.getTime() > at) continue;
      if (version.effectiveTo === null || at < version.effectiveTo.getTime()) result.push(version);
      break;
    }
  }
  return result;
}

function lineages<T extends Versioned>(items: readonly T[]): Lineage<T>[] {
  const byLineage = new Map<string, T[]>();
  for (const item of items) {
    const list = byLineage.get(item.lineageId);
    if (list) list.push(item);
    else byLineage.set(item.lineageId, [item]);
  }
  return [...byLineage.values()].map((versions) => versions.sort((a, b) => b.version - a.version));
}

function arrangementsAt(index: Index, moment: Date, local: WallClock, personId: string): NonNullable<Index["atMoment"]> {
  if (index.atMoment?.time === moment.getTime()) return index.atMoment;
  const general: ArrangementFact[] = [];
  const specific: ArrangementFact[] = [];
  const onDuty = new Set<ArrangementFact>();
  for (const a of governing(index.arrangements, moment)) {
    if (!a.allMedicalAssistants && !a.superviseeIds.includes(personId)) continue;
    (a.allClinicalTasks ? general : specific).push(a);
    for (const w of a.windows) {
      if (windowCovers(w, local)) {
        onDuty.add(a);
        break;
      }
    }
  }
  index.atMoment = { time: moment.getTime(), general, specific, onDuty, scans: new Map() };
  return index.atMoment;
}

function latestVersions<T extends Versioned>(items: readonly T[]): T[] {
  const newest = new Map<string, T>();
  for (const item of items) {
    const current = newest.get(item.lineageId);
    if (!current || item.version > current.version) newest.set(item.lineageId, item);
  }
  return [...newest.values()];
}

function forLineage<T>(map: Map<string, T[]>, lineage: readonly string[]): T[] {
  return lineage.flatMap((id) => map.get(id) ?? []);
}

/**
 * The state rule in force: for the task itself before the task it refines, and for the person's
 * credential tier before a rule for every tier.
 */
function applicableRule({ index, lineage, moment, facts }: Context): StateRuleFact | null {
  for (const taskId of lineage) {
    const rules = governing(index.rules.get(taskId) ?? [], moment);
    const pick = (tier: string | null) => rules.find((r) => r.credentialTier === tier);
    const rule = pick(facts.person.credentialTier) ?? pick(null);
    if (rule) return rule;
  }
  return null;
}

/** The employer policy in force: the location's own before the organization-wide one. */
function applicablePolicy({ index, lineage, moment, facts }: Context): PolicyFact | null {
  for (const taskId of lineage) {
    const policies = governing(index.policies.get(taskId) ?? [], moment);
    const policy = policies.find((p) => p.locationId === facts.location.id) ?? policies.find((p) => p.locationId === null);
    if (policy) return policy;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Factors

function factor(key: Factor["key"], status: FactorStatus, code: string, sentence: string, evidence: Evidence[] = [], warnings: string[] = []): Factor {
  return { key, status, code, sentence, evidence, warnings };
}

function ruleEvidence(rule: StateRuleFact): Evidence {
  return { kind: "state_rule", id: rule.id, version: rule.version, label: `${rule.state} rule v${rule.version}`, citation: rule.citation, sourceUrl: rule.sourceUrl };
}

function stateLaw(ctx: Context): Factor {
  const { rule, task, facts, moment } = ctx;
  const state = stateName(facts.location.state);
  if (!rule) {
    if (UNREGULATED_CATEGORIES.has(task.category)) return factor("state_law", "met", "unregulated", `${state} MA rules do not regulate ${lower(task.name)}; employer policy decides.`);
    return factor("state_law", "unknown", "no_rule", `No ${state} rule on file for ${lower(task.name)}: an unfamiliar task is a reason to pause and check.`);
  }
  const evidence = [ruleEvidence(rule)];
  if (rule.outcome === "prohibited") {
    const who = rule.credentialTier ? `${tierLabel(rule.credentialTier)} medical assistants` : "medical assistants";
    return factor("state_law", "not_met", "prohibited", `${state} prohibits ${lower(task.name)} by ${who} (${rule.citation}).`, evidence);
  }
  if (rule.outcome === "not_addressed") {
    return factor("state_law", "unknown", "not_addressed", `${state} law does not address ${lower(task.name)} for medical assistants (${rule.citation}): check before acting.`, evidence);
  }
  const ageDays = Math.floor((moment.getTime() - rule.lastVerifiedAt.getTime()) / DAY);
  if (ageDays > facts.settings.ruleStaleAfterDays) {
    return factor(
      "state_law",
      "unknown",
      "stale", `The ${state} rule for ${lower(task.name)} (${rule.citation}) was last verified on ${isoDate(rule.lastVerifiedAt)}, ${ageDays} days before this moment: it must be re-verified.`,
      evidence,
    );
  }
  const how = rule.outcome === "conditional" ? "allows it under conditions" : "allows it";
  return factor("state_law", "met", "allowed", `${state} ${how} (${rule.citation}).`, evidence);
}

function statusAt(authorization: AuthorizationFact, moment: Date): { status: AuthorizationStatus; change: AuthorizationFact["history"][number] } | null {
  let current: AuthorizationFact["history"][number] | null = null;
  for (const change of authorization.history) if (change.at <= moment) current = change;
  return current ? { status: current.status, change: current } : null;
}

function employerPolicy(ctx: Context): Factor {
  const { policy, task, facts, moment, index, lineage } = ctx;
  const here = facts.location;
  const policyEvidence: Evidence[] = policy ? [{ kind: "employer_policy", id: policy.id, version: policy.version, label: policy.documentRef ?? `Employer policy v${policy.version}` }] : [];
  const policyName = policy?.documentRef ? `Employer policy (${policy.documentRef})` : "Employer policy";
  if (policy && !policy.maMayPerform) {
    return factor("employer_policy", "not_met", "policy_excludes", `${policyName} does not let medical assistants take on ${lower(task.name)}${policy.locationId ? ` at ${here.name}` : ""}.`, policyEvidence);
  }
  const all = forLineage(index.authorizations, lineage);
  const atHere = all.filter((a) => a.locationId === here.id);
  const active = atHere.find((a) => inForce(a, moment) && statusAt(a, moment)?.status === "active");
  if (active) {
    const until = active.effectiveTo ? ` through ${lastDay(active.effectiveTo, here.timeZone)}` : "";
    const conditions = active.conditions ? ` Conditions: ${active.conditions}` : "";
    const warnings = active.effectiveTo && soon(active.effectiveTo, moment, facts) ? [`Your authorization for ${lower(task.name)} ends after ${lastDay(active.effectiveTo, here.timeZone)}.`] : [];
    return factor(
      "employer_policy",
      "met",
      "authorized",
      `Authorized by ${active.grantedByName} at ${here.name} from ${localDate(active.effectiveFrom, here.timeZone)}${until}.${conditions}`,
      [...policyEvidence, { kind: "authorization", id: active.id, label: `Authorization at ${here.name}` }],
      warnings,
    );
  }
  // Say why not, from the most telling authorization at this location.
  for (const a of [...atHere].sort((x, y) => y.effectiveFrom.getTime() - x.effectiveFrom.getTime())) {
    const evidence = [...policyEvidence, { kind: "authorization" as const, id: a.id, label: `Authorization at ${here.name}` }];
    const state = statusAt(a, moment);
    if (state && state.status !== "active") {
      const verb = state.status === "suspended" ? "suspended" : "revoked";
      const why = state.change.reason ? `: ${state.change.reason}` : "";
      return factor("employer_policy", "not_met", state.status, `Your authorization for ${lower(task.name)} at ${here.name} was ${verb} on ${localDate(state.change.at, here.timeZone)} by ${state.change.byName}${why}.`, evidence);
    }
    if (a.effectiveFrom > moment) {
      return factor("employer_policy", "not_met", "not_yet_effective", `Your authorization for ${lower(task.name)} at ${here.name} starts on ${localDate(a.effectiveFrom, here.timeZone)}.`, evidence);
    }
    if (a.effectiveTo && a.effectiveTo <= moment) {
      return factor("employer_policy", "not_met", "ended", `Your authorization for ${lower(task.name)} at ${here.name} ended: its last day was ${lastDay(a.effectiveTo, here.timeZone)}.`, evidence);
    }
  }
  const elsewhere = all.find((a) => a.locationId !== here.id && inForce(a, moment) && statusAt(a, moment)?.status === "active");
  if (elsewhere) {
    return factor("employer_policy", "not_met", "other_location", `You are authorized for ${lower(task.name)} at ${elsewhere.locationName}, not at ${here.name}: authorizations do not transfer between locations.`, policyEvidence);
  }
  return factor("employer_policy", "not_met", "no_authorization", `No authorization for ${lower(task.name)} at ${here.name}: your manager authorizes each task individually, per location.`, policyEvidence);
}

function training(ctx: Context): Factor {
  const { rule, policy, task, facts, moment, index, lineage } = ctx;
  const ruleApplies = rule !== null && (rule.outcome === "allowed" || rule.outcome === "conditional");
  const needHours = ruleApplies ? (rule.minTrainingHours ?? 0) : 0;
  const needCount = ruleApplies ? (rule.minProcedureCount ?? 0) : 0;
  const needCertification = ruleApplies ? rule.acceptedCertifications : [];
  const needCompetency = policy ? policy.requiresCompetency : NEEDS_COMPETENCY_BY_DEFAULT.has(task.category);
  const revalidationMonths = policy?.revalidationMonths ?? null;
  if (needHours === 0 && needCount === 0 && needCertification.length === 0 && !needCompetency) {
    return factor("training", "met", "no_prerequisites", `No training prerequisites apply to ${lower(task.name)}.`);
  }
  const tz = facts.location.timeZone;
  const records = forLineage(index.records, lineage);
  const current = (r: RecordFact) => r.completedAt <= moment && (r.expiresAt === null || moment < r.expiresAt);
  const valid = records.filter(current);
  const used: RecordFact[] = [];
  const missing: string[] = [];
  const achieved: string[] = [];
  const warnings: string[] = [];

  if (needHours > 0) {
    const trainings = valid.filter((r) => r.kind === "training" && r.hours);
    const hours = trainings.reduce((sum, r) => sum + (r.hours ?? 0), 0);
    used.push(...trainings);
    if (hours + 1e-9 < needHours) missing.push(`${needHours} hours of documented training (on file: ${round(hours)})`);
    else achieved.push(`${round(hours)} training hours`);
  }
  if (needCount > 0) {
    const counted = valid.filter((r) => r.procedureCount);
    const count = counted.reduce((sum, r) => sum + (r.procedureCount ?? 0), 0);
    used.push(...counted);
    if (count < needCount) missing.push(`${needCount} documented supervised procedures (on file: ${count})`);
    else achieved.push(`${count} supervised procedures`);
  }
  if (needCertification.length > 0) {
    const held = index.certifications.find((c) => current(c) && c.certificationType !== null && needCertification.includes(c.certificationType));
    if (held) {
      used.push(held);
      achieved.push(`${certificationLabel(held.certificationType as string)} certification`);
    } else {
      const lapsed = index.certifications.find((c) => c.certificationType && needCertification.includes(c.certificationType) && c.expiresAt && c.expiresAt <= moment);
      missing.push(
        lapsed
          ? `a current certification (your ${certificationLabel(lapsed.certificationType as string)} expired on ${localDate(lapsed.expiresAt as Date, tz)})`
          : `one of these certifications: ${needCertification.map(certificationLabel).join(", ")}`,
      );
    }
  }
  if (needCompetency) {
    const competencies = valid.filter((r) => r.kind === "competency").sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime());
    const latest = competencies[0];
    const oldestAccepted = revalidationMonths ? addMonths(moment, -revalidationMonths) : null;
    if (latest && (!oldestAccepted || latest.completedAt >= oldestAccepted)) {
      used.push(latest);
      achieved.push(`competency validated on ${localDate(latest.completedAt, tz)}${latest.validatedByName ? ` by ${latest.validatedByName}` : ""}`);
      if (revalidationMonths) {
        const due = addMonths(latest.completedAt, revalidationMonths);
        if (soon(due, moment, facts)) warnings.push(`Your ${lower(task.name)} competency is due for revalidation on ${localDate(due, tz)}.`);
      }
    } else if (latest) {
      missing.push(`a competency validation within the last ${revalidationMonths} months (your last was on ${localDate(latest.completedAt, tz)}; employer policy requires revalidation every ${revalidationMonths} months)`);
    } else {
      const expired = records.filter((r) => r.kind === "competency" && r.expiresAt && r.expiresAt <= moment).sort((a, b) => b.completedAt.getTime() - a.completedAt.getTime())[0];
      missing.push(expired ? `a current competency validation (your ${lower(task.name)} competency expired on ${localDate(expired.expiresAt as Date, tz)})` : `a documented competency validation for ${lower(task.name)}`);
    }
  }
  for (const r of new Set(used)) {
    if (r.expiresAt && soon(r.expiresAt, moment, facts)) warnings.push(`Your record "${r.title}" expires on ${localDate(r.expiresAt, tz)}.`);
  }
  const evidence = [...new Set(used)].map((r): Evidence => ({ kind: "record", id: r.id, label: r.title }));
  if (missing.length > 0) return factor("training", "not_met", "missing", `Missing: ${missing.join("; ")}.`, evidence, warnings);
  return factor("training", "met", "documented", `Documented: ${achieved.join(", ")}.`, evidence, warnings);
}

function requiredSupervision(ctx: Context): SupervisionLevel | null {
  const { rule, policy, task } = ctx;
  const policyLevel = policy?.minSupervisionLevel ?? "none";
  if (rule && rule.outcome !== "not_addressed") return stricter(rule.supervisionLevel, policyLevel);
  if (!rule && UNREGULATED_CATEGORIES.has(task.category)) return policyLevel;
  return null;
}

type Scan = { present?: ArrangementFact; scheduled: ArrangementFact[]; scheduledCount: number; wrongLevel?: ArrangementFact; wrongType?: ArrangementFact };

/** One pass over arrangements that cover the task: who is on duty, who else is scheduled, who falls short. */
function scan(arrangements: readonly ArrangementFact[], required: SupervisionLevel, types: readonly string[], onDuty: ReadonlySet<ArrangementFact>): Scan {
  const result: Scan = { scheduled: [], scheduledCount: 0 };
  for (const a of arrangements) {
    if (types.length > 0 && (a.supervisor.providerType === null || !types.includes(a.supervisor.providerType))) {
      result.wrongType ??= a;
      continue;
    }
    if (!satisfies(a.level, required)) {
      result.wrongLevel ??= a;
      continue;
    }
    if (onDuty.has(a)) {
      result.present = a;
      return result;
    }
    if (result.scheduled.length < MAX_LISTED) result.scheduled.push(a);
    result.scheduledCount++;
  }
  return result;
}

function supervision(ctx: Context): Factor {
  const { task, facts, moment, local, rule, lineage } = ctx;
  const required = requiredSupervision(ctx);
  if (required === null) {
    return factor("supervision", "unknown", "requirement_unknown", `The supervision ${lower(task.name)} needs cannot be determined without a ${stateName(facts.location.state)} rule: ask your supervising provider.`);
  }
  if (required === "none") return factor("supervision", "met", "not_required", `No supervision is required for ${lower(task.name)}.`);

  const at = arrangementsAt(ctx.index, moment, local, facts.person.id);
  const types = rule?.supervisorTypes ?? [];
  // Arrangements for all clinical tasks answer the same for every task with the same requirement:
  // scanned once per moment and requirement, however many tasks are decided.
  const key = `${required}|${types.join(",")}`;
  let general = at.scans.get(key);
  if (!general) at.scans.set(key, (general = scan(at.general, required, types, at.onDuty)));
  if (UNREGULATED_CATEGORIES.has(task.category)) general = { scheduled: [], scheduledCount: 0 };
  const specific = scan(at.specific.filter((a) => lineage.some((id) => a.taskIds.includes(id))), required, types, at.onDuty);
  const present = general.present ?? specific.present;
  const scheduled = [...general.scheduled, ...specific.scheduled].slice(0, MAX_LISTED);
  const scheduledCount = general.scheduledCount + specific.scheduledCount;
  const wrongLevel = general.wrongLevel ?? specific.wrongLevel;
  const wrongType = general.wrongType ?? specific.wrongType;

  const needs = `${lower(task.name)} requires ${SUPERVISION_LABELS[required]}`;
  const evidenceOf = (a: ArrangementFact): Evidence[] => [
    { kind: "arrangement", id: a.id, label: `${a.supervisor.name}, ${describeWindows(a.windows)}` },
    { kind: "supervisor", id: a.supervisor.id, label: supervisorName(a) },
  ];
  if (present) {
    return factor("supervision", "met", "present", `${supervisorName(present)} is supervising now (${describeWindows(present.windows)}); ${needs}.`, evidenceOf(present));
  }
  if (scheduled.length > 0) {
    const more = scheduledCount > scheduled.length ? `; and ${scheduledCount - scheduled.length} more` : "";
    const schedule = scheduled.map((a) => `${supervisorName(a)}: ${describeWindows(a.windows)}`).join("; ") + more;
    const now = `${dayName(local.weekday)} ${formatMinute(local.minute)}`;
    return factor("supervision", "not_met", "off_schedule", `No supervisor is scheduled at ${now} (${zoneName(facts.location.timeZone, moment)}); ${needs}. Scheduled: ${schedule}.`, scheduled.flatMap(evidenceOf));
  }
  if (wrongLevel) {
    return factor("supervision", "not_met", "insufficient_level", `${supervisorName(wrongLevel)} provides ${SUPERVISION_LABELS[wrongLevel.level]}, but ${needs}.`, evidenceOf(wrongLevel));
  }
  if (wrongType && rule) {
    return factor("supervision", "not_met", "supervisor_type", `${supervisorName(wrongType)} cannot supervise this: ${stateName(facts.location.state)} allows supervision only by ${rule.supervisorTypes.join(", ")}.`, evidenceOf(wrongType));
  }
  return factor("supervision", "not_met", "no_arrangement", `No supervision arrangement covers you for ${lower(task.name)} at ${facts.location.name}; ${needs}.`);
}

function providerOnly(ctx: Context): Omit<Decision, "engineVersion" | "request"> {
  const name = lower(ctx.task.name);
  const sentence = `${ctx.task.name} belongs to the licensed provider: a medical assistant never does it, whatever the training or authorization.`;
  const notApplicable = (key: FactorKey, why: string) => factor(key, "not_met", "provider_only", why);
  return {
    answer: "not_cleared",
    reason: sentence,
    factors: [
      factor("state_law", "not_met", "provider_only", sentence),
      notApplicable("employer_policy", `No employer may authorize a medical assistant for ${name}.`),
      notApplicable("training", `No training makes ${name} a medical assistant's task.`),
      notApplicable("supervision", `Supervision does not make ${name} a medical assistant's task.`),
    ],
    nextSteps: [
      "Refer the patient's question to the licensed provider.",
      "You may relay instructions the provider has approved, in the provider's words.",
      "Document what the provider directed, never your own interpretation.",
    ],
    warnings: [],
  };
}

function nextSteps(ctx: Context, factors: Factor[]): string[] {
  const [law, employer, train, supervise] = factors as [Factor, Factor, Factor, Factor];
  const { task, facts, policy, rule } = ctx;
  const name = lower(task.name);
  const steps: string[] = [];
  steps.push(
    employer.status === "met"
      ? `Follow your employer's written policy${policy?.documentRef ? ` (${policy.documentRef})` : ""} for ${name}.`
      : `Do not start ${name} here until your manager has authorized you: ask them to review your authorization at ${facts.location.name}.`,
  );
  steps.push(train.status === "met" ? `Keep your ${name} training and competency records current.` : `Complete and document what is missing: ${train.sentence.replace(/^Missing: /, "")}`);
  const supervisor = supervise.evidence.find((e) => e.kind === "supervisor")?.label;
  if (supervise.status === "met" && supervisor) steps.push(`Confirm ${supervisor} is on site and available before you start.`);
  else if (supervise.status === "not_met") steps.push(`Start ${name} only when the required supervision is present. ${supervise.sentence}`);
  else steps.push("Check with your manager which supervision this task requires here.");
  steps.push(`When unsure, ask ${supervisor ?? "your supervising provider"} before acting.`);
  const state = stateName(facts.location.state);
  steps.push(
    `Verify ${state} rules with the ${state} medical board and the AAMA state scope-of-practice resource${rule ? ` (${rule.citation})` : ""}${law.status === "unknown" ? ": this one is not settled in Cleared" : ""}.`,
  );
  return steps;
}

// ---------------------------------------------------------------------------------------------

function supervisorName(a: ArrangementFact): string {
  return a.supervisor.providerType === "MD" || a.supervisor.providerType === "DO" || a.supervisor.providerType === "DPM"
    ? `Dr. ${a.supervisor.name.split(" ").slice(-1)[0]} (${a.supervisor.providerType})`
    : `${a.supervisor.name}${a.supervisor.providerType ? ` (${a.supervisor.providerType})` : ""}`;
}

function soon(date: Date, moment: Date, facts: Facts): boolean {
  return date > moment && date.getTime() - moment.getTime() <= facts.settings.expiringSoonDays * DAY;
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

function localDate(date: Date, timeZone: string): string {
  return wallClock(date, timeZone).date;
}

/** Effective periods end before `effectiveTo`: the last day in force is the day before, locally. */
function lastDay(effectiveTo: Date, timeZone: string): string {
  return localDate(new Date(effectiveTo.getTime() - 1), timeZone);
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

function lower(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}
