-- Staleness compares each member with what the consolidation recorded of it, so the department-wide stamp is not needed.
ALTER TABLE "Consolidation" DROP COLUMN "stamp";
