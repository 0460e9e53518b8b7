import { appendAuditEvent, SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { prisma as appDatabase } from "@/lib/db/client";
import { retentionCutoffs, type RetentionSettings } from "./retention";

export type RetentionResult = { checksBefore: Date; viewsBefore: Date; deleted: { checks: number; views: number; breakdowns: number } };

/**
 * Removes what is past its retention from the decision log, through the database's
 * `decision_log_retention` (the only way rows leave the log: the app role holds no DELETE on it),
 * and records the cut-offs and the counts in the audit trail in the same transaction, so a removal
 * that is not audited does not happen. `db` is the app's database unless a test names another
 * connection (the least-privilege role's).
 */
export async function applyRetention(settings: RetentionSettings, now: Date, db: typeof appDatabase = appDatabase): Promise<RetentionResult> {
  const { checksBefore, viewsBefore } = retentionCutoffs(settings, now);
  return db.$transaction(async (tx) => {
    const [counts] = await tx.$queryRaw<{ checks: bigint; views: bigint; breakdowns: bigint }[]>`
      SELECT checks, views, breakdowns FROM decision_log_retention(${checksBefore}::timestamptz, ${viewsBefore}::timestamptz)`;
    const deleted = { checks: Number(counts!.checks), views: Number(counts!.views), breakdowns: Number(counts!.breakdowns) };
    await appendAuditEvent(tx, SYSTEM_CONTEXT, {
      action: "decision_log.retention",
      entityType: "DecisionLog",
      after: { checksBefore: checksBefore.toISOString(), viewsBefore: viewsBefore.toISOString(), retainDays: settings, deleted },
    });
    return { checksBefore, viewsBefore, deleted };
  });
}
