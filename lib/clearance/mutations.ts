import { prisma as appDatabase } from "@/lib/db/client";
import type { AuditContext } from "@/lib/audit/mutations";
import { sharedBreakdown } from "@/lib/decision/breakdown";
import type { Decision } from "./decide";

export type DecisionSource = "check" | "overview" | "api";

/**
 * Writes what the system said, as it was shown, to the append-only decision log: each breakdown
 * once (one already stored is skipped: ON CONFLICT DO NOTHING) and a small row per answer naming
 * it. One statement for any number of answers, as before the split (the breakdowns are inserted in
 * a WITH clause; the foreign key is checked at the end of the statement, so it sees them). Being
 * one statement, it is one transaction: retention, which locks the breakdowns against inserts
 * before it removes those no row shows, can never remove one between its insert and the rows that
 * show it. `db` is the app's database unless a test names another connection (the least-privilege
 * role's).
 */
export async function logDecisions(context: AuditContext, decisions: readonly Decision[], source: DecisionSource, db: typeof appDatabase = appDatabase): Promise<void> {
  if (decisions.length === 0) return;
  const shared = decisions.map(sharedBreakdown);
  const breakdowns = [...new Map(shared.map((s) => [s.hash, s])).values()];
  const rows = decisions.map((d, i) => ({
    personId: d.request.personId,
    taskId: d.request.taskId,
    locationId: d.request.locationId,
    moment: new Date(d.request.moment).toISOString(),
    answer: d.answer,
    breakdownHash: shared[i]!.hash,
    engineVersion: d.engineVersion,
  }));
  await db.$executeRaw`
    WITH shared AS (
      INSERT INTO "DecisionBreakdown" ("hash", "engineVersion", "breakdown")
      SELECT b."hash", b."engineVersion", b."breakdown"
        FROM jsonb_to_recordset(${JSON.stringify(breakdowns)}::jsonb) AS b("hash" text, "engineVersion" text, "breakdown" jsonb)
      ON CONFLICT ("hash") DO NOTHING
    )
    INSERT INTO "DecisionLog" ("askedByUserId", "askedByLabel", "personId", "taskId", "locationId", "moment", "answer", "breakdownHash", "engineVersion", "source")
    SELECT ${context.actorUserId}::text, ${context.actorLabel}::text, r."personId", r."taskId", r."locationId", r."moment"::timestamptz, r."answer"::"ClearanceAnswer", r."breakdownHash", r."engineVersion", ${source}::"DecisionSource"
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r("personId" text, "taskId" text, "locationId" text, "moment" text, "answer" text, "breakdownHash" text, "engineVersion" text)`;
}
