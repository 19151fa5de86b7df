-- CreateTable
CREATE TABLE "InvestmentReport" (
    "projectId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "reportedById" INTEGER,
    "reportedByName" TEXT NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "InvestmentReport_pkey" PRIMARY KEY ("projectId","year","month")
);

-- CreateTable
CREATE TABLE "InvestmentMonthLock" (
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "lockedById" INTEGER,
    "lockedByName" TEXT NOT NULL,
    "lockedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvestmentMonthLock_pkey" PRIMARY KEY ("year","month")
);

-- CreateTable
CREATE TABLE "InvestmentSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "yellowBehindPoints" INTEGER NOT NULL DEFAULT 10,
    "redBehindPoints" INTEGER NOT NULL DEFAULT 30,
    "reportDueDay" INTEGER NOT NULL DEFAULT 5,
    "reminderWorkingDays" INTEGER NOT NULL DEFAULT 3,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InvestmentSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LightSnapshot" (
    "day" DATE NOT NULL,
    "ownerUnitId" INTEGER NOT NULL,
    "red" INTEGER NOT NULL,
    "yellow" INTEGER NOT NULL,
    "green" INTEGER NOT NULL,

    CONSTRAINT "LightSnapshot_pkey" PRIMARY KEY ("day","ownerUnitId")
);

-- CreateTable
CREATE TABLE "HolidayNotice" (
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "number" TEXT NOT NULL DEFAULT '',
    "published" DATE,
    "blocks" JSONB NOT NULL,
    "enteredById" INTEGER,
    "enteredByName" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "HolidayNotice_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "InvestmentReport_year_month_idx" ON "InvestmentReport"("year", "month");

-- AddForeignKey
ALTER TABLE "InvestmentReport" ADD CONSTRAINT "InvestmentReport_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
