-- The region of a unit decides the template of its new reports (山东 or 上海). Existing units are in 山东.
CREATE TYPE "Region" AS ENUM ('SHANDONG', 'SHANGHAI');
ALTER TABLE "Unit" ADD COLUMN "region" "Region" NOT NULL DEFAULT 'SHANDONG';
