-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('draft', 'running', 'finished');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('actionItem', 'redProject', 'overdueBlocker', 'escalatedBlocker', 'newBlocker', 'stageMove', 'milestoneDue', 'project', 'text');

-- CreateEnum
CREATE TYPE "ActionItemStatus" AS ENUM ('open', 'closed');

-- CreateEnum
CREATE TYPE "ActionItemNoteKind" AS ENUM ('progress', 'close', 'reopen');

-- CreateTable
CREATE TABLE "Meeting" (
    "id" SERIAL NOT NULL,
    "heldOn" DATE NOT NULL,
    "title" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'draft',
    "since" DATE NOT NULL,
    "createdById" INTEGER,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingUnit" (
    "meetingId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,

    CONSTRAINT "MeetingUnit_pkey" PRIMARY KEY ("meetingId","unitId")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaItemKind" NOT NULL,
    "projectId" INTEGER,
    "blockerId" INTEGER,
    "milestoneId" INTEGER,
    "actionItemId" INTEGER,
    "title" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "isRed" BOOLEAN NOT NULL DEFAULT false,
    "isAdded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" SERIAL NOT NULL,
    "meetingId" INTEGER NOT NULL,
    "agendaItemId" INTEGER,
    "projectId" INTEGER,
    "text" TEXT NOT NULL,
    "ownerUnitId" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "ActionItemStatus" NOT NULL DEFAULT 'open',
    "newTargetDate" DATE,
    "previousTargetDate" DATE,
    "createdById" INTEGER,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdOn" DATE NOT NULL,
    "closedAt" TIMESTAMP(3),
    "closedOn" DATE,
    "closingNote" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItemNote" (
    "id" SERIAL NOT NULL,
    "actionItemId" INTEGER NOT NULL,
    "kind" "ActionItemNoteKind" NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" INTEGER,
    "authorName" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "on" DATE NOT NULL,

    CONSTRAINT "ActionItemNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Meeting_heldOn_idx" ON "Meeting"("heldOn");

-- CreateIndex
CREATE INDEX "AgendaItem_meetingId_position_idx" ON "AgendaItem"("meetingId", "position");

-- CreateIndex
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");

-- CreateIndex
CREATE INDEX "ActionItem_ownerUnitId_status_idx" ON "ActionItem"("ownerUnitId", "status");

-- CreateIndex
CREATE INDEX "ActionItemNote_actionItemId_id_idx" ON "ActionItemNote"("actionItemId", "id");

-- AddForeignKey
ALTER TABLE "MeetingUnit" ADD CONSTRAINT "MeetingUnit_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingUnit" ADD CONSTRAINT "MeetingUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "OwnerUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "ActionItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "OwnerUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItemNote" ADD CONSTRAINT "ActionItemNote_actionItemId_fkey" FOREIGN KEY ("actionItemId") REFERENCES "ActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
