import { createHash } from "node:crypto";
import type { Decision } from "@/lib/clearance/decide";
import { canonicalJson } from "@/lib/json/canonical";

/**
 * The decision log stores each breakdown shown once: the engine's `Decision` without its request
 * (person, task, location and moment, which are the log row's own columns and the only part of a
 * decision that is about one view rather than what was found), keyed by the SHA-256 of its
 * canonical JSON. A row and its breakdown recombine to the Decision that was shown, identical
 * value for value and in the key order the log used to store it in (jsonb's), so the decision page
 * prints the same JSON as before.
 */
export type SharedBreakdown = { hash: string; engineVersion: string; breakdown: Omit<Decision, "request"> };

export type LoggedRequest = { personId: string; taskId: string; locationId: string; moment: Date };

/** The key: SHA-256 of the canonical JSON, which the migration's `decision_canonical_json` writes the same for the same value (tests check both agree). */
export const breakdownHash = (breakdown: unknown): string => createHash("sha256").update(canonicalJson(breakdown), "utf8").digest("hex");

/** The part of a decision that many views share, with its key. */
export function sharedBreakdown(decision: Decision): SharedBreakdown {
  // The canonical form is written as JSON would store it, so what is hashed is what the database keeps.
  const { request: _request, ...breakdown } = decision;
  return { hash: breakdownHash(breakdown), engineVersion: decision.engineVersion, breakdown };
}

/** jsonb's key order: shorter keys first, then by bytes. */
function jsonbOrdered(entries: [string, unknown][]): Record<string, unknown> {
  const bytes = (k: string) => Buffer.from(k, "utf8");
  entries.sort(([a], [b]) => bytes(a).length - bytes(b).length || Buffer.compare(bytes(a), bytes(b)));
  return Object.fromEntries(entries);
}

/**
 * The decision as it was shown, from the log row and its stored breakdown. A breakdown that kept
 * its own request (moved from before the split when its request differed from the row's columns,
 * or not an object at all) is shown as it was stored.
 */
export function recombine(row: LoggedRequest, breakdown: unknown): unknown {
  if (typeof breakdown !== "object" || breakdown === null || Array.isArray(breakdown) || "request" in breakdown) return breakdown;
  const request = jsonbOrdered([
    ["personId", row.personId],
    ["taskId", row.taskId],
    ["locationId", row.locationId],
    ["moment", row.moment.toISOString()],
  ]);
  return jsonbOrdered([...Object.entries(breakdown), ["request", request]]);
}
