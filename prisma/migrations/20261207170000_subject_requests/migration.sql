-- Requests from units for a 项 code the year catalog lacks, seen and settled by the admin.
CREATE TYPE "SubjectRequestStatus" AS ENUM ('OPEN', 'ADDED', 'REJECTED');

CREATE TABLE "SubjectRequest" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "reportId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "status" "SubjectRequestStatus" NOT NULL DEFAULT 'OPEN',
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "resolution" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubjectRequest_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SubjectRequest_year_code_reportId_key" ON "SubjectRequest"("year", "code", "reportId");
CREATE INDEX "SubjectRequest_status_createdAt_idx" ON "SubjectRequest"("status", "createdAt");
ALTER TABLE "SubjectRequest" ADD CONSTRAINT "SubjectRequest_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SubjectRequest" ADD CONSTRAINT "SubjectRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
