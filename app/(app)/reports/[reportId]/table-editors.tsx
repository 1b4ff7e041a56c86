"use client";
/** The editor for the active table: one component per table family. */
import { CodedEditor } from "./coded-table-editor";
import { EconomicEditor } from "./economic-table-editor";
import { FixedEditor } from "./fixed-table-editor";
import type { EditorProps } from "./table-editor-cells";
import { ThreePublicEditor } from "./three-public-table-editor";

export type { GridApi, GridHandlers } from "./table-editor-cells";

export function TableEditor(props: EditorProps) {
  const spec = props.template.tables[props.table];
  switch (spec.kind) {
    case "coded":
      return <CodedEditor key={spec.key} {...props} table={spec.key} />;
    case "fixed":
      return <FixedEditor {...props} />;
    case "economic":
      return <EconomicEditor {...props} />;
    case "single":
      return <ThreePublicEditor {...props} />;
  }
}
