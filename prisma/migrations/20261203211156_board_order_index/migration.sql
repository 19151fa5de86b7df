-- Cards sort by (rank, id) in byte order wherever they are sorted: the "C" collation makes the column
-- compare that way, so the index below serves a move's neighbours. (Prisma's schema cannot say a collation.)
ALTER TABLE "Project" ALTER COLUMN "rank" TYPE TEXT COLLATE "C";

-- CreateIndex
CREATE INDEX "Project_stage_rank_id_idx" ON "Project"("stage", "rank", "id");
