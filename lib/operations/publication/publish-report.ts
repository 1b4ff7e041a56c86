import "server-only";
import { loadDisclosure } from "@/lib/data/disclosure";
import { publicPath } from "@/lib/data/public";
import { requireVisibleReport } from "@/lib/data/reports";
import { db } from "@/lib/db";
import { freezeModel } from "@/lib/disclosure/frozen-json";
import { openDataJson } from "@/lib/disclosure/open-data";
import { renderDisclosurePdf } from "@/lib/disclosure/pdf";
import type { PublicationMeta } from "@/lib/disclosure/publication-meta";
import { renderDisclosureXlsx } from "@/lib/disclosure/xlsx";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { transitionReport } from "@/lib/operations/workflow/transition-report";
import type { CurrentUser } from "@/lib/session";
import { checkTransition } from "@/lib/workflow/transitions";
import type { PublishInput } from "./publication-input";
import { departmentOf } from "@/lib/operations/departments/department-of";

/**
 * 公开: an approved report whose unit has recorded both statements becomes a published version.
 * The disclosure is composed and its PDF, Excel and open data rendered first, outside any lock
 * (a report in 审核通过 cannot change: edits need an editable status, and the confirmations and
 * any step back bump the version the publish step compares). The step itself then runs like
 * every workflow step, and writes the version in the same transaction.
 */
export async function publishReport(user: CurrentUser, { reportId, expectedVersion }: PublishInput) {
  const report = await requireVisibleReport(user, reportId);
  const check = checkTransition("publish", { role: user.role, status: report.status, expectedVersion, currentVersion: report.version, reviewStarted: true, reviewLevel: "finance" });
  if (!check.ok) throw new AppError(check.code, check.message);
  if (!report.secrecyReviewedAt || !report.secrecyReviewedById || !report.signedOffAt || !report.signedOffById) {
    throw new AppError("INVALID", "公开前须由单位确认“保密审查已完成”和“主要负责人已审签”");
  }

  const [last, confirmers, department] = await Promise.all([
    db.publication.findFirst({ where: { reportId: report.id }, orderBy: { number: "desc" }, select: { number: true } }),
    db.user.findMany({ where: { id: { in: [report.secrecyReviewedById, report.signedOffById] } }, select: { id: true, displayName: true } }),
    departmentOf(db, report.unit).then((d) => (d ? { code: d.code, name: d.name } : null)),
  ]);
  const nameOf = (id: string) => confirmers.find((u) => u.id === id)?.displayName ?? "单位填报人员";
  const versionNumber = (last?.number ?? 0) + 1;
  if (versionNumber > 1 && !report.correctionNote) throw new AppError("INVALID", "更正版须写明更正说明");

  const meta: PublicationMeta = {
    versionNumber,
    publishedAt: new Date().toISOString(),
    secrecyReview: { by: nameOf(report.secrecyReviewedById), at: report.secrecyReviewedAt.toISOString() },
    signOff: { by: nameOf(report.signedOffById), at: report.signedOffAt.toISOString() },
    correctionNote: versionNumber > 1 ? report.correctionNote : null,
  };
  const { model, derived } = await loadDisclosure(user, report);
  const [pdf, xlsx] = await Promise.all([renderDisclosurePdf(model, meta), renderDisclosureXlsx(model, meta)]);
  const url = `${env.NEXTAUTH_URL ?? ""}${publicPath(report.unit.code, report.year, versionNumber)}`;
  return transitionReport(
    user,
    { reportId: report.id, action: "publish", expectedVersion, reason: null },
    {
      meta,
      unit: { code: report.unit.code, name: report.unit.name },
      department,
      year: report.year,
      content: freezeModel(model),
      openData: openDataJson({ derived, model, meta, department: department?.name ?? null, url }),
      pdf,
      xlsx,
    },
  );
}
