/**
 * Server-side SVG rendering with ECharts 6 (no DOM): one chart instance per figure, no
 * animation, disposed as soon as its SVG string is taken.
 */
import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TitleComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { rememberBounded } from "../bounded-map";
import type { ChartData, ChartValue } from "./data";

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

// Single quotes: ECharts writes the family into a double-quoted style="" attribute unescaped.
export const CHART_FONT_FAMILY = "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";
const COLORS = ["#5b8ff9", "#f6bd16", "#5ad8a6", "#e8684a", "#6dc8ec", "#9270ca", "#ff9d4d", "#269a99"];

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_CHART_SIZE: ChartSize = { width: 640, height: 400 };

/**
 * ECharts positions bars and slices with JavaScript numbers; this is the only place a float
 * appears, for geometry. Every label shows the exact printed text instead.
 */
function plotted(v: ChartValue): number {
  return Number(v.hundredths) / 100;
}

function barOption(data: Extract<ChartData, { kind: "bar" }>) {
  return {
    xAxis: { type: "category" as const, data: [...data.categories] },
    yAxis: { type: "value" as const },
    grid: { left: 80, right: 40, top: 80, bottom: 70 },
    legend: { bottom: 16, data: data.series.map((s) => s.name) },
    series: data.series.map((s) => ({
      type: "bar" as const,
      name: s.name,
      barMaxWidth: 60,
      data: s.values.map((v) =>
        v === null ? null : { value: plotted(v), label: { show: true, position: "top" as const, formatter: v.text } },
      ),
    })),
  };
}

function pieOption(data: Extract<ChartData, { kind: "pie" }>) {
  return {
    legend: { bottom: 16, data: data.slices.map((s) => s.label) },
    series: [
      {
        type: "pie" as const,
        radius: ["0%", "55%"],
        center: ["50%", "50%"],
        data: data.slices.map((s) => ({
          name: s.label,
          value: plotted(s.value),
          label: { formatter: `${s.label}\n${s.value.text}万元（${s.shareText}%）` },
        })),
      },
    ],
  };
}

/** Bound on the kept SVGs (3–8 KB each for the seed): the oldest goes first. */
const MAX_KEPT = 500;
const kept = new Map<string, string>();

/**
 * A figure's SVG. ECharts takes 3–4 ms for one, and the preview, the public page and the PDF draw
 * the same six figures again whenever a report's narrative is shown, though they change only with
 * the tables: each distinct figure is drawn once and kept. Its CSS class names carry the number of
 * the ECharts instance that drew it, so two different figures never share one.
 */
export function renderChartSvg(title: string, data: ChartData, size: ChartSize = DEFAULT_CHART_SIZE): string {
  const key = JSON.stringify([title, size.width, size.height, data], (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return kept.get(key) ?? rememberBounded(kept, key, drawChartSvg(title, data, size), MAX_KEPT);
}

function drawChartSvg(title: string, data: ChartData, size: ChartSize): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption({
      animation: false,
      color: COLORS,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      title: {
        text: title,
        subtext: data.kind === "bar" ? "单位：万元" : "",
        left: "center",
        top: 12,
        textStyle: { fontFamily: CHART_FONT_FAMILY, fontSize: 16 },
      },
      ...(data.kind === "bar" ? barOption(data) : pieOption(data)),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
