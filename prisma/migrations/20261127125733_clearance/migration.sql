-- CreateEnum
CREATE TYPE "TaskCategory" AS ENUM ('administrative', 'documentation', 'clinical', 'clinical_support', 'communication');

-- CreateEnum
CREATE TYPE "RuleOutcome" AS ENUM ('allowed', 'prohibited', 'conditional', 'not_addressed');

-- CreateEnum
CREATE TYPE "SupervisionLevel" AS ENUM ('none', 'general', 'telemedicine', 'on_premises', 'direct_visual');

-- CreateEnum
CREATE TYPE "AuthorizationStatus" AS ENUM ('active', 'suspended', 'revoked');

-- CreateEnum
CREATE TYPE "RecordKind" AS ENUM ('training', 'competency', 'certification');

-- CreateEnum
CREATE TYPE "ValidationMethod" AS ENUM ('direct_observation', 'simulation', 'test', 'return_demonstration');

-- CreateEnum
CREATE TYPE "ClearanceAnswer" AS ENUM ('cleared', 'not_cleared', 'check_first');

-- CreateEnum
CREATE TYPE "DecisionSource" AS ENUM ('check', 'overview', 'api');

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "ruleStaleAfterDays" INTEGER NOT NULL DEFAULT 365;

-- CreateTable
CREATE TABLE "Task" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" "TaskCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "parentId" TEXT,
    "providerOnly" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StateRule" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "state" CHAR(2) NOT NULL,
    "taskId" TEXT NOT NULL,
    "credentialTier" "CredentialTier",
    "outcome" "RuleOutcome" NOT NULL,
    "supervisionLevel" "SupervisionLevel" NOT NULL,
    "supervisorTypes" "ProviderType"[],
    "minTrainingHours" DECIMAL(6,2),
    "minProcedureCount" INTEGER,
    "acceptedCertifications" TEXT[],
    "requiredRecords" TEXT,
    "citation" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "notes" TEXT,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL,
    "effectiveTo" TIMESTAMPTZ(3),
    "lastVerifiedAt" TIMESTAMPTZ(3) NOT NULL,
    "lastVerifiedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "StateRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmployerPolicy" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "organizationId" TEXT NOT NULL,
    "locationId" TEXT,
    "taskId" TEXT NOT NULL,
    "maMayPerform" BOOLEAN NOT NULL,
    "minSupervisionLevel" "SupervisionLevel",
    "requiresCompetency" BOOLEAN NOT NULL DEFAULT true,
    "revalidationMonths" INTEGER,
    "documentRef" TEXT,
    "documentVersion" TEXT,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL,
    "effectiveTo" TIMESTAMPTZ(3),
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "EmployerPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Authorization" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL,
    "effectiveTo" TIMESTAMPTZ(3),
    "conditions" TEXT,
    "grantedById" TEXT NOT NULL,
    "grantedByName" TEXT NOT NULL,
    "grantedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "AuthorizationStatus" NOT NULL DEFAULT 'active',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Authorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuthorizationStatusChange" (
    "id" TEXT NOT NULL,
    "authorizationId" TEXT NOT NULL,
    "status" "AuthorizationStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT,
    "byUserId" TEXT,
    "byName" TEXT NOT NULL,

    CONSTRAINT "AuthorizationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecord" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "RecordKind" NOT NULL,
    "title" TEXT NOT NULL,
    "trainingProvider" TEXT,
    "hours" DECIMAL(6,2),
    "procedureCount" INTEGER,
    "certificationType" TEXT,
    "completedAt" TIMESTAMPTZ(3) NOT NULL,
    "expiresAt" TIMESTAMPTZ(3),
    "validatedById" TEXT,
    "validationMethod" "ValidationMethod",
    "attestation" TEXT,
    "validatedAt" TIMESTAMPTZ(3),
    "notes" TEXT,
    "correctionReason" TEXT,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "TrainingRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingRecordTask" (
    "recordId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "TrainingRecordTask_pkey" PRIMARY KEY ("recordId","taskId")
);

-- CreateTable
CREATE TABLE "SupervisionArrangement" (
    "id" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "locationId" TEXT NOT NULL,
    "supervisorId" TEXT NOT NULL,
    "level" "SupervisionLevel" NOT NULL,
    "allMedicalAssistants" BOOLEAN NOT NULL DEFAULT false,
    "allClinicalTasks" BOOLEAN NOT NULL DEFAULT true,
    "effectiveFrom" TIMESTAMPTZ(3) NOT NULL,
    "effectiveTo" TIMESTAMPTZ(3),
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recordedById" TEXT,

    CONSTRAINT "SupervisionArrangement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArrangementSupervisee" (
    "arrangementId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,

    CONSTRAINT "ArrangementSupervisee_pkey" PRIMARY KEY ("arrangementId","personId")
);

-- CreateTable
CREATE TABLE "ArrangementTask" (
    "arrangementId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,

    CONSTRAINT "ArrangementTask_pkey" PRIMARY KEY ("arrangementId","taskId")
);

-- CreateTable
CREATE TABLE "ScheduleWindow" (
    "id" TEXT NOT NULL,
    "arrangementId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,

    CONSTRAINT "ScheduleWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DecisionLog" (
    "seq" SERIAL NOT NULL,
    "askedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "askedByUserId" TEXT,
    "askedByLabel" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "taskId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "moment" TIMESTAMPTZ(3) NOT NULL,
    "answer" "ClearanceAnswer" NOT NULL,
    "breakdown" JSONB NOT NULL,
    "engineVersion" TEXT NOT NULL,
    "source" "DecisionSource" NOT NULL,

    CONSTRAINT "DecisionLog_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "Task_code_key" ON "Task"("code");

-- CreateIndex
CREATE INDEX "StateRule_state_taskId_idx" ON "StateRule"("state", "taskId");

-- CreateIndex
CREATE UNIQUE INDEX "StateRule_lineageId_version_key" ON "StateRule"("lineageId", "version");

-- CreateIndex
CREATE INDEX "EmployerPolicy_organizationId_taskId_idx" ON "EmployerPolicy"("organizationId", "taskId");

-- CreateIndex
CREATE UNIQUE INDEX "EmployerPolicy_lineageId_version_key" ON "EmployerPolicy"("lineageId", "version");

-- CreateIndex
CREATE INDEX "Authorization_personId_idx" ON "Authorization"("personId");

-- CreateIndex
CREATE INDEX "Authorization_locationId_taskId_idx" ON "Authorization"("locationId", "taskId");

-- CreateIndex
CREATE UNIQUE INDEX "Authorization_personId_taskId_locationId_effectiveFrom_key" ON "Authorization"("personId", "taskId", "locationId", "effectiveFrom");

-- CreateIndex
CREATE INDEX "AuthorizationStatusChange_authorizationId_at_idx" ON "AuthorizationStatusChange"("authorizationId", "at");

-- CreateIndex
CREATE INDEX "TrainingRecord_personId_recordedAt_idx" ON "TrainingRecord"("personId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingRecord_lineageId_version_key" ON "TrainingRecord"("lineageId", "version");

-- CreateIndex
CREATE INDEX "TrainingRecordTask_taskId_idx" ON "TrainingRecordTask"("taskId");

-- CreateIndex
CREATE INDEX "SupervisionArrangement_locationId_idx" ON "SupervisionArrangement"("locationId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionArrangement_lineageId_version_key" ON "SupervisionArrangement"("lineageId", "version");

-- CreateIndex
CREATE INDEX "ArrangementSupervisee_personId_idx" ON "ArrangementSupervisee"("personId");

-- CreateIndex
CREATE INDEX "ScheduleWindow_arrangementId_idx" ON "ScheduleWindow"("arrangementId");

-- CreateIndex
CREATE INDEX "DecisionLog_personId_askedAt_idx" ON "DecisionLog"("personId", "askedAt");

-- CreateIndex
CREATE INDEX "DecisionLog_locationId_askedAt_idx" ON "DecisionLog"("locationId", "askedAt");

-- AddForeignKey
ALTER TABLE "Task" ADD CONSTRAINT "Task_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Task"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StateRule" ADD CONSTRAINT "StateRule_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerPolicy" ADD CONSTRAINT "EmployerPolicy_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerPolicy" ADD CONSTRAINT "EmployerPolicy_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EmployerPolicy" ADD CONSTRAINT "EmployerPolicy_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Authorization" ADD CONSTRAINT "Authorization_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuthorizationStatusChange" ADD CONSTRAINT "AuthorizationStatusChange_authorizationId_fkey" FOREIGN KEY ("authorizationId") REFERENCES "Authorization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecord" ADD CONSTRAINT "TrainingRecord_validatedById_fkey" FOREIGN KEY ("validatedById") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecordTask" ADD CONSTRAINT "TrainingRecordTask_recordId_fkey" FOREIGN KEY ("recordId") REFERENCES "TrainingRecord"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingRecordTask" ADD CONSTRAINT "TrainingRecordTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionArrangement" ADD CONSTRAINT "SupervisionArrangement_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionArrangement" ADD CONSTRAINT "SupervisionArrangement_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementSupervisee" ADD CONSTRAINT "ArrangementSupervisee_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "SupervisionArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementSupervisee" ADD CONSTRAINT "ArrangementSupervisee_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementTask" ADD CONSTRAINT "ArrangementTask_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "SupervisionArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArrangementTask" ADD CONSTRAINT "ArrangementTask_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "Task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleWindow" ADD CONSTRAINT "ScheduleWindow_arrangementId_fkey" FOREIGN KEY ("arrangementId") REFERENCES "SupervisionArrangement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Nothing that feeds a decision is overwritten or deleted (see reject_append_only_change in the
-- init migration). Versioned rows and histories are immutable once written; an authorization's
-- cached status may change, but the row may never be removed.
CREATE TRIGGER "DecisionLog_append_only" BEFORE UPDATE OR DELETE ON "DecisionLog" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "DecisionLog_no_truncate" BEFORE TRUNCATE ON "DecisionLog" FOR EACH STATEMENT EXECUTE FUNCTION reject_append_only_change();

CREATE TRIGGER "StateRule_immutable" BEFORE UPDATE OR DELETE ON "StateRule" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "EmployerPolicy_immutable" BEFORE UPDATE OR DELETE ON "EmployerPolicy" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "TrainingRecord_immutable" BEFORE UPDATE OR DELETE ON "TrainingRecord" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "TrainingRecordTask_immutable" BEFORE UPDATE OR DELETE ON "TrainingRecordTask" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "SupervisionArrangement_immutable" BEFORE UPDATE OR DELETE ON "SupervisionArrangement" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "ArrangementSupervisee_immutable" BEFORE UPDATE OR DELETE ON "ArrangementSupervisee" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "ArrangementTask_immutable" BEFORE UPDATE OR DELETE ON "ArrangementTask" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "ScheduleWindow_immutable" BEFORE UPDATE OR DELETE ON "ScheduleWindow" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "AuthorizationStatusChange_immutable" BEFORE UPDATE OR DELETE ON "AuthorizationStatusChange" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
CREATE TRIGGER "Authorization_never_deleted" BEFORE DELETE ON "Authorization" FOR EACH ROW EXECUTE FUNCTION reject_append_only_change();
