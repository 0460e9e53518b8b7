-- CreateEnum
CREATE TYPE "ExceptionKind" AS ENUM ('absence', 'extra_session', 'closure');

-- CreateEnum
CREATE TYPE "PresenceKind" AS ENUM ('check_in', 'check_out');

-- AlterTable
ALTER TABLE "Location" ADD COLUMN     "requiresCheckIn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "LocationVersion" ADD COLUMN     "requiresCheckIn" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SupervisionException" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "supersedesVersion" INTEGER,
    "locationId" TEXT NOT NULL,
    "kind" "ExceptionKind" NOT NULL,
    "providerId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "allDay" BOOLEAN NOT NULL DEFAULT false,
    "level" "SupervisionLevel",
    "reason" TEXT NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "SupervisionException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresenceEvent" (
    "id" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "kind" "PresenceKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "PresenceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionException_locationId_endsAt_idx" ON "SupervisionException"("locationId", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionException_lineageId_version_key" ON "SupervisionException"("lineageId", "version");

-- CreateIndex
CREATE INDEX "PresenceEvent_locationId_at_idx" ON "PresenceEvent"("locationId", "at");

-- AddForeignKey
ALTER TABLE "SupervisionException" ADD CONSTRAINT "SupervisionException_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionException" ADD CONSTRAINT "SupervisionException_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresenceEvent" ADD CONSTRAINT "PresenceEvent_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresenceEvent" ADD CONSTRAINT "PresenceEvent_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An exception lasts a while and names its provider (a closure names none). A trigger rather than
-- CHECK constraints: Prisma's schema engine cannot describe CHECK constraints through the driver
-- adapter (it panics reading pg_constraint.contype), which would break every schema diff.
CREATE FUNCTION supervision_exception_valid() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."endsAt" <= NEW."startsAt" THEN
    RAISE EXCEPTION 'a supervision exception must end after it starts' USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW."kind" = 'closure') <> (NEW."providerId" IS NULL) THEN
    RAISE EXCEPTION 'a closure names no provider; an absence or extra session names one' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "SupervisionException_valid" BEFORE INSERT ON "SupervisionException" FOR EACH ROW EXECUTE FUNCTION supervision_exception_valid();

-- Exceptions and check-ins feed decisions: never updated or deleted, like every other such fact.
CREATE TRIGGER "SupervisionException_immutable" BEFORE UPDATE OR DELETE ON "SupervisionException" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "PresenceEvent_immutable" BEFORE UPDATE OR DELETE ON "PresenceEvent" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
