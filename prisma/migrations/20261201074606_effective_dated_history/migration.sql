-- Effective-dated history: valid time and record time on everything a decision reads.
-- Calendar dates (effective periods, completion and expiry, verification) become SQL dates, read on
-- the organization's calendar as the app entered them; employment, tiers, provider roles and a
-- location's state and zone become versions; status changes get a valid time of their own.
-- Existing rows are carried over: every current value becomes a first version. Until now these
-- values were not versioned and answers for any moment, past ones included, used them as if always
-- known; their first versions are therefore recorded as of 1900-01-01, so that every answer Cleared
-- gave before this migration is still reproduced.

-- The organization's zone (the app stored calendar dates as local midnight in it).
CREATE FUNCTION "_migration_local_date"(ts TIMESTAMPTZ) RETURNS DATE LANGUAGE sql STABLE AS $$
  SELECT (ts AT TIME ZONE coalesce((SELECT "timeZone" FROM "Organization" ORDER BY "createdAt" LIMIT 1), 'UTC'))::date
$$;

-- New tables
CREATE TABLE "LocationVersion" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "supersedesVersion" INTEGER,
    "state" CHAR(2) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "LocationVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Employment" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "supersedesVersion" INTEGER,
    "personId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "reason" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PersonTier" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "supersedesVersion" INTEGER,
    "credentialTier" "CredentialTier" NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "reason" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "PersonTier_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ProviderRole" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "supersedesVersion" INTEGER,
    "providerType" "ProviderType",
    "effectiveFrom" DATE NOT NULL,
    "reason" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "ProviderRole_pkey" PRIMARY KEY ("id")
);

-- First versions from the current values. Ids only need to be unique: derived from the row's own.
INSERT INTO "LocationVersion" ("id", "locationId", "version", "state", "timeZone", "effectiveFrom", "recordedAt")
  SELECT 'lv' || md5(l.id), l.id, 1, l.state, l."timeZone", (DATE '1900-01-01')::timestamp AT TIME ZONE l."timeZone", TIMESTAMPTZ '1900-01-01 00:00:00+00' FROM "Location" l;
INSERT INTO "Employment" ("id", "lineageId", "version", "personId", "locationId", "effectiveFrom", "effectiveTo", "recordedAt")
  SELECT 'em' || md5(pl."personId" || pl."locationId"), 'el' || md5(pl."personId" || pl."locationId"), 1, pl."personId", pl."locationId",
         p."employmentStart", p."employmentEnd" + 1, TIMESTAMPTZ '1900-01-01 00:00:00+00'
  FROM "PersonLocation" pl JOIN "Person" p ON p.id = pl."personId";
INSERT INTO "PersonTier" ("id", "personId", "version", "credentialTier", "effectiveFrom", "recordedAt")
  SELECT 'pt' || md5(p.id), p.id, 1, p."credentialTier", p."employmentStart", TIMESTAMPTZ '1900-01-01 00:00:00+00' FROM "Person" p;
INSERT INTO "ProviderRole" ("id", "personId", "version", "providerType", "effectiveFrom", "recordedAt")
  SELECT 'pr' || md5(p.id), p.id, 1, p."providerType", p."employmentStart", TIMESTAMPTZ '1900-01-01 00:00:00+00' FROM "Person" p WHERE p."providerType" IS NOT NULL;

ALTER TABLE "Person" DROP COLUMN "employmentEnd",
DROP COLUMN "employmentStart";

-- Calendar dates as dates
ALTER TABLE "Authorization" ALTER COLUMN "effectiveFrom" SET DATA TYPE DATE USING "_migration_local_date"("effectiveFrom"),
ALTER COLUMN "effectiveTo" SET DATA TYPE DATE USING "_migration_local_date"("effectiveTo");

ALTER TABLE "EmployerPolicy" ADD COLUMN "supersedesVersion" INTEGER,
ALTER COLUMN "effectiveFrom" SET DATA TYPE DATE USING "_migration_local_date"("effectiveFrom"),
ALTER COLUMN "effectiveTo" SET DATA TYPE DATE USING "_migration_local_date"("effectiveTo");

ALTER TABLE "StateRule" RENAME COLUMN "lastVerifiedAt" TO "lastVerifiedOn";
ALTER TABLE "StateRule" ADD COLUMN "supersedesVersion" INTEGER,
ALTER COLUMN "lastVerifiedOn" SET DATA TYPE DATE USING "_migration_local_date"("lastVerifiedOn"),
ALTER COLUMN "effectiveFrom" SET DATA TYPE DATE USING "_migration_local_date"("effectiveFrom"),
ALTER COLUMN "effectiveTo" SET DATA TYPE DATE USING "_migration_local_date"("effectiveTo");

ALTER TABLE "SupervisionArrangement" ADD COLUMN "supersedesVersion" INTEGER,
ALTER COLUMN "effectiveFrom" SET DATA TYPE DATE USING "_migration_local_date"("effectiveFrom"),
ALTER COLUMN "effectiveTo" SET DATA TYPE DATE USING "_migration_local_date"("effectiveTo");

DROP INDEX "TrainingRecord_expiresAt_idx";
ALTER TABLE "TrainingRecord" RENAME COLUMN "completedAt" TO "completedOn";
ALTER TABLE "TrainingRecord" RENAME COLUMN "expiresAt" TO "expiresOn";
ALTER TABLE "TrainingRecord" ADD COLUMN "supersedesVersion" INTEGER,
ADD COLUMN "withdrawnFrom" DATE,
ALTER COLUMN "completedOn" SET DATA TYPE DATE USING "_migration_local_date"("completedOn"),
ALTER COLUMN "expiresOn" SET DATA TYPE DATE USING "_migration_local_date"("expiresOn");
CREATE INDEX "TrainingRecord_expiresOn_idx" ON "TrainingRecord"("expiresOn");

-- Every record correction replaced the version before it. The rows are otherwise immutable: the
-- trigger steps aside for this one statement of the migration.
ALTER TABLE "TrainingRecord" DISABLE TRIGGER "TrainingRecord_immutable";
UPDATE "TrainingRecord" SET "supersedesVersion" = version - 1 WHERE version > 1;
ALTER TABLE "TrainingRecord" ENABLE TRIGGER "TrainingRecord_immutable";

-- Status changes took effect when entered.
DROP INDEX "AuthorizationStatusChange_authorizationId_at_idx";
ALTER TABLE "AuthorizationStatusChange" RENAME COLUMN "at" TO "recordedAt";
ALTER TABLE "AuthorizationStatusChange" ADD COLUMN "effectiveAt" TIMESTAMPTZ(3);
ALTER TABLE "AuthorizationStatusChange" DISABLE TRIGGER "AuthorizationStatusChange_immutable";
UPDATE "AuthorizationStatusChange" SET "effectiveAt" = "recordedAt";
ALTER TABLE "AuthorizationStatusChange" ENABLE TRIGGER "AuthorizationStatusChange_immutable";
ALTER TABLE "AuthorizationStatusChange" ALTER COLUMN "effectiveAt" SET NOT NULL;
CREATE INDEX "AuthorizationStatusChange_authorizationId_recordedAt_idx" ON "AuthorizationStatusChange"("authorizationId", "recordedAt");

DROP FUNCTION "_migration_local_date"(TIMESTAMPTZ);

-- Indexes and keys of the new tables
CREATE UNIQUE INDEX "LocationVersion_locationId_version_key" ON "LocationVersion"("locationId", "version");
CREATE INDEX "Employment_personId_locationId_idx" ON "Employment"("personId", "locationId");
CREATE INDEX "Employment_locationId_idx" ON "Employment"("locationId");
CREATE UNIQUE INDEX "Employment_lineageId_version_key" ON "Employment"("lineageId", "version");
CREATE UNIQUE INDEX "PersonTier_personId_version_key" ON "PersonTier"("personId", "version");
CREATE UNIQUE INDEX "ProviderRole_personId_version_key" ON "ProviderRole"("personId", "version");

ALTER TABLE "LocationVersion" ADD CONSTRAINT "LocationVersion_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PersonTier" ADD CONSTRAINT "PersonTier_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ProviderRole" ADD CONSTRAINT "ProviderRole_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Versions are never updated or deleted, like every other fact a decision reads.
CREATE TRIGGER "LocationVersion_immutable" BEFORE UPDATE OR DELETE ON "LocationVersion" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "Employment_immutable" BEFORE UPDATE OR DELETE ON "Employment" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "PersonTier_immutable" BEFORE UPDATE OR DELETE ON "PersonTier" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "ProviderRole_immutable" BEFORE UPDATE OR DELETE ON "ProviderRole" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();

-- Every clearance load looks first for the arrangements for all MAs at a location.
DROP INDEX "SupervisionArrangement_locationId_idx";
CREATE INDEX "SupervisionArrangement_locationId_allMedicalAssistants_idx" ON "SupervisionArrangement"("locationId", "allMedicalAssistants");
