/** What a published version states besides its content: printed on the cover of the page, the PDF and the Excel file. */
export interface Confirmation {
  /** Who recorded it (display name). */
  readonly by: string;
  /** ISO timestamp. */
  readonly at: string;
}

export interface PublicationMeta {
  /** 1 for the first publication; each 更正 adds one. */
  readonly versionNumber: number;
  /** ISO timestamp of publication. */
  readonly publishedAt: string;
  /** 保密审查已完成 */
  readonly secrecyReview: Confirmation;
  /** 主要负责人已审签 */
  readonly signOff: Confirmation;
  /** On a correction: what changed, in public words; null on version 1. */
  readonly correctionNote: string | null;
}

/** "2025年3月14日" from an ISO timestamp, in China Standard Time. */
export function chineseDateOf(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 8 * 60 * 60 * 1000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** The statements every published package makes (保密审查情况, 主要负责人审签情况). */
export function publicationStatements(meta: PublicationMeta): string[] {
  return [`保密审查情况：已审查（${chineseDateOf(meta.secrecyReview.at)}）`, `主要负责人审签情况：已审签（${chineseDateOf(meta.signOff.at)}）`];
}

export const SEED_PUBLICATION_META: PublicationMeta = {
  versionNumber: 1,
  publishedAt: "2025-03-14T02:00:00.000Z",
  secrecyReview: { by: "单位填报人员", at: "2025-03-12T02:00:00.000Z" },
  signOff: { by: "单位填报人员", at: "2025-03-13T02:00:00.000Z" },
  correctionNote: null,
};

/** "第2版（更正版，更正了第1版）" */
export function versionLabel(versionNumber: number): string {
  return `第${versionNumber}版${versionNumber > 1 ? `（更正版，更正了第${versionNumber - 1}版）` : ""}`;
}

/** The label/value lines of a published package's cover (the Excel cover sheet, the PDF cover). */
export function coverLines(unitName: string, year: number, meta: PublicationMeta): [string, string][] {
  return [
    ["单位", unitName],
    ["年度", `${year}年度`],
    ["版本", versionLabel(meta.versionNumber)],
    ["公开日期", chineseDateOf(meta.publishedAt)],
    ...(meta.correctionNote ? [["更正说明", meta.correctionNote] as [string, string]] : []),
    ...publicationStatements(meta).map((s): [string, string] => [s.split("：")[0], s.split("：").slice(1).join("：")]),
  ];
}
