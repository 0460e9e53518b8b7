import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { say } from "@/lib/i18n/said";
import { standing, type Version } from "./governing";

/**
 * An edit of a versioned fact, as an editor submits it: the lineage, the newest version the editor
 * saw (optimistic concurrency) and, for "correct this version", the version it replaces. Without
 * `corrects` the edit is "change from date D": a new version from its own effectiveFrom, leaving the
 * versions before it in force for the time before D.
 */
export type VersionEdit = { lineageId: string; version: number; corrects: number | null };

export type NextVersion = { version: number; supersedes: number | null };

/**
 * The number and the replaced version of an edit's new version, or why it cannot be saved: another
 * edit came first (STALE), or the version to correct was already corrected (REFUSED). Pure: the
 * mutation passes every version of the lineage on record.
 */
export function nextVersion(versions: readonly Version[], edit: Pick<VersionEdit, "version" | "corrects">, now: Date): Outcome<NextVersion> | "stale" {
  const newest = versions.reduce((max, v) => Math.max(max, v.version), 0);
  if (newest === 0) return fail("NOT_FOUND");
  if (newest !== edit.version) return "stale";
  if (edit.corrects !== null) {
    if (!versions.some((v) => v.version === edit.corrects)) return fail("NOT_FOUND");
    if (!standing(versions, now).some((v) => v.version === edit.corrects)) {
      return fail("REFUSED", say("version.outcome.alreadyCorrected", { version: edit.corrects }));
    }
  }
  return ok({ version: newest + 1, supersedes: edit.corrects });
}
