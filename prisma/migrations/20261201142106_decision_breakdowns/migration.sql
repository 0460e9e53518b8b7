-- The decision log keeps each distinct breakdown once (issue 12, "A bounded decision log"): a log
-- row says who asked what, about whom, where and when, and the answer; the breakdown shown (the
-- engine's Decision without its request, which the row holds) is a DecisionBreakdown shared by
-- every row that showed it, keyed by the SHA-256 of its canonical JSON. Rows past their retention
-- are removed only through decision_log_retention(), the one sanctioned way to delete from the log.

-- CreateTable
CREATE TABLE "DecisionBreakdown" (
    "hash" TEXT NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "breakdown" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DecisionBreakdown_pkey" PRIMARY KEY ("hash")
);

-- The canonical JSON the key is the SHA-256 of, as lib/decision/breakdown.ts writes it: no
-- whitespace, object keys sorted, strings escaped as JSON.stringify escapes them (so does jsonb's
-- text output). Keys are sorted by their UTF-8 bytes here and by UTF-16 code units in JavaScript,
-- which agree for every key below U+E000 (the engine's keys are ASCII); numbers are written alike
-- for integers and plain decimals (the engine's), not for JavaScript's exponent form (1e-7). Where
-- the two differ, a breakdown moved here is stored once more under the app's key the next time it
-- is shown: a duplicate, never a wrong answer. Kept after the migration so tests check that both
-- agree on the breakdowns the engine writes.
CREATE FUNCTION decision_canonical_json(value jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  CASE jsonb_typeof(value)
    WHEN 'object' THEN
      RETURN '{' || coalesce((SELECT string_agg(to_jsonb(e.key)::text || ':' || decision_canonical_json(e.value), ',' ORDER BY e.key COLLATE "C") FROM jsonb_each(value) AS e), '') || '}';
    WHEN 'array' THEN
      RETURN '[' || coalesce((SELECT string_agg(decision_canonical_json(a.value), ',' ORDER BY a.n) FROM jsonb_array_elements(value) WITH ORDINALITY AS a(value, n)), '') || ']';
    ELSE
      RETURN value::text;
  END CASE;
END;
$$;

CREATE FUNCTION decision_breakdown_hash(breakdown jsonb) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
  SELECT encode(sha256(convert_to(decision_canonical_json(breakdown), 'UTF8')), 'hex')
$$;

-- Existing rows: each breakdown loses its request when the row's own columns say the same (the
-- moment as JavaScript's toISOString writes it), so it can be shared; any other breakdown is kept
-- whole, request and all, and shown as it is. Identical breakdowns (jsonb equality is exact for
-- JSON values) are hashed and stored once. The append-only trigger refuses the UPDATE that points
-- each row at its breakdown, so it is switched off for this statement alone, inside this
-- migration's transaction, by the owner that runs migrations.
ALTER TABLE "DecisionLog" ADD COLUMN "breakdownHash" TEXT;

CREATE TEMPORARY TABLE "_ShownBreakdown" ON COMMIT DROP AS
  SELECT l."seq", l."askedAt", l."engineVersion",
         CASE WHEN l."breakdown" -> 'request' = jsonb_build_object(
                     'personId', l."personId", 'taskId', l."taskId", 'locationId', l."locationId",
                     'moment', to_char(l."moment" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
              THEN l."breakdown" - 'request'
              ELSE l."breakdown" END AS "kept"
    FROM "DecisionLog" l;

CREATE TEMPORARY TABLE "_DistinctBreakdown" ON COMMIT DROP AS
  SELECT "kept", decision_breakdown_hash("kept") AS "hash", min("engineVersion") AS "engineVersion", min("askedAt") AS "createdAt"
    FROM "_ShownBreakdown" GROUP BY "kept";

INSERT INTO "DecisionBreakdown" ("hash", "engineVersion", "breakdown", "createdAt")
  SELECT "hash", "engineVersion", "kept", "createdAt" FROM "_DistinctBreakdown";

ALTER TABLE "DecisionLog" DISABLE TRIGGER "DecisionLog_append_only";
UPDATE "DecisionLog" l SET "breakdownHash" = d."hash"
  FROM "_ShownBreakdown" s JOIN "_DistinctBreakdown" d ON d."kept" = s."kept"
 WHERE s."seq" = l."seq";
ALTER TABLE "DecisionLog" ENABLE TRIGGER "DecisionLog_append_only";

-- AlterTable
ALTER TABLE "DecisionLog" ALTER COLUMN "breakdownHash" SET NOT NULL;
ALTER TABLE "DecisionLog" DROP COLUMN "breakdown";

-- CreateIndex
CREATE INDEX "DecisionLog_askedAt_idx" ON "DecisionLog" USING BRIN ("askedAt");

-- CreateIndex
CREATE INDEX "DecisionLog_breakdownHash_idx" ON "DecisionLog"("breakdownHash");

-- AddForeignKey
ALTER TABLE "DecisionLog" ADD CONSTRAINT "DecisionLog_breakdownHash_fkey" FOREIGN KEY ("breakdownHash") REFERENCES "DecisionBreakdown"("hash") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Append-only, with one exception: DELETE inside decision_log_retention(), which turns the
-- transaction-local setting cleared.decision_log_retention on for its deletes and off again before
-- it returns (a function's SET clause would be neater, but PostgreSQL 15 and later let only a
-- superuser create a function that sets a custom setting). UPDATE is always refused, and TRUNCATE
-- keeps reject_append_only_change (which is also how db:roles recognizes an append-only log and
-- grants the app only SELECT and INSERT).
-- Anyone may set a custom setting, so the setting alone proves nothing; what it cannot grant is the
-- DELETE privilege. On PostgreSQL under db:roles the app role has no DELETE on either table, so a
-- DELETE of its own is refused by privilege before any trigger runs, and the function (SECURITY
-- DEFINER, running as the owner of the tables) is the only way rows leave. On the embedded database
-- there are no roles: the app is the owner there and the trigger is what stops a stray DELETE.
CREATE FUNCTION reject_decision_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('cleared.decision_log_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;

DROP TRIGGER "DecisionLog_append_only" ON "DecisionLog";
CREATE TRIGGER "DecisionLog_append_only" BEFORE UPDATE OR DELETE ON "DecisionLog" FOR EACH ROW EXECUTE FUNCTION reject_decision_log_change();
CREATE TRIGGER "DecisionBreakdown_append_only" BEFORE UPDATE OR DELETE ON "DecisionBreakdown" FOR EACH ROW EXECUTE FUNCTION reject_decision_log_change();
CREATE TRIGGER "DecisionBreakdown_no_truncate" BEFORE TRUNCATE ON "DecisionBreakdown" FOR EACH STATEMENT EXECUTE FUNCTION reject_append_only_change();

-- Retention: removes the checks people ran (sources check and api) asked before checks_before, the
-- page views (overview) asked before views_before, then every breakdown no remaining row shows.
-- Neither cut-off may be later than 30 days ago, so whoever may call it (the app role) can never
-- use it to empty the recent log. The breakdown table is locked against inserts (SHARE ROW
-- EXCLUSIVE) before the orphans are found: the app inserts a breakdown and the rows that show it in
-- one transaction, so once the lock is held no transaction is between the two, and a breakdown
-- that looks unreferenced stays so. Returns the counts deleted.
CREATE FUNCTION decision_log_retention(checks_before timestamptz, views_before timestamptz)
RETURNS TABLE (checks bigint, views bigint, breakdowns bigint)
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp
AS $$
DECLARE
  latest timestamptz := now() - interval '30 days';
BEGIN
  IF checks_before IS NULL OR views_before IS NULL OR checks_before > latest OR views_before > latest THEN
    RAISE EXCEPTION 'decision_log_retention: cut-offs must be given and at least 30 days ago (got % and %)', checks_before, views_before
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  PERFORM set_config('cleared.decision_log_retention', 'on', true);
  DELETE FROM "DecisionLog" WHERE "source" IN ('check', 'api') AND "askedAt" < checks_before;
  GET DIAGNOSTICS checks = ROW_COUNT;
  DELETE FROM "DecisionLog" WHERE "source" = 'overview' AND "askedAt" < views_before;
  GET DIAGNOSTICS views = ROW_COUNT;
  LOCK TABLE "DecisionBreakdown" IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM "DecisionBreakdown" b WHERE NOT EXISTS (SELECT 1 FROM "DecisionLog" l WHERE l."breakdownHash" = b."hash");
  GET DIAGNOSTICS breakdowns = ROW_COUNT;
  -- Off again for the rest of the caller's transaction. Should anything above fail, the
  -- transaction (or the caller's savepoint, which undoes the setting with it) is rolled back.
  PERFORM set_config('cleared.decision_log_retention', 'off', true);
  RETURN NEXT;
END;
$$;

-- PostgreSQL lets every role execute a new function; only the roles db:roles grants may run this one.
REVOKE EXECUTE ON FUNCTION decision_log_retention(timestamptz, timestamptz) FROM PUBLIC;
