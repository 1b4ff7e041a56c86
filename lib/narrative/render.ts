/** The narrative as plain text, for print/PDF and for comparing with published documents. */
import type { Block, Run, Section } from "./types";

export interface PlainTextOptions {
  /** Printed where a reason is still missing; submission is refused in that state anyway. */
  readonly missingReason?: string;
}

export function runText(run: Run, options: PlainTextOptions = {}): string {
  switch (run.kind) {
    case "text":
      return run.text;
    case "reason":
      return run.text ?? options.missingReason ?? "【待填写主要原因】";
    default:
      return `${run.text}${run.unit}`;
  }
}

export function blockText(block: Block, options: PlainTextOptions = {}): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "figure":
      return block.caption;
    case "paragraph":
      return block.runs.map((r) => runText(r, options)).join("");
  }
}

/** One line per title, heading, figure caption and paragraph; sections separated by a blank line. */
export function renderPlainText(sections: readonly Section[], options: PlainTextOptions = {}): string {
  return sections
    .map((s) => [s.title, ...s.blocks.map((b) => blockText(b, options))].join("\n"))
    .join("\n\n");
}
