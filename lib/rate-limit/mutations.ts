import { prisma } from "@/lib/db/client";
import { bucketKey, limitDecision, PRUNE_AFTER_MS, RATE_LIMITS, windowStart, type Caller, type LimitDecision, type LimitKind } from "./window";

/**
 * Counts one request against the caller's limit and decides on it. The count is added and read in
 * one statement, so concurrent requests on any number of app instances each get a distinct count
 * and no more than the limit are admitted. Refused requests count too (a flood stays refused).
 */
export async function countRequest(limit: LimitKind, caller: Caller, now: Date): Promise<LimitDecision> {
  const start = windowStart(now, RATE_LIMITS[limit].windowMs);
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${bucketKey(limit, caller)}, ${start}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  const count = Number(row!.count);
  // The first request of a caller's window prunes everyone's old windows: at most once per caller
  // and window, through the windowStart index, so the table stays as small as its active callers.
  if (count === 1) await prisma.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - PRUNE_AFTER_MS) } } });
  return limitDecision(limit, count, now);
}
