import { EXCEPTION, PRESENCE, SUPERVISOR, ARRANGEMENT, decode } from "./facts-sql";
import type { FactsRow } from "./facts-row";

/**
 * When a load of live facts (as known now) may answer again, later, without asking the database:
 * the rules the loader's cache (lib/clearance/data.ts, `loadLiveFacts`) follows. A stored load
 * gives exactly the row the statement would return now, or it is not used; there is no "close
 * enough", since a stale answer could say "cleared" after a revocation.
 *
 * The database keeps a stamp (the facts_generation migration): a generation that goes up with every
 * committed change to a table the statement reads, and the latest record time among those rows. A
 * load made as known at `knownAt`, for moments `from` to `until`, gives the row a new load would
 * give, as known at any later instant and for any moment within its span, while the generation is
 * the one read before it was made and nothing on record is later than `knownAt` (record times are
 * the only way time alone changes what the statement selects, and the retirement of tasks is worked
 * out per moment by facts-row.ts). Exceptions and check-ins, which the statement selects for the
 * moments asked, are narrowed to those moments by `narrowed` below, exactly as the statement does.
 */
/** `latestRecordedMs`: epoch milliseconds, -Infinity while nothing is on record. */
export type FactsStamp = { generation: string; latestRecordedMs: number };
export type StoredLoad = { stamp: FactsStamp; knownAt: Date; from: Date; until: Date; row: FactsRow };

/** How far past the moment asked a live load reaches: the next minutes' questions share it. */
export const LIVE_SPAN_MS = 10 * 60_000;

/** Whether `stamp` allows storing a load made as known at `knownAt`. */
export function storable(stamp: FactsStamp, knownAt: Date): boolean {
  return stamp.latestRecordedMs <= knownAt.getTime();
}

export function serves(load: StoredLoad, stamp: FactsStamp, moment: Date, until: Date, knownAt: Date): boolean {
  return (
    load.stamp.generation === stamp.generation &&
    storable(stamp, load.knownAt) &&
    knownAt.getTime() >= load.knownAt.getTime() &&
    moment.getTime() >= load.from.getTime() &&
    until.getTime() <= load.until.getTime()
  );
}

/**
 * The stored row as the statement would give it for exceptions and check-ins between `low` and
 * `high` (what it selects for a question: a day either side of its moments): the exception
 * lineages with a version overlapping them, every version of each; the check-ins within; and the
 * supervisors those and the arrangements name. Orders are kept.
 */
export function narrowed(row: FactsRow, low: Date, high: Date): FactsRow {
  const lo = low.getTime();
  const hi = high.getTime();
  const time = (value: unknown) => new Date(value as string).getTime();
  const exceptions = row.exceptions.map((values) => ({ values, item: decode(EXCEPTION, values) }));
  const overlapping = new Set(exceptions.filter(({ item }) => time(item.effectiveTo) > lo && time(item.effectiveFrom) < hi).map(({ item }) => item.lineageId));
  const kept = exceptions.filter(({ item }) => overlapping.has(item.lineageId));
  const named = new Set<unknown>([
    ...row.arrangements.map((values) => decode(ARRANGEMENT, values).supervisorId),
    ...kept.filter(({ item }) => item.kind === "extra_session").map(({ item }) => item.providerId),
  ]);
  return {
    ...row,
    exceptions: kept.map(({ values }) => values),
    presence: row.presence.filter((values) => {
      const at = time(decode(PRESENCE, values).at);
      return at >= lo && at < hi;
    }),
    supervisors: row.supervisors.filter((values) => named.has(decode(SUPERVISOR, values).id)),
  };
}
