/**
 * The six charts of the 情况说明 and their captions as published disclosures print them (docs/domain/narrative.md). Kept free of
 * ECharts so the narrative can place figures without loading the renderer.
 */
export const CHART_IDS = ["fig1", "fig2", "fig3", "fig4", "fig5", "fig6"] as const;
export type ChartId = (typeof CHART_IDS)[number];

export interface ChartCaption {
  readonly number: number;
  /** The chart's own name, drawn as its title. */
  readonly name: string;
  /** Bar charts carry "（单位：万元）" in the caption; the pies do not. */
  readonly withUnit: boolean;
}

export const CHART_CAPTIONS: Readonly<Record<ChartId, ChartCaption>> = {
  fig1: { number: 1, name: "收入支出决算变动情况", withUnit: true },
  fig2: { number: 2, name: "本年收入构成情况", withUnit: false },
  // The published document shows the picture without a caption line; named like 图2.
  fig3: { number: 3, name: "本年支出构成情况", withUnit: false },
  fig4: { number: 4, name: "财政拨款收、支决算总计变动情况", withUnit: true },
  fig5: { number: 5, name: "一般公共预算财政拨款支出决算变动情况", withUnit: true },
  fig6: { number: 6, name: "一般公共预算财政拨款支出决算结构", withUnit: false },
};

/** "图1：收入支出决算变动情况（单位：万元）" */
export function chartCaption(id: ChartId): string {
  const c = CHART_CAPTIONS[id];
  return `图${c.number}：${c.name}${c.withUnit ? "（单位：万元）" : ""}`;
}
