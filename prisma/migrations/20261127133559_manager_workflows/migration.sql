-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'validator';

-- DropIndex
DROP INDEX "RoleGrant_userId_role_locationId_key";

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "employeeId" TEXT;

-- AlterTable
ALTER TABLE "RoleGrant" ADD COLUMN     "taskId" TEXT;

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "data" BYTEA NOT NULL,
    "uploadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvidenceFile_lineageId_idx" ON "EvidenceFile"("lineageId");

-- CreateIndex
CREATE UNIQUE INDEX "Person_employeeId_key" ON "Person"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_userId_role_locationId_taskId_key" ON "RoleGrant"("userId", "role", "locationId", "taskId");

-- CreateIndex
CREATE INDEX "TrainingRecord_expiresAt_idx" ON "TrainingRecord"("expiresAt");

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "TrainingRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Evidence is part of the record it backs: never changed or removed.
CREATE TRIGGER "EvidenceFile_immutable" BEFORE UPDATE OR DELETE ON "EvidenceFile" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
