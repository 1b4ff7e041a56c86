/**
 * A published version as it is ready to store — everything rendered before the report is locked
 * (PDF rendering takes a while) — and the Publication row it becomes. Free of server-only imports:
 * the demo seed (prisma/seed-publication.ts) writes its version through the same mapping.
 */
import type { PublicationMeta } from "@/lib/disclosure/publication-meta";

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

export function publicationRow(reportId: string, publishedById: string, p: PreparedPublication) {
  return {
    reportId,
    number: p.meta.versionNumber,
    unitCode: p.unit.code,
    unitName: p.unit.name,
    departmentCode: p.department?.code ?? null,
    departmentName: p.department?.name ?? null,
    year: p.year,
    publishedAt: new Date(p.meta.publishedAt),
    publishedById,
    correctionNote: p.meta.correctionNote,
    secrecyReviewedBy: p.meta.secrecyReview.by,
    secrecyReviewedAt: new Date(p.meta.secrecyReview.at),
    signedOffBy: p.meta.signOff.by,
    signedOffAt: new Date(p.meta.signOff.at),
    content: p.content as object,
    openData: p.openData,
    pdf: new Uint8Array(p.pdf),
    xlsx: new Uint8Array(p.xlsx),
  };
}
