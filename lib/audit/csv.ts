import { canonicalJson } from "@/lib/json/canonical";
import type { ChainedEvent } from "./chain";

/**
 * The audit-events CSV. Each row carries exactly what the event's hash covers (the instant in ISO
 * 8601 UTC, before and after as canonical JSON) plus its links, so an export of the whole trail can
 * be re-verified outside Cleared. The description, last so that the hashed columns keep their
 * places, is the event's sentence as the audit trail shows it; no hash covers it.
 */
export const AUDIT_CSV_HEADER = ["seq", "occurred_at_utc", "actor", "actor_user_id", "action", "entity_type", "entity_id", "person_id", "location_id", "ip", "user_agent", "before", "after", "prev_hash", "hash", "description"] as const;

export async function* auditCsvRows(events: AsyncIterable<ChainedEvent & { description: string }>): AsyncGenerator<readonly unknown[]> {
  for await (const e of events) {
    yield [e.seq, e.occurredAt, e.actorLabel, e.actorUserId, e.action, e.entityType, e.entityId, e.personId, e.locationId, e.ip, e.userAgent, e.before === null ? null : canonicalJson(e.before, "property"), e.after === null ? null : canonicalJson(e.after, "property"), e.prevHash, e.hash, e.description];
  }
}
