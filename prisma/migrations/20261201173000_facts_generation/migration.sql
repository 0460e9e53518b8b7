-- Which facts the clearance engine reads have changed, for the loader's cache (lib/clearance/live-facts.ts):
-- `generation` goes up with every transaction that commits a change to a table the loader reads,
-- and `latestRecordedAt` is the latest record time among those rows (a cached load is used only
-- while nothing on record is later than the moment it was loaded as known at). The bump is part of
-- the writing transaction, so a reader sees the new generation exactly when it can see the rows.
CREATE TABLE "FactsGeneration" (
  "id" INTEGER NOT NULL,
  "generation" BIGINT NOT NULL DEFAULT 0,
  "latestRecordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT '-infinity',
  CONSTRAINT "FactsGeneration_pkey" PRIMARY KEY ("id")
);

INSERT INTO "FactsGeneration" ("id", "latestRecordedAt") SELECT 1, coalesce(greatest(
  (SELECT max("recordedAt") FROM "LocationVersion"), (SELECT max("recordedAt") FROM "PersonTier"),
  (SELECT max("recordedAt") FROM "Employment"), (SELECT max("recordedAt") FROM "StateRule"),
  (SELECT max("recordedAt") FROM "EmployerPolicy"), (SELECT max("grantedAt") FROM "Authorization"),
  (SELECT max("recordedAt") FROM "AuthorizationStatusChange"), (SELECT max("recordedAt") FROM "TrainingRecord"),
  (SELECT max("recordedAt") FROM "SupervisionArrangement"), (SELECT max("recordedAt") FROM "SupervisionException"),
  (SELECT max("at") FROM "PresenceEvent"), (SELECT max("recordedAt") FROM "ProviderRole")
), '-infinity');

-- After each statement that wrote rows the loader reads: the bump, once per transaction (a
-- transaction-local setting remembers it), and the latest record time among the rows written. The
-- row's lock is then held until the transaction ends: writers of facts wait for one another's
-- commit (readers never wait). A constraint trigger deferred to commit would hold it for an
-- instant only, but Prisma's schema engine cannot describe a database that has one.
CREATE FUNCTION facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  latest timestamptz;
BEGIN
  IF TG_NARGS > 0 AND TG_OP IN ('INSERT', 'UPDATE') THEN
    EXECUTE format('SELECT max(%I) FROM changed_rows', TG_ARGV[0]) INTO latest;
  END IF;
  IF current_setting('cleared.facts_bumped', true) IS DISTINCT FROM 'on' THEN
    UPDATE "FactsGeneration" SET "generation" = "generation" + 1, "latestRecordedAt" = greatest("latestRecordedAt", coalesce(latest, '-infinity')) WHERE "id" = 1;
    PERFORM set_config('cleared.facts_bumped', 'on', true);
  ELSIF latest IS NOT NULL THEN
    UPDATE "FactsGeneration" SET "latestRecordedAt" = latest WHERE "id" = 1 AND "latestRecordedAt" < latest;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION facts_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "FactsGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;

-- Every table the loader reads (lib/clearance/facts-sql.ts), with the column its "as known at"
-- filter compares (none for tables read whole). tests/integration/clearance/live-facts.test.ts
-- checks this list against the loader's statement.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('Location', NULL), ('Organization', NULL), ('Person', NULL), ('Task', NULL),
    ('TrainingRecordTask', NULL), ('ArrangementSupervisee', NULL), ('ArrangementTask', NULL), ('ScheduleWindow', NULL),
    ('LocationVersion', 'recordedAt'), ('PersonTier', 'recordedAt'), ('Employment', 'recordedAt'), ('StateRule', 'recordedAt'),
    ('EmployerPolicy', 'recordedAt'), ('Authorization', 'grantedAt'), ('AuthorizationStatusChange', 'recordedAt'),
    ('TrainingRecord', 'recordedAt'), ('SupervisionArrangement', 'recordedAt'), ('SupervisionException', 'recordedAt'),
    ('PresenceEvent', 'at'), ('ProviderRole', 'recordedAt')
  ) AS v(name, recorded) LOOP
    IF t.recorded IS NULL THEN
      EXECUTE format('CREATE TRIGGER facts_changed AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION facts_changed()', t.name);
    ELSE
      EXECUTE format('CREATE TRIGGER facts_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION facts_changed(%L)', t.name, t.recorded);
      EXECUTE format('CREATE TRIGGER facts_updated AFTER UPDATE ON %I REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION facts_changed(%L)', t.name, t.recorded);
      EXECUTE format('CREATE TRIGGER facts_deleted AFTER DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION facts_changed()', t.name);
    END IF;
    EXECUTE format('CREATE TRIGGER facts_truncated AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION facts_truncated()', t.name);
  END LOOP;
END $$;
