-- DropForeignKey
ALTER TABLE "StageMove" DROP CONSTRAINT "StageMove_projectId_fkey";

-- AddForeignKey
ALTER TABLE "StageMove" ADD CONSTRAINT "StageMove_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Written by hand (schema.prisma cannot express triggers): the audit trail and the stage-move log are
-- append-only, and the database itself refuses to change or remove their rows, whoever asks.
CREATE FUNCTION "refuse_change_to_append_only_log"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END
$$;

CREATE TRIGGER "AuditEntry_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_log"('audit entries are append-only');

CREATE TRIGGER "AuditEntry_append_only_truncate"
  BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_log"('audit entries are append-only');

CREATE TRIGGER "StageMove_append_only"
  BEFORE UPDATE OR DELETE ON "StageMove"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change_to_append_only_log"('stage moves are append-only');

CREATE TRIGGER "StageMove_append_only_truncate"
  BEFORE TRUNCATE ON "StageMove"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change_to_append_only_log"('stage moves are append-only');
