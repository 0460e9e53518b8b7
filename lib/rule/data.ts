import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

const SELECT = {
  id: true, lineageId: true, version: true, state: true, taskId: true, credentialTier: true, outcome: true, supervisionLevel: true, supervisorTypes: true,
  minTrainingHours: true, minProcedureCount: true, acceptedCertifications: true, requiredRecords: true, citation: true, sourceUrl: true, notes: true,
  effectiveFrom: true, effectiveTo: true, lastVerifiedAt: true, lastVerifiedBy: true, recordedAt: true,
  task: { select: { name: true, code: true } },
} satisfies Prisma.StateRuleSelect;

type Row = Prisma.StateRuleGetPayload<{ select: typeof SELECT }>;

export type RuleView = Omit<Row, "minTrainingHours" | "effectiveFrom" | "effectiveTo" | "lastVerifiedAt" | "recordedAt" | "task"> & {
  taskName: string;
  minTrainingHours: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  lastVerifiedAt: string;
  recordedAt: string;
};

function view({ task, ...r }: Row): RuleView {
  return {
    ...r,
    taskName: task.name,
    minTrainingHours: r.minTrainingHours === null ? null : Number(r.minTrainingHours),
    effectiveFrom: r.effectiveFrom.toISOString(),
    effectiveTo: r.effectiveTo?.toISOString() ?? null,
    lastVerifiedAt: r.lastVerifiedAt.toISOString(),
    recordedAt: r.recordedAt.toISOString(),
  };
}

/** The newest version of every rule, by state and task. */
export async function listRules(filter: { state?: string } = {}): Promise<RuleView[]> {
  const rows = await prisma.stateRule.findMany({
    where: filter.state ? { state: filter.state } : {},
    orderBy: [{ state: "asc" }, { task: { sortOrder: "asc" } }, { lineageId: "asc" }, { version: "desc" }],
    select: SELECT,
  });
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.lineageId) && seen.add(r.lineageId)).map(view);
}

export async function ruleHistory(lineageId: string): Promise<RuleView[]> {
  return (await prisma.stateRule.findMany({ where: { lineageId }, orderBy: { version: "desc" }, select: SELECT })).map(view);
}

/** The newest version in force of each rule for a task (or the task it refines) in these states. */
export async function rulesInForce(states: readonly string[], taskIds: readonly string[], at: Date) {
  const rows = await prisma.stateRule.findMany({
    where: { state: { in: [...states] }, taskId: { in: [...taskIds] }, effectiveFrom: { lte: at } },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    select: { lineageId: true, version: true, state: true, credentialTier: true, outcome: true, supervisionLevel: true, citation: true, effectiveTo: true },
  });
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.lineageId) && seen.add(r.lineageId) && (r.effectiveTo === null || r.effectiveTo > at));
}
