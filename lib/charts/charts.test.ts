import { describe, expect, it } from "vitest";
import { zaozhuang2024Facts } from "../narrative/seed/zaozhuang-2024";
import { deriveReport } from "../tables/derive";
import { emptyInputs } from "../tables/inputs";
import { zaozhuang2024Inputs, zaozhuang2024SubjectNames } from "../tables/seed/zaozhuang-2024";
import { shandong2024 } from "../tables/templates/shandong-2024";
import { buildCharts, type ChartData } from "./index";
import { CHART_FONT_FAMILY } from "./render";

const style = shandong2024.narrativeNumberStyle;
const derived = deriveReport(shandong2024, zaozhuang2024SubjectNames, zaozhuang2024Inputs);
const charts = buildCharts({ year: 2024, derived, lastYear: zaozhuang2024Facts.lastYear, style });
const byId = new Map(charts.map((c) => [c.id, c]));

/**
 * Enough of XML to catch what a browser would refuse: every tag closed in order, attribute
 * values quoted, no stray "<" or "&" in text.
 */
function wellFormedProblems(svg: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<|&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of svg.matchAll(token)) {
    if (m[0] === "<") problems.push(`malformed tag at ${m.index}: ${svg.slice(m.index, m.index + 60)}`);
    else if (m[0].startsWith("&")) problems.push(`bare & at ${m.index}`);
    else if (m[2] && m[1] === "/") {
      if (stack.pop() !== m[2]) problems.push(`unexpected </${m[2]}> at ${m.index}`);
    } else if (m[2] && m[4] !== "/") stack.push(m[2]);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(", ")}`);
  return problems;
}

const values = (data: ChartData): string[] =>
  data.kind === "bar"
    ? data.series.flatMap((s) => s.values.map((v) => v?.text ?? "—"))
    : data.slices.flatMap((s) => [s.label, s.value.text, s.shareText]);

describe("the seed's charts", () => {
  it("are the six figures, in order, with the narrative's captions", () => {
    expect(charts.map((c) => `${c.id} ${c.title}`)).toEqual([
      "fig1 图1：收入支出决算变动情况（单位：万元）",
      "fig2 图2：本年收入构成情况",
      "fig3 图3：本年支出构成情况",
      "fig4 图4：财政拨款收、支决算总计变动情况（单位：万元）",
      "fig5 图5：一般公共预算财政拨款支出决算变动情况（单位：万元）",
      "fig6 图6：一般公共预算财政拨款支出决算结构",
    ]);
  });

  it("plot the seed's figures", () => {
    expect(values(byId.get("fig1")!.data)).toEqual(["6,507.97", "6,507.97", "4,299.91", "4,299.91"]);
    expect(values(byId.get("fig2")!.data)).toEqual(["财政拨款收入", "4,299.91", "100"]);
    expect(values(byId.get("fig3")!.data)).toEqual(["基本支出", "2,089.95", "48.6", "项目支出", "2,209.95", "51.4"]);
    expect(values(byId.get("fig4")!.data)).toEqual(["6,507.97", "6,507.97", "4,299.91", "4,299.91"]);
    expect(values(byId.get("fig5")!.data)).toEqual(["4,895.56", "4,275.7"]);
    expect(values(byId.get("fig6")!.data)).toEqual([
      ...["一般公共服务支出", "3,736.62", "87.39"],
      ...["社会保障和就业支出", "266.68", "6.24"],
      ...["卫生健康支出", "117.52", "2.75"],
      ...["住房保障支出", "154.88", "3.62"],
    ]);
  });

  it("keep exact values beside the text", () => {
    const fig1 = byId.get("fig1")!.data;
    expect(fig1.kind === "bar" && fig1.series.map((s) => s.values.map((v) => v?.hundredths))).toEqual([
      [650_797n, 650_797n],
      [429_991n, 429_991n],
    ]);
  });

  it.each(charts.map((c) => [c.id, c] as const))("%s is a well-formed SVG with its title, labels and values", (_, chart) => {
    expect(chart.svg.startsWith("<svg")).toBe(true);
    expect(chart.svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(wellFormedProblems(chart.svg)).toEqual([]);
    expect(chart.svg).toContain(chart.title.replace(/^图\d：/, "").replace("（单位：万元）", ""));
    expect(chart.svg).toContain("Noto Sans CJK SC");
    expect(chart.svg).not.toContain("NaN");
    for (const text of values(chart.data)) expect(chart.svg).toContain(text);
    if (chart.data.kind === "bar") {
      for (const category of chart.data.categories) expect(chart.svg).toContain(category);
      expect(chart.svg).toContain("单位：万元");
    }
  });

  it("uses a font family that fits inside ECharts' double-quoted style attribute", () => {
    expect(CHART_FONT_FAMILY).not.toContain('"');
  });
});

describe("charts with missing data", () => {
  it("leave out last year's bars when last year is not entered, and draw an empty pie", () => {
    const empty = deriveReport(shandong2024, new Map(), emptyInputs());
    const lastYear = { ...zaozhuang2024Facts.lastYear, total: null, fiscalTotal: null, gp: null };
    const result = buildCharts({ year: 2024, derived: empty, lastYear, style });
    const fig1 = result[0].data;
    expect(fig1.kind === "bar" && fig1.series[0].values).toEqual([null, null]);
    expect(result[1].data).toEqual({ kind: "pie", slices: [] });
    for (const chart of result) expect(wellFormedProblems(chart.svg)).toEqual([]);
  });

  it("render at the size asked for", () => {
    const [fig1] = buildCharts({ year: 2024, derived, lastYear: zaozhuang2024Facts.lastYear, style, size: { width: 800, height: 500 } });
    expect(fig1.svg).toMatch(/^<svg width="800" height="500"/);
  });
});

describe("drawing a figure again", () => {
  it("gives the kept SVG for the same figure and a new one when its data or size differs", () => {
    const again = buildCharts({ year: 2024, derived, lastYear: zaozhuang2024Facts.lastYear, style });
    expect(again.map((c) => c.svg)).toEqual(charts.map((c) => c.svg));
    // ECharts numbers its instances in the class names: a drawn-again figure would differ.
    expect(again[0].svg).toBe(byId.get("fig1")!.svg);

    const blank = deriveReport(shandong2024, zaozhuang2024SubjectNames, emptyInputs());
    const other = buildCharts({ year: 2024, derived: blank, lastYear: zaozhuang2024Facts.lastYear, style });
    expect(other[0].svg).not.toBe(charts[0].svg);
    const larger = buildCharts({ year: 2024, derived, lastYear: zaozhuang2024Facts.lastYear, style, size: { width: 800, height: 500 } });
    expect(larger[0].svg).not.toBe(charts[0].svg);
  });
});
