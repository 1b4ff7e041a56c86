import type { ReactNode } from "react";
import type { Block, ReasonRun, RequiredReason, Run, Section } from "@/lib/narrative";
import { ChartFigure, ChartPlaceholder, type ChartImage } from "./charts";

export interface NarrativePartProps {
  readonly year: number;
  /** The part's title when it is not a unit's ("第三部分 2024年度部门决算情况说明"). */
  readonly title?: string;
  readonly sections: readonly Section[];
  readonly requiredReasons: readonly RequiredReason[];
  /** 图1–图6 as SVG; without them each figure shows as a placeholder. */
  readonly charts?: readonly ChartImage[];
  /** The facts page puts a text box where each reason goes; the preview prints the reason. */
  readonly renderReason?: (run: ReasonRun, label: string) => ReactNode;
  /** Marks every generated number, with where it comes from as its tooltip. */
  readonly markNumbers?: boolean;
}

/** 第三部分 情况说明: the generated sections, each number and reason in place. */
export function NarrativePart(props: NarrativePartProps) {
  const labels = new Map(props.requiredReasons.map((r) => [r.key, r.label]));
  return (
    <section aria-labelledby="part-narrative" data-testid="part-narrative" className="font-serif leading-8">
      <h2 id="part-narrative" className="mb-6 text-center text-2xl font-semibold">{props.title ?? `第三部分 ${props.year}年度单位决算情况说明`}</h2>
      {props.sections.map((s) => (
        <section key={s.number} id={`narrative-${s.number}`} data-section={s.number} className="mb-4">
          <h3 className="mb-1 text-lg font-semibold">{s.title}</h3>
          {s.blocks.map((b, i) => (
            <BlockView key={i} block={b} labels={labels} {...props} />
          ))}
        </section>
      ))}
    </section>
  );
}

function BlockView({ block, labels, ...props }: NarrativePartProps & { block: Block; labels: ReadonlyMap<string, string> }) {
  switch (block.kind) {
    case "heading":
      return <h4 className="font-semibold">{block.text}</h4>;
    case "figure": {
      const chart = props.charts?.find((c) => c.id === block.chart);
      return chart ? <ChartFigure chart={chart} /> : <ChartPlaceholder title={block.caption} />;
    }
    case "paragraph":
      return (
        <p className="indent-8">
          {block.runs.map((run, i) => (
            <RunView key={i} run={run} label={run.kind === "reason" ? (labels.get(run.key) ?? run.key) : ""} {...props} />
          ))}
        </p>
      );
  }
}

function RunView({ run, label, renderReason, markNumbers }: NarrativePartProps & { run: Run; label: string }) {
  switch (run.kind) {
    case "text":
      return run.text;
    case "reason":
      if (renderReason) return renderReason(run, label);
      if (run.text !== null) return run.text;
      return (
        <mark className="rounded bg-amber-100 px-1 text-amber-900" data-missing-reason={run.key}>
          【待填写：{label}的主要原因】
        </mark>
      );
    default:
      return markNumbers ? (
        <span className="rounded bg-brand-50 px-0.5 text-brand-800" title={run.source} data-number={run.kind}>
          {run.text}
          {run.unit}
        </span>
      ) : (
        `${run.text}${run.unit}`
      );
  }
}
