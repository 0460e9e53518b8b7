import { reachableLocations, type Actor } from "@/lib/access/policy";
import type { Answer } from "@/lib/clearance/decide";
import type { DecisionSource } from "@/lib/clearance/mutations";
import { endOfLocalDay, startOfLocalDay } from "@/lib/time/zoned";
import type { DecisionQuery } from "./schema";

/** What the decision log is narrowed to; every field optional but the locations in reach. */
export type DecisionFilter = {
  /** Null: every location (organization-wide reach, none chosen); otherwise only these. */
  locationIds: readonly string[] | null;
  person?: string;
  taskId?: string;
  answer?: Answer;
  source?: DecisionSource;
  /** Asked at or after. */
  askedFrom?: Date;
  /** Asked before (exclusive). */
  askedBefore?: Date;
};

/**
 * The filter a parsed query names, within the locations the guard granted; days are read on the
 * organization's clock, both inclusive. Only organization-wide reach with no location chosen reads
 * every location, so decisions at locations since deactivated (not offered by the guard) stay visible.
 */
export function decisionFilter(query: DecisionQuery, actor: Actor, granted: readonly { id: string }[], timeZone: string): DecisionFilter {
  const everywhere = !query.location && reachableLocations(actor, "report.read") === "all";
  return {
    locationIds: everywhere ? null : granted.map((l) => l.id),
    ...(query.person ? { person: query.person } : {}),
    ...(query.task ? { taskId: query.task } : {}),
    ...(query.answer ? { answer: query.answer } : {}),
    ...(query.source ? { source: query.source } : {}),
    ...(query.from ? { askedFrom: startOfLocalDay(query.from, timeZone) } : {}),
    ...(query.to ? { askedBefore: endOfLocalDay(query.to, timeZone) } : {}),
  };
}

/** The filters as the export's audit event records them (dates as instants, no cursors). */
export function filterRecord(filter: DecisionFilter): Record<string, unknown> {
  return { ...filter, askedFrom: filter.askedFrom?.toISOString(), askedBefore: filter.askedBefore?.toISOString() };
}
