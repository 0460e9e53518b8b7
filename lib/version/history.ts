import { standing, timeline, type Version } from "./governing";

/** How one version stands in its lineage's history, as known at a moment: what history pages show. */
export type VersionStanding = {
  version: number;
  /** The version that corrected (replaced) this one, if any. */
  correctedBy: number | null;
  /** The span of valid time this version governs, or null when a later one with the same start, a correction, or its own end left it none. */
  governs: { from: string; to: string | null } | null;
};

export function versionStandings(versions: readonly Version[], knownAt: Date): Map<number, VersionStanding> {
  const spans = new Map(timeline(versions, knownAt).map((s) => [s.version.version, { from: s.from, to: s.to }]));
  const live = new Set(standing(versions, knownAt).map((v) => v.version));
  const result = new Map<number, VersionStanding>();
  for (const v of versions) {
    const correctedBy = live.has(v.version) ? null : (versions.find((c) => c.supersedes === v.version && c.recordedAt <= knownAt)?.version ?? null);
    result.set(v.version, { version: v.version, correctedBy, governs: spans.get(v.version) ?? null });
  }
  return result;
}
