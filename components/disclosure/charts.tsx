import type { ChartId } from "@/lib/charts";

export type ChartImage = {
  readonly id: ChartId;
  readonly title: string;
} & (
  | {
      /** SVG markup from lib/charts: drawn by ECharts from our own figures only. */
      readonly svg: string;
    }
  | {
      /** The address of the SVG file: public pages load the pictures as files, cached forever. */
      readonly src: string;
    }
);

/** One of 图1–图6: the caption as published disclosures print it, then the server-rendered picture. */
export function ChartFigure({ chart }: { chart: ChartImage }) {
  return (
    <figure className="my-4 break-inside-avoid" data-testid={`chart-${chart.id}`}>
      <figcaption className="mb-2 text-center font-serif">{chart.title}</figcaption>
      {"src" in chart ? (
        // eslint-disable-next-line @next/next/no-img-element -- an immutable SVG file of our own; nothing to optimise
        <img src={chart.src} alt={chart.title} width={640} height={400} className="mx-auto h-auto max-w-full" />
      ) : (
        <div
          role="img"
          aria-label={chart.title}
          className="mx-auto max-w-[640px] [&_svg]:h-auto [&_svg]:max-w-full"
          dangerouslySetInnerHTML={{ __html: chart.svg }}
        />
      )}
    </figure>
  );
}

/** Where a chart goes when there is no picture (the live text on the facts page). */
export function ChartPlaceholder({ title }: { title: string }) {
  return (
    <figure className="my-3 rounded border border-dashed border-slate-300 px-4 py-3 text-center text-sm text-slate-500">
      <figcaption>{title}（图表在“公开预览”中显示）</figcaption>
    </figure>
  );
}
