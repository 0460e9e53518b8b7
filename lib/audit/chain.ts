import { createHash } from "node:crypto";
import { canonicalJson } from "@/lib/json/canonical";

/**
 * The audit trail's hash chain. Each event's hash covers its canonical content and the previous
 * event's hash, so editing, removing or inserting any event breaks every link after it. Pure: the
 * writer and the verifier share it, and nothing here touches the database.
 */
export const GENESIS_HASH = "0".repeat(64);

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The fields an event's hash covers: everything except its sequence number and the hash itself. */
export type ChainedContent = {
  occurredAt: Date;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  locationId: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  ip: string | null;
  userAgent: string | null;
};

export type ChainedEvent = ChainedContent & { seq: number; prevHash: string; hash: string };

/** What a value becomes once stored as JSON and read back: the form the hash must be taken over. */
export function toJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "null");
}


export function hashEvent(prevHash: string, c: ChainedContent): string {
  // Fields listed one by one: a caller passing a whole stored row must not add seq or hash to it.
  const canonical = canonicalJson({
    occurredAt: c.occurredAt.toISOString(),
    actorUserId: c.actorUserId,
    actorLabel: c.actorLabel,
    action: c.action,
    entityType: c.entityType,
    entityId: c.entityId,
    personId: c.personId,
    locationId: c.locationId,
    before: c.before,
    after: c.after,
    ip: c.ip,
    userAgent: c.userAgent,
  }, "property");
  return createHash("sha256").update(prevHash).update("\n").update(canonical).digest("hex");
}

export type ChainBreak = { seq: number; reason: "prev_hash_mismatch" | "hash_mismatch" };

export type ChainCheck = { count: number; headHash: string; headSeq: number | null; firstBreak: ChainBreak | null };

/**
 * Checks events in sequence order, a batch at a time, so arbitrarily long chains verify in bounded
 * memory. Feed every batch to `check`, then read `result()`.
 */
export function chainVerifier() {
  let count = 0;
  let headHash = GENESIS_HASH;
  let headSeq: number | null = null;
  let firstBreak: ChainBreak | null = null;
  return {
    check(events: readonly ChainedEvent[]) {
      for (const event of events) {
        count++;
        if (!firstBreak) {
          if (event.prevHash !== headHash) firstBreak = { seq: event.seq, reason: "prev_hash_mismatch" };
          else if (hashEvent(event.prevHash, event) !== event.hash) firstBreak = { seq: event.seq, reason: "hash_mismatch" };
        }
        headHash = event.hash;
        headSeq = event.seq;
      }
    },
    result(): ChainCheck {
      return { count, headHash, headSeq, firstBreak };
    },
  };
}

export function verifyChain(events: readonly ChainedEvent[]): ChainCheck {
  const verifier = chainVerifier();
  verifier.check(events);
  return verifier.result();
}

/** What a broken link means, in words for the audit page and the command line. */
export function describeBreak(firstBreak: ChainBreak): string {
  return firstBreak.reason === "prev_hash_mismatch"
    ? `Event #${firstBreak.seq} does not link to the event before it: an event was removed or inserted.`
    : `Event #${firstBreak.seq} does not match its hash: it was edited.`;
}
