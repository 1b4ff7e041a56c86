-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "correctionNote" TEXT,
ADD COLUMN     "secrecyReviewedAt" TIMESTAMP(3),
ADD COLUMN     "secrecyReviewedById" TEXT,
ADD COLUMN     "signedOffAt" TIMESTAMP(3),
ADD COLUMN     "signedOffById" TEXT;

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "unitCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "departmentCode" TEXT,
    "departmentName" TEXT,
    "year" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT NOT NULL,
    "correctionNote" TEXT,
    "secrecyReviewedBy" TEXT NOT NULL,
    "secrecyReviewedAt" TIMESTAMP(3) NOT NULL,
    "signedOffBy" TEXT NOT NULL,
    "signedOffAt" TIMESTAMP(3) NOT NULL,
    "content" JSONB NOT NULL,
    "openData" TEXT NOT NULL,
    "pdf" BYTEA NOT NULL,
    "xlsx" BYTEA NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Publication_current_year_publishedAt_idx" ON "Publication"("current", "year", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_reportId_number_key" ON "Publication"("reportId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_unitCode_year_number_key" ON "Publication"("unitCode", "year", "number");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

