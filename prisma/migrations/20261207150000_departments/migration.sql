-- Department disclosures (部门决算): the department reviewer role, the members of a department report, the internal flows each member states, and the last consolidation.
ALTER TYPE "Role" ADD VALUE 'DEPARTMENT_REVIEWER';

CREATE TYPE "FlowLine" AS ENUM ('SUPERIOR_INCOME', 'AFFILIATED_INCOME', 'TO_SUPERIOR', 'TO_AFFILIATED');

CREATE TABLE "DepartmentMember" (
    "reportId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "merged" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL,
    CONSTRAINT "DepartmentMember_pkey" PRIMARY KEY ("reportId","unitId")
);
CREATE UNIQUE INDEX "DepartmentMember_unitId_year_key" ON "DepartmentMember"("unitId", "year");
ALTER TABLE "DepartmentMember" ADD CONSTRAINT "DepartmentMember_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DepartmentMember" ADD CONSTRAINT "DepartmentMember_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "InternalFlow" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "line" "FlowLine" NOT NULL,
    "counterpartUnitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    CONSTRAINT "InternalFlow_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "InternalFlow_reportId_line_counterpartUnitId_code_key" ON "InternalFlow"("reportId", "line", "counterpartUnitId", "code");
ALTER TABLE "InternalFlow" ADD CONSTRAINT "InternalFlow_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "InternalFlow" ADD CONSTRAINT "InternalFlow_counterpartUnitId_fkey" FOREIGN KEY ("counterpartUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Consolidation" (
    "reportId" TEXT NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL,
    "computedById" TEXT NOT NULL,
    "stamp" TEXT NOT NULL,
    "members" JSONB NOT NULL,
    "findings" JSONB NOT NULL,
    CONSTRAINT "Consolidation_pkey" PRIMARY KEY ("reportId")
);
ALTER TABLE "Consolidation" ADD CONSTRAINT "Consolidation_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;
