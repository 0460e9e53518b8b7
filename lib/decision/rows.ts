import type { Answer, Decision, FactorKey, FactorStatus } from "@/lib/clearance/decide";
import type { DecisionSource } from "@/lib/clearance/mutations";
import { storedDecisionSchema } from "./schema";

/** One logged decision as lists and exports show it: names resolved, the stored breakdown summarized. */
export type DecisionRow = {
  seq: number;
  askedAt: Date;
  askedByLabel: string;
  source: DecisionSource;
  personId: string;
  personName: string;
  employeeId: string | null;
  taskId: string;
  taskName: string;
  locationId: string;
  locationName: string;
  timeZone: string;
  moment: Date;
  answer: Answer;
  reason: string;
  factors: Partial<Record<FactorKey, FactorStatus>>;
  engineVersion: string;
};

const FACTOR_KEYS: readonly FactorKey[] = ["state_law", "employer_policy", "training", "supervision"];

/**
 * The stored breakdown's reason and factor statuses, read defensively: a row written by another
 * engine version may lack them, and a list must still show the row.
 */
export function summarize(breakdown: unknown): { reason: string; factors: DecisionRow["factors"] } {
  const b = (typeof breakdown === "object" && breakdown !== null ? breakdown : {}) as { reason?: unknown; factors?: unknown };
  const factors: DecisionRow["factors"] = {};
  if (Array.isArray(b.factors)) {
    for (const f of b.factors as { key?: unknown; status?: unknown }[]) {
      if (FACTOR_KEYS.includes(f?.key as FactorKey) && typeof f.status === "string") factors[f.key as FactorKey] = f.status as FactorStatus;
    }
  }
  return { reason: typeof b.reason === "string" ? b.reason : "", factors };
}

/** The stored breakdown as the engine's decision, when it has that shape; null otherwise. */
export function storedDecision(breakdown: unknown): Decision | null {
  const parsed = storedDecisionSchema.safeParse(breakdown);
  return parsed.success ? parsed.data : null;
}

export const DECISION_CSV_HEADER = [
  "seq",
  "asked_at_utc",
  "asked_by",
  "source",
  "person",
  "person_id",
  "employee_id",
  "location",
  "location_id",
  "task",
  "task_id",
  "moment_utc",
  "answer",
  "reason",
  ...FACTOR_KEYS,
  "engine_version",
] as const;

export function decisionCsvRow(row: DecisionRow): unknown[] {
  return [
    row.seq,
    row.askedAt.toISOString(),
    row.askedByLabel,
    row.source,
    row.personName,
    row.personId,
    row.employeeId,
    row.locationName,
    row.locationId,
    row.taskName,
    row.taskId,
    row.moment.toISOString(),
    row.answer,
    row.reason,
    ...FACTOR_KEYS.map((k) => row.factors[k] ?? ""),
    row.engineVersion,
  ];
}
