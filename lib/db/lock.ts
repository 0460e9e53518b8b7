import type { Tx } from "./client";

/**
 * Serializes transactions that decide on the same thing (one rule per state and task, one check-in
 * state per provider and location): a transaction-scoped advisory lock on a name, released at
 * commit or rollback.
 */
export async function lockFor(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key})::bigint)`;
}
