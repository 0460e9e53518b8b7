import "server-only";
import { prisma } from "@/lib/db/client";
import { chainVerifier, type ChainCheck, type ChainedEvent, type JsonValue } from "./chain";

const BATCH = 2_000;

/** Walks the whole trail in sequence order, a batch at a time, recomputing every link. */
export async function verifyAuditChain(): Promise<ChainCheck> {
  const verifier = chainVerifier();
  let after = 0;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: BATCH });
    if (rows.length === 0) break;
    verifier.check(rows.map((row): ChainedEvent => ({ ...row, before: row.before as JsonValue, after: row.after as JsonValue })));
    after = rows[rows.length - 1]!.seq;
  }
  return verifier.result();
}

export type AuditEventView = {
  seq: number;
  occurredAt: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  ip: string | null;
};

export async function recentAuditEvents(filter: { personId?: string; limit?: number } = {}): Promise<AuditEventView[]> {
  const rows = await prisma.auditEvent.findMany({
    where: filter.personId ? { personId: filter.personId } : {},
    orderBy: { seq: "desc" },
    take: Math.min(filter.limit ?? 50, 500),
    select: { seq: true, occurredAt: true, actorLabel: true, action: true, entityType: true, entityId: true, before: true, after: true, ip: true },
  });
  return rows.map((r) => ({ ...r, occurredAt: r.occurredAt.toISOString(), before: r.before as JsonValue, after: r.after as JsonValue }));
}
