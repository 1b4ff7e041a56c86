"use client";
/** The editor of 公开01/04: the few amounts staff enter, above a preview of the derived table. */
import { DisclosureTable } from "@/components/disclosure/disclosure-table";
import { tableGrid } from "@/lib/disclosure/table-grid";
import { AMOUNT_COLUMN, FIXED_INPUT_ROWS, formatCellAddress } from "@/lib/tables/inputs";
import { InputAmount, type EditorProps } from "./table-editor-cells";

export function FixedEditor(props: EditorProps) {
  const { grid, derived, template } = props;
  const no = (key: keyof typeof template.tables) => template.tables[key].number;
  const table = props.table as "t01" | "t04";
  const rows = Object.entries(FIXED_INPUT_ROWS[table]);
  return (
    <>
      <table className="disclosure-table mb-6 max-w-2xl" data-testid={`editor-${table}`}>
        <thead>
          <tr>
            <th>填写项目</th>
            <th className="w-48">金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([row, label], r) => (
            <tr key={row} data-row-key={row}>
              <td>{label}</td>
              <InputAmount grid={grid} address={formatCellAddress({ table, row, column: AMOUNT_COLUMN })} label={label} r={r} c={0} />
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mb-2 text-xs text-slate-500">
        {table === "t01"
          ? `${no("t01")}其余各行由${no("t02")}、${no("t03")}、${no("t04")}自动生成：`
          : `${no("t04")}支出各栏由${no("t05")}、${no("t07")}、${no("t08")}自动生成，年末结转和结余 = 年初 + 收入 − 支出：`}
      </p>
      <DisclosureTable grid={tableGrid(derived.tables[table], "（预览）", template.tableNumberStyle)} />
    </>
  );
}
