import type { Tx } from "@/lib/db/client";

/**
 * "Changed by X at HH:MM": who last changed a record, for the message a person sees when their form
 * was based on an older version. Read from the audit trail inside the writer's transaction.
 */
export async function staleMessage(tx: Tx, entityType: string, entityId: string, timeZone: string): Promise<string> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId },
    orderBy: { seq: "desc" },
    select: { actorLabel: true, occurredAt: true },
  });
  if (!last) return "This record was changed while you were editing it. Review the current values and retry.";
  const time = new Intl.DateTimeFormat("en-US", { timeZone, hour: "2-digit", minute: "2-digit", hour12: false, timeZoneName: "short" }).format(last.occurredAt);
  return `This record was changed by ${last.actorLabel} at ${time} while you were editing it. Review the current values and retry; your input is kept below.`;
}
