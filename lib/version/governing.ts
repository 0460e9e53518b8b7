/**
 * Which version of a fact governs: the one rule every reader of versioned facts uses (the engine,
 * the loader, reports, editors and history pages). Pure.
 *
 * Every version has a valid time, chosen by the person entering it (`effectiveFrom`, and optionally
 * `effectiveTo`, end exclusive), and a record time set by the system (`recordedAt`). Valid times
 * are ISO strings that sort as they compare: calendar dates ("2026-03-01", read on the location's
 * calendar) or instants ("2026-03-01T08:00:00.000Z"), one kind per lineage.
 *
 * The version governing moment M as known at K:
 * 1. only versions recorded by K count;
 * 2. a correction replaces the version it names (`supersedes`) as a whole, from when it was
 *    recorded: a replaced version no longer counts, whatever its dates;
 * 3. among the rest, the one with the greatest effectiveFrom <= M governs; a tie goes to the one
 *    recorded later (then to the higher version number, so the answer never depends on row order);
 * 4. if it has an effectiveTo and M is at or after it, nothing governs: the lineage has ended.
 *
 * So "change from date D" is a new version effective from D, and the versions before it still
 * govern the time before D; "correct this version" is a new version that supersedes it.
 */
export type Version = {
  version: number;
  /** The version number this one corrects, or null for a change from its effectiveFrom. */
  supersedes: number | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  recordedAt: Date;
};

/** The versions of one lineage still standing as known at K: recorded by then and not corrected by then. */
export function standing<V extends Version>(versions: readonly V[], knownAt: Date): V[] {
  const known = versions.filter((v) => v.recordedAt.getTime() <= knownAt.getTime());
  const replaced = new Set<number>();
  for (const v of known) if (v.supersedes !== null) replaced.add(v.supersedes);
  return known.filter((v) => !replaced.has(v.version));
}

/** Later in the order that breaks ties between versions with the same effectiveFrom. */
function later(a: Version, b: Version): boolean {
  if (a.effectiveFrom !== b.effectiveFrom) return a.effectiveFrom > b.effectiveFrom;
  const ra = a.recordedAt.getTime();
  const rb = b.recordedAt.getTime();
  if (ra !== rb) return ra > rb;
  return a.version > b.version;
}

/**
 * A lineage as known at K, ready to answer many moments: its standing versions, latest first in
 * the order of the rule. Deciding every task at many moments asks the same lineages again and again;
 * this does the record-time part once.
 */
export type Prepared<V extends Version> = readonly V[];

export function prepare<V extends Version>(versions: readonly V[], knownAt: Date): Prepared<V> {
  return standing(versions, knownAt).sort((a, b) => (later(a, b) ? -1 : later(b, a) ? 1 : 0));
}

/** The version of a prepared lineage governing `at`, or null. */
export function governingIn<V extends Version>(prepared: Prepared<V>, at: string): V | null {
  for (const v of prepared) {
    if (v.effectiveFrom > at) continue;
    return v.effectiveTo !== null && at >= v.effectiveTo ? null : v;
  }
  return null;
}

/** The version of one lineage governing `at` as known at `knownAt`, or null. */
export function governing<V extends Version>(versions: readonly V[], at: string, knownAt: Date): V | null {
  return governingIn(prepare(versions, knownAt), at);
}

/** Versions grouped by lineage, in the order lineages first appear. */
export function byLineage<V>(versions: readonly V[], lineageOf: (v: V) => string): V[][] {
  const groups = new Map<string, V[]>();
  for (const v of versions) {
    const key = lineageOf(v);
    const list = groups.get(key);
    if (list) list.push(v);
    else groups.set(key, [v]);
  }
  return [...groups.values()];
}

/** The governing version of each lineage at `at` as known at `knownAt` (lineages with none are left out). */
export function governingEach<V extends Version>(lineages: readonly (readonly V[])[], at: string, knownAt: Date): V[] {
  return governingEachIn(lineages.map((versions) => prepare(versions, knownAt)), at);
}

/** `governingEach` over prepared lineages. */
export function governingEachIn<V extends Version>(lineages: readonly Prepared<V>[], at: string): V[] {
  const result: V[] = [];
  for (const prepared of lineages) {
    const v = governingIn(prepared, at);
    if (v) result.push(v);
  }
  return result;
}

/**
 * A lineage's timeline as known at K: each standing version with the span it governs (from its
 * effectiveFrom to the next standing version's, or its own end), in valid-time order. What history
 * pages show, and what `governing` answers for any moment inside a span.
 */
export function timeline<V extends Version>(versions: readonly V[], knownAt: Date): { version: V; from: string; to: string | null }[] {
  const sorted = [...prepare(versions, knownAt)].reverse();
  // Of versions sharing an effectiveFrom, only the latest governs.
  const effective = sorted.filter((v, i) => sorted[i + 1]?.effectiveFrom !== v.effectiveFrom);
  const spans: { version: V; from: string; to: string | null }[] = [];
  for (const [i, v] of effective.entries()) {
    const next = effective[i + 1]?.effectiveFrom ?? null;
    const end = v.effectiveTo !== null && (next === null || v.effectiveTo < next) ? v.effectiveTo : next;
    if (end !== null && end <= v.effectiveFrom) continue;
    spans.push({ version: v, from: v.effectiveFrom, to: end });
  }
  return spans;
}
