import { createHash } from "node:crypto";
import { canonicalJson, describeBreak, GENESIS_HASH, type ChainBreak, type ChainCheck } from "./chain";
import { HEAD_FORMAT, headStatementSchema, type HeadStatement } from "./schema";

/**
 * The chain head kept outside the database, and the check of today's trail against it. Pure.
 *
 * Verifying the chain from genesis catches an edit, a deletion or an insertion made behind the
 * triggers, but not a rewrite by someone who recomputes every hash afterwards (a database superuser
 * can), nor a truncated tail. A head saved earlier catches both: the event it names must still be
 * there with the same hash, which covers every event before it.
 */

/** SHA-256 of the canonical JSON of every field but `statementSha256` itself. */
export function statementDigest(fields: Record<string, unknown>): string {
  const { statementSha256: _ignored, ...covered } = fields;
  return createHash("sha256").update(canonicalJson(covered)).digest("hex");
}

export function headStatement(input: { organization: { id: string; name: string }; check: ChainCheck; generatedAt: Date; generatedBy: string }): HeadStatement {
  const fields = {
    format: HEAD_FORMAT,
    organization: input.organization,
    lastSeq: input.check.headSeq ?? 0,
    count: input.check.count,
    headHash: input.check.headHash,
    generatedAt: input.generatedAt.toISOString(),
    generatedBy: input.generatedBy,
  } as const;
  return { ...fields, statementSha256: statementDigest(fields) };
}

export type ReadStatement = { kind: "invalid"; message: string } | { kind: "altered" } | { kind: "statement"; statement: HeadStatement };

/**
 * Reads a saved statement. The digest is checked before the shape, so an edit that also breaks a
 * field (a count typed as text) reads as "altered", which is what happened, not as "invalid".
 */
export function readHeadStatement(text: string): ReadStatement {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: "invalid", message: "This is not JSON: use the whole file exported with “Export chain head”." };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw) || (raw as { format?: unknown }).format !== HEAD_FORMAT) {
    return { kind: "invalid", message: `This is not an audit head statement (its "format" is not "${HEAD_FORMAT}").` };
  }
  const fields = raw as Record<string, unknown>;
  if (fields.statementSha256 !== statementDigest(fields)) return { kind: "altered" };
  const parsed = headStatementSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: "invalid", message: `This statement's fields are not valid (${issue?.path.join(".") || "statement"}: ${issue?.message}).` };
  }
  return { kind: "statement", statement: parsed.data };
}

/** The trail as it is now: the chain walked from genesis, and what stands at the saved head's place. */
export type CurrentTrail = {
  organizationId: string;
  check: ChainCheck;
  /** The hash of the event numbered `lastSeq` (null when it is gone), and how many events go up to it. */
  atLastSeq: { hash: string | null; countUpTo: number };
};

export type HeadComparison =
  | { status: "statement_altered" }
  | { status: "other_organization"; organization: string }
  | { status: "chain_broken"; firstBreak: ChainBreak; count: number }
  | { status: "rewritten"; lastSeq: number; reason: "missing" | "hash_differs" | "count_differs"; savedCount: number; countUpTo: number }
  | { status: "matches"; count: number; lastSeq: number; appended: number };

export function compareHead(statement: HeadStatement, current: CurrentTrail): HeadComparison {
  if (statement.organization.id !== current.organizationId) return { status: "other_organization", organization: statement.organization.name };
  if (current.check.firstBreak) return { status: "chain_broken", firstBreak: current.check.firstBreak, count: current.check.count };
  const { lastSeq, count: savedCount } = statement;
  const { countUpTo } = current.atLastSeq;
  // Before the first event the head is the genesis hash, which no row holds.
  const hash = lastSeq === 0 ? GENESIS_HASH : current.atLastSeq.hash;
  const rewritten = (reason: "missing" | "hash_differs" | "count_differs") => ({ status: "rewritten", lastSeq, reason, savedCount, countUpTo }) as const;
  if (hash === null) return rewritten("missing");
  if (hash !== statement.headHash) return rewritten("hash_differs");
  if (countUpTo !== savedCount) return rewritten("count_differs");
  return { status: "matches", count: savedCount, lastSeq, appended: current.check.count - countUpTo };
}

export type HeadReport = { matches: boolean; status: HeadComparison["status"]; title: string; detail: string };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** In words, for the audit page and `npm run audit:verify -- --head`. */
export function describeHeadComparison(comparison: HeadComparison): HeadReport {
  const report = (title: string, detail: string): HeadReport => ({ matches: comparison.status === "matches", status: comparison.status, title, detail });
  switch (comparison.status) {
    case "statement_altered":
      return report("This statement was altered", "Its statementSha256 does not match its content, so it was edited after it was exported. Check against an unaltered copy.");
    case "other_organization":
      return report("This statement is from another organization", `It was exported from the audit trail of ${comparison.organization}.`);
    case "chain_broken":
      return report(`The chain no longer verifies: broken at event #${comparison.firstBreak.seq}`, `${describeBreak(comparison.firstBreak)} ${plural(comparison.count, "event")} checked.`);
    case "rewritten": {
      const why = {
        missing: `Event #${comparison.lastSeq}, the saved head, no longer exists.`,
        hash_differs: `Every link verifies, but event #${comparison.lastSeq} no longer has the saved head hash: events up to it were changed and the hashes recomputed.`,
        count_differs: `The saved head counted ${plural(comparison.savedCount, "event")} up to #${comparison.lastSeq}; ${comparison.countUpTo} are there now.`,
      }[comparison.reason];
      return report("The trail was rewritten or truncated since this head was saved", why);
    }
    case "matches":
      return report(
        `Matches: ${plural(comparison.count, "event")} up to #${comparison.lastSeq} unchanged`,
        `${plural(comparison.appended, "event")} appended since the head was saved.`,
      );
  }
}
