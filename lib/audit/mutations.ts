import { prisma, type Tx } from "@/lib/db/client";
import { say } from "@/lib/i18n/said";
import { GENESIS_HASH, hashEvent, toJson, type ChainedContent } from "./chain";
import type { AuditAction } from "./wording";

/** Who is acting and from where; passed down from the request, never read from headers here. */
export type AuditContext = {
  actorUserId: string | null;
  actorLabel: string;
  ip: string | null;
  userAgent: string | null;
};

export const SYSTEM_CONTEXT: AuditContext = { actorUserId: null, actorLabel: "system", ip: null, userAgent: null };

export type AuditEntry = {
  /** Typed by the wording table, so that every code written has a label and a sentence. */
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  personId?: string | null;
  locationId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Serializes appends across every process: two writers reading the same head would fork the chain.
const AUDIT_CHAIN_LOCK_KEY = 4_208_310_772;

/**
 * Appends events to the hash chain inside the caller's transaction, so they commit if and only if
 * the change they describe commits. Up to a thousand events cost three statements: the lock, the
 * chain head, and one insert (seq is assigned in the order of the rows, which is the chain order).
 * The lock is held until the caller commits, so a long transaction should append last.
 */
export async function appendAuditEvents(tx: Tx, context: AuditContext, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY}::bigint)`;
  const head = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { hash: true } });
  let prevHash = head?.hash ?? GENESIS_HASH;
  const occurredAt = new Date();
  const rows = entries.map((entry) => {
    const content: ChainedContent = {
      occurredAt,
      actorUserId: context.actorUserId,
      actorLabel: context.actorLabel,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      personId: entry.personId ?? null,
      locationId: entry.locationId ?? null,
      before: entry.before === undefined ? null : toJson(entry.before),
      after: entry.after === undefined ? null : toJson(entry.after),
      ip: context.ip,
      userAgent: context.userAgent,
    };
    const hash = hashEvent(prevHash, content);
    const row = { ...content, before: content.before ?? undefined, after: content.after ?? undefined, prevHash, hash };
    prevHash = hash;
    return row;
  });
  // An import's thousands of events in inserts of a bounded size (PostgreSQL takes at most 65,535
  // parameters in a statement); still under the one lock, so the chain stays in order.
  for (let i = 0; i < rows.length; i += INSERT_BATCH) await tx.auditEvent.createMany({ data: rows.slice(i, i + INSERT_BATCH) });
}

const INSERT_BATCH = 1_000;

export function appendAuditEvent(tx: Tx, context: AuditContext, entry: AuditEntry): Promise<void> {
  return appendAuditEvents(tx, context, [entry]);
}

/** An event that stands alone (a refused access, an export): its own transaction. */
export async function recordAuditEvent(context: AuditContext, entry: AuditEntry): Promise<void> {
  await prisma.$transaction((tx) => appendAuditEvent(tx, context, entry));
}

/**
 * "Changed by X at HH:MM": who last changed a record, for the message a person sees when their form
 * was based on an older version. Read from the audit trail inside the writer's transaction.
 * Said (lib/i18n/said.ts): the action that answers the form words it for its reader.
 */
export async function staleMessage(tx: Tx, entityType: string, entityId: string, timeZone: string): Promise<string> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId },
    orderBy: { seq: "desc" },
    select: { actorLabel: true, occurredAt: true },
  });
  if (!last) return say("audit.said.stale.unknown");
  const time = new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false, timeZoneName: "short" }).format(last.occurredAt);
  return say("audit.said.stale.by", { actor: last.actorLabel, time });
}
