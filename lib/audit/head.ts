import { createHash } from "node:crypto";
import { say } from "@/lib/i18n/said";
import { canonicalJson } from "@/lib/json/canonical";
import { GENESIS_HASH, type ChainBreak, type ChainCheck } from "./chain";
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
  return createHash("sha256").update(canonicalJson(covered, "property")).digest("hex");
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
    return { kind: "invalid", message: say("audit.said.statement.notJson") };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw) || (raw as { format?: unknown }).format !== HEAD_FORMAT) {
    return { kind: "invalid", message: say("audit.said.statement.notStatement", { format: HEAD_FORMAT }) };
  }
  const fields = raw as Record<string, unknown>;
  if (fields.statementSha256 !== statementDigest(fields)) return { kind: "altered" };
  const parsed = headStatementSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The issue's message is said (or zod's own English): an argument, so that it is worded with the rest.
    return { kind: "invalid", message: say("audit.said.statement.invalidFields", { path: issue?.path.join(".") || "statement", issue: issue?.message ?? "" }) };
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

/** Title and detail are said (lib/i18n/said.ts): the audit page words them for its reader, the command line in English. */
export type HeadReport = { matches: boolean; status: HeadComparison["status"]; title: string; detail: string };

// Sequence numbers as text: an event number is a name, not an amount to group by thousands.
const seq = (n: number) => String(n);

/** In words, for the audit page and `npm run audit:verify -- --head`. */
export function describeHeadComparison(comparison: HeadComparison): HeadReport {
  const report = (title: string, detail: string): HeadReport => ({ matches: comparison.status === "matches", status: comparison.status, title, detail });
  switch (comparison.status) {
    case "statement_altered":
      return report(say("audit.said.head.alteredTitle"), say("audit.said.head.alteredDetail"));
    case "other_organization":
      return report(say("audit.said.head.otherOrganizationTitle"), say("audit.said.head.otherOrganizationDetail", { organization: comparison.organization }));
    case "chain_broken": {
      const at = seq(comparison.firstBreak.seq);
      const why = say(`audit.chain.breaks.${comparison.firstBreak.reason}`, { seq: at });
      return report(say("audit.said.head.brokenTitle", { seq: at }), say("audit.said.head.brokenDetail", { break: why, count: comparison.count }));
    }
    case "rewritten": {
      const at = seq(comparison.lastSeq);
      const why = {
        missing: say("audit.said.head.missing", { seq: at }),
        hash_differs: say("audit.said.head.hashDiffers", { seq: at }),
        count_differs: say("audit.said.head.countDiffers", { count: comparison.savedCount, seq: at, countUpTo: comparison.countUpTo }),
      }[comparison.reason];
      return report(say("audit.said.head.rewrittenTitle"), why);
    }
    case "matches":
      return report(say("audit.said.head.matchesTitle", { count: comparison.count, seq: seq(comparison.lastSeq) }), say("audit.said.head.matchesDetail", { count: comparison.appended }));
  }
}
