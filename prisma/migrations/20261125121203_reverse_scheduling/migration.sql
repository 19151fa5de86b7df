-- CreateEnum
CREATE TYPE "ProjectType" AS ENUM ('industrial', 'infrastructure', 'publicService');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('holiday', 'workday');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "projectType" "ProjectType" NOT NULL DEFAULT 'industrial',
ADD COLUMN     "targetMilestoneId" INTEGER;

-- CreateTable
CREATE TABLE "TemplateMilestone" (
    "id" SERIAL NOT NULL,
    "projectType" "ProjectType" NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "stage" "Stage" NOT NULL,
    "durationDays" INTEGER NOT NULL,
    "dependsOnSeqs" INTEGER[],
    "isTarget" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "TemplateMilestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "TemplateMilestone_projectType_seq_key" ON "TemplateMilestone"("projectType", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "Project_targetMilestoneId_key" ON "Project"("targetMilestoneId");

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_targetMilestoneId_fkey" FOREIGN KEY ("targetMilestoneId") REFERENCES "Milestone"("id") ON DELETE SET NULL ON UPDATE CASCADE;
