import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { byLineage, governing, standing } from "@/lib/version/governing";
import { versionsOf, type VersionOf } from "@/lib/version/rows";

const SELECT = {
  id: true, lineageId: true, version: true, supersedesVersion: true, state: true, taskId: true, credentialTier: true, outcome: true, supervisionLevel: true, supervisorTypes: true,
  minTrainingHours: true, minProcedureCount: true, acceptedCertifications: true, requiredRecords: true, citation: true, sourceUrl: true, notes: true,
  effectiveFrom: true, effectiveTo: true, lastVerifiedOn: true, lastVerifiedBy: true, recordedAt: true,
  task: { select: { name: true, code: true } },
} satisfies Prisma.StateRuleSelect;

type Row = Prisma.StateRuleGetPayload<{ select: typeof SELECT }>;

/** A rule version for pages: calendar dates as "YYYY-MM-DD", the record time as an ISO instant. */
export type RuleView = Omit<VersionOf<Row>, "minTrainingHours" | "lastVerifiedOn" | "recordedAt" | "task"> & {
  taskName: string;
  minTrainingHours: number | null;
  lastVerifiedOn: string;
  recordedAt: string;
};

function view(r: VersionOf<Row>): RuleView {
  const { task, ...rest } = r;
  return {
    ...rest,
    taskName: task.name,
    minTrainingHours: r.minTrainingHours === null ? null : Number(r.minTrainingHours),
    lastVerifiedOn: r.lastVerifiedOn.toISOString().slice(0, 10),
    recordedAt: r.recordedAt.toISOString(),
  };
}

/** Per rule, the version in force on `today` (or, for a rule not in force that day, its newest standing version), by state and task. */
export async function listRules(today: string, filter: { state?: string } = {}): Promise<(RuleView & { inForce: boolean })[]> {
  const rows = await prisma.stateRule.findMany({
    where: filter.state ? { state: filter.state } : {},
    orderBy: [{ state: "asc" }, { task: { sortOrder: "asc" } }, { credentialTier: "asc" }, { lineageId: "asc" }, { version: "asc" }],
    select: SELECT,
  });
  const now = new Date();
  return byLineage(versionsOf(rows), (r) => r.lineageId).map((versions) => {
    const inForce = governing(versions, today, now);
    const shown = inForce ?? standing(versions, now).sort((a, b) => b.version - a.version)[0]!;
    return { ...view(shown), inForce: inForce !== null };
  });
}

/** Every version of a rule, oldest first. */
export async function ruleHistory(lineageId: string): Promise<RuleView[]> {
  return versionsOf(await prisma.stateRule.findMany({ where: { lineageId }, orderBy: { version: "asc" }, select: SELECT })).map(view);
}

export type RuleInForce = { lineageId: string; version: number; state: string; credentialTier: string | null; outcome: RuleView["outcome"]; supervisionLevel: RuleView["supervisionLevel"]; citation: string };

/** The version in force on a calendar date of each rule for these tasks (or the task they refine) in these states. */
export async function rulesInForce(states: readonly string[], taskIds: readonly string[], on: string, knownAt: Date = new Date()): Promise<RuleInForce[]> {
  const rows = await prisma.stateRule.findMany({
    where: { state: { in: [...states] }, taskId: { in: [...taskIds] }, recordedAt: { lte: knownAt } },
    orderBy: [{ lineageId: "asc" }, { version: "asc" }],
    select: { lineageId: true, version: true, supersedesVersion: true, state: true, credentialTier: true, outcome: true, supervisionLevel: true, citation: true, effectiveFrom: true, effectiveTo: true, recordedAt: true },
  });
  // By state and tier, so that a refusal listing several rules reads the same on every run.
  return byLineage(versionsOf(rows), (r) => r.lineageId)
    .flatMap((versions) => {
      const v = governing(versions, on, knownAt);
      return v ? [v] : [];
    })
    .sort((a, b) => a.state.localeCompare(b.state) || (a.credentialTier ?? "").localeCompare(b.credentialTier ?? ""));
}
