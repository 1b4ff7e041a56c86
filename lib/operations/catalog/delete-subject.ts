import "server-only";
import { audit } from "@/lib/audit";
import type { CatalogKind } from "@/lib/catalog/codes";
import { AppError } from "@/lib/errors";
import { inTransaction } from "@/lib/operations/report-lock";
import type { CurrentUser } from "@/lib/session";
import { lockCatalogYear } from "./year-lock";

/** Deletes a leaf subject no report of its year uses. */
export function deleteSubject(admin: CurrentUser, { year, kind, code }: { year: number; kind: CatalogKind; code: string }): Promise<void> {
  return inTransaction(async (tx) => {
    await lockCatalogYear(tx, year);
    const subject = await tx.subjectCode.findUnique({ where: { year_kind_code: { year, kind, code } } });
    if (!subject) throw new AppError("NOT_FOUND", `科目“${code}”不存在`);
    const children = await tx.subjectCode.count({ where: { year, kind, parentCode: code } });
    if (children > 0) throw new AppError("INVALID", `科目“${code} ${subject.name}”下还有 ${children} 个下级科目，请先删除下级科目`);
    // A code is in use when any report of that year uses it or one of its descendants.
    const used = await tx.reportTable.findMany({
      where: { report: { year }, usedCodes: { has: code } },
      select: { report: { select: { unit: { select: { name: true } } } } },
      take: 3,
    });
    if (used.length > 0) {
      const units = [...new Set(used.map((u) => u.report.unit.name))].join("、");
      throw new AppError("INVALID", `科目“${code} ${subject.name}”已被 ${year} 年度的决算使用（${units}），不能删除`);
    }
    await tx.subjectCode.delete({ where: { id: subject.id } });
    await audit(tx, { actorId: admin.id, action: "catalog.deleteSubject", detail: { year, kind, code, name: subject.name } });
  });
}
