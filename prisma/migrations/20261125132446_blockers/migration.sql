-- CreateEnum
CREATE TYPE "BlockerCategory" AS ENUM ('land', 'funding', 'approvals', 'demolition', 'utilities', 'environment', 'other');

-- CreateEnum
CREATE TYPE "BlockerLevel" AS ENUM ('department', 'districtLeader', 'city');

-- CreateEnum
CREATE TYPE "BlockerStatus" AS ENUM ('open', 'escalated', 'cleared', 'withdrawn');

-- CreateTable
CREATE TABLE "Blocker" (
    "id" SERIAL NOT NULL,
    "projectId" INTEGER NOT NULL,
    "category" "BlockerCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "responsibleUnitId" INTEGER NOT NULL,
    "level" "BlockerLevel" NOT NULL,
    "status" "BlockerStatus" NOT NULL DEFAULT 'open',
    "targetDate" DATE NOT NULL,
    "raisedById" INTEGER,
    "raisedByName" TEXT NOT NULL,
    "raisedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "raisedOn" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedOn" DATE,
    "resolution" TEXT NOT NULL DEFAULT '',
    "withdrawalReason" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Blocker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Blocker_status_idx" ON "Blocker"("status");

-- CreateIndex
CREATE INDEX "Blocker_projectId_status_idx" ON "Blocker"("projectId", "status");

-- CreateIndex
CREATE INDEX "Blocker_responsibleUnitId_status_idx" ON "Blocker"("responsibleUnitId", "status");

-- AddForeignKey
ALTER TABLE "Blocker" ADD CONSTRAINT "Blocker_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Blocker" ADD CONSTRAINT "Blocker_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "OwnerUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
