-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('maturity', 'acceleration', 'contribution');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('department', 'town');

-- CreateTable
CREATE TABLE "OwnerUnit" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OwnerUnit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerUnitId" INTEGER NOT NULL,
    "stage" "Stage" NOT NULL,
    "rank" TEXT NOT NULL,
    "totalInvestment" DECIMAL(14,2) NOT NULL,
    "plannedInvestment" DECIMAL(14,2) NOT NULL,
    "targetDate" DATE NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "isArchived" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "stage" "Stage" NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "actualStart" DATE,
    "actualFinish" DATE,
    "ownerUnitId" INTEGER NOT NULL,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneDependency" (
    "milestoneId" INTEGER NOT NULL,
    "dependsOnId" INTEGER NOT NULL,

    CONSTRAINT "MilestoneDependency_pkey" PRIMARY KEY ("milestoneId","dependsOnId")
);

-- CreateTable
CREATE TABLE "StageMove" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "actor" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fromStage" "Stage" NOT NULL,
    "toStage" "Stage" NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "StageMove_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OwnerUnit_code_key" ON "OwnerUnit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "OwnerUnit_name_key" ON "OwnerUnit"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Project_code_key" ON "Project"("code");

-- CreateIndex
CREATE INDEX "Project_stage_isArchived_idx" ON "Project"("stage", "isArchived");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_projectId_seq_key" ON "Milestone"("projectId", "seq");

-- CreateIndex
CREATE INDEX "MilestoneDependency_dependsOnId_idx" ON "MilestoneDependency"("dependsOnId");

-- CreateIndex
CREATE INDEX "StageMove_projectId_at_idx" ON "StageMove"("projectId", "at");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "OwnerUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "OwnerUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneDependency" ADD CONSTRAINT "MilestoneDependency_dependsOnId_fkey" FOREIGN KEY ("dependsOnId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageMove" ADD CONSTRAINT "StageMove_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
