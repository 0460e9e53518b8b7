import { LRUCache } from "lru-cache";
import { prisma as appDatabase } from "@/lib/db/client";
import type { AuditContext } from "@/lib/audit/mutations";
import { sharedBreakdown, type SharedBreakdown } from "@/lib/decision/breakdown";
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
 *
 * Most views repeat a breakdown already stored (the same facts, asked again), so those this process
 * has stored are not sent again: the rows name them and the foreign key checks they are there. Should
 * one have gone meanwhile (retention removes only breakdowns no row shows), the statement fails as a
 * whole and is sent again with every breakdown.
 */
export async function logDecisions(context: AuditContext, decisions: readonly Decision[], source: DecisionSource, db: typeof appDatabase = appDatabase): Promise<void> {
  if (decisions.length === 0) return;
  const shared = decisions.map(sharedBreakdown);
  const breakdowns = [...new Map(shared.map((s) => [s.hash, s])).values()];
  const stored = storedIn(db);
  const unsent = breakdowns.filter((b) => !stored.has(b.hash));
  try {
    await insertDecisions(context, decisions, shared, unsent, source, db);
  } catch (error) {
    if (unsent.length === breakdowns.length) throw error;
    for (const b of breakdowns) stored.delete(b.hash);
    await insertDecisions(context, decisions, shared, breakdowns, source, db);
  }
  for (const b of breakdowns) stored.set(b.hash, true);
}

/** Hashes of breakdowns this process has seen stored, per database; bounded, so memory stays flat however many views. */
const storedBy = new WeakMap<object, LRUCache<string, true>>();

function storedIn(db: object): LRUCache<string, true> {
  let stored = storedBy.get(db);
  if (!stored) storedBy.set(db, (stored = new LRUCache<string, true>({ max: 20_000 })));
  return stored;
}

async function insertDecisions(context: AuditContext, decisions: readonly Decision[], shared: readonly SharedBreakdown[], breakdowns: readonly SharedBreakdown[], source: DecisionSource, db: typeof appDatabase) {
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
