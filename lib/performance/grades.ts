/**
 * Grade scales are data: Shandong grades 优/良/中/差, Shanghai 优/良/合格/不合格, on the same
 * 90/80/60 cut-offs. A grade is taken from the displayed (rounded) total, so the printed
 * score and the printed grade can never disagree.
 */
import { Decimal } from "./numbers";

export interface GradeBand {
  /** Inclusive lower bound. */
  readonly min: Decimal;
  readonly label: string;
}

export interface GradeScale {
  readonly name: string;
  /** Highest band first; the last band starts at 0. */
  readonly bands: readonly GradeBand[];
}

function band(min: string, label: string): GradeBand {
  return { min: new Decimal(min), label };
}

export const SHANDONG_GRADES: GradeScale = {
  name: "山东",
  bands: [band("90", "优"), band("80", "良"), band("60", "中"), band("0", "差")],
};

export const SHANGHAI_GRADES: GradeScale = {
  name: "上海",
  bands: [band("90", "优"), band("80", "良"), band("60", "合格"), band("0", "不合格")],
};

export function gradeOf(score: Decimal, scale: GradeScale = SHANDONG_GRADES): string {
  for (const b of scale.bands) if (score.greaterThanOrEqualTo(b.min)) return b.label;
  return scale.bands[scale.bands.length - 1].label;
}

export interface GradeCount {
  readonly label: string;
  readonly count: number;
}

/** Counts in the scale's order, zeros included ("13 个项目自评等级为优"). */
export function countGrades(scores: readonly Decimal[], scale: GradeScale = SHANDONG_GRADES): GradeCount[] {
  return scale.bands.map((b) => ({
    label: b.label,
    count: scores.filter((s) => gradeOf(s, scale) === b.label).length,
  }));
}

export const PERFORMANCE_GRADES = ["优", "良", "中", "差", "合格", "不合格"] as const;
export type PerformanceGrade = (typeof PERFORMANCE_GRADES)[number];
