/** 图1–图6 of the 情况说明 as SVG strings, with the exact values each one plots. */
import { chartData, type ChartData, type ChartsInput } from "./data";
import { CHART_CAPTIONS, CHART_IDS, chartCaption, type ChartId } from "./ids";
import { DEFAULT_CHART_SIZE, renderChartSvg, type ChartSize } from "./render";

export interface RenderedChart {
  readonly id: ChartId;
  /** The caption printed with the figure: "图1：收入支出决算变动情况（单位：万元）". */
  readonly title: string;
  readonly svg: string;
  readonly data: ChartData;
}

export function buildCharts(input: ChartsInput & { readonly size?: ChartSize }): RenderedChart[] {
  const data = chartData(input);
  return CHART_IDS.map((id) => ({
    id,
    title: chartCaption(id),
    svg: renderChartSvg(CHART_CAPTIONS[id].name, data[id], input.size ?? DEFAULT_CHART_SIZE),
    data: data[id],
  }));
}

export type { ChartData, ChartsInput } from "./data";
export type { ChartId } from "./ids";
