import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { PublicationMeta } from "@/lib/disclosure/publication-meta";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/operations/report-lock";

/** A version ready to publish: everything rendered before the report is locked (PDF rendering takes seconds). */
export interface PreparedPublication {
  readonly meta: PublicationMeta;
  readonly unit: { readonly code: string; readonly name: string };
  readonly department: { readonly code: string; readonly name: string } | null;
  readonly year: number;
  /** freezeModel(model) */
  readonly content: unknown;
  readonly openData: string;
  readonly pdf: Uint8Array;
  readonly xlsx: Uint8Array;
}

/**
 * Writes the published version, under the report lock of the publish step. The version number
 * was chosen before the lock; were another publication of this report written in between, the
 * numbers would collide, so it is checked again here.
 */
export async function recordPublication(tx: Tx, reportId: string, actorId: string, p: PreparedPublication) {
  const last = await tx.publication.findFirst({ where: { reportId }, orderBy: { number: "desc" }, select: { number: true } });
  if ((last?.number ?? 0) + 1 !== p.meta.versionNumber) throw new AppError("CONFLICT", "该决算刚刚有新的公开版本，请刷新页面后再操作");
  await tx.publication.updateMany({ where: { reportId, current: true }, data: { current: false } });
  await tx.publication.create({
    data: {
      reportId,
      number: p.meta.versionNumber,
      unitCode: p.unit.code,
      unitName: p.unit.name,
      departmentCode: p.department?.code ?? null,
      departmentName: p.department?.name ?? null,
      year: p.year,
      publishedAt: new Date(p.meta.publishedAt),
      publishedById: actorId,
      correctionNote: p.meta.correctionNote,
      secrecyReviewedBy: p.meta.secrecyReview.by,
      secrecyReviewedAt: new Date(p.meta.secrecyReview.at),
      signedOffBy: p.meta.signOff.by,
      signedOffAt: new Date(p.meta.signOff.at),
      content: p.content as Prisma.InputJsonValue,
      openData: p.openData,
      pdf: new Uint8Array(p.pdf),
      xlsx: new Uint8Array(p.xlsx),
    },
  });
}
