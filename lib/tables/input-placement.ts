/** Which cells staff may fill: the check the save path runs on every submitted cell. */
import { ITEM_CODE } from "./cell-address";
import { AMOUNT_COLUMN, FIXED_INPUT_ROWS, THREE_PUBLIC_ROWS } from "./report-inputs";
import type { ReportTemplate, TableKey } from "./types";

export type InputCellCheck = { ok: true } | { ok: false; message: string };

const derivedMessage = (label: string) => `「${label}」为自动计算单元格，不能直接填写`;

/** Whether (row, column) is a cell staff may fill in this table, with the reason when not. */
export function checkInputCell(
  template: ReportTemplate,
  table: TableKey,
  row: string,
  column: string,
): InputCellCheck {
  const spec = template.tables[table];
  switch (spec.kind) {
    case "coded": {
      if (row === "合计") return { ok: false, message: derivedMessage("合计") };
      if (/^\d{3}$|^\d{5}$/.test(row)) {
        return { ok: false, message: `「${row}」为类、款汇总行，自动计算，不能直接填写` };
      }
      if (!ITEM_CODE.test(row)) return { ok: false, message: `科目编码「${row}」应为7位项级科目编码` };
      const col = spec.columns.find((c) => c.key === column);
      if (!col) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      return col.source.kind === "input" ? { ok: true } : { ok: false, message: derivedMessage(col.title) };
    }
    case "fixed": {
      if (column !== AMOUNT_COLUMN) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      if (Object.hasOwn(FIXED_INPUT_ROWS[spec.key], row)) return { ok: true };
      const line = [...spec.income, ...spec.expenditure].find((l) => "role" in l && l.role === row);
      if (line && "label" in line) return { ok: false, message: derivedMessage(line.label) };
      return { ok: false, message: `${spec.number}没有可填写的「${row}」行` };
    }
    case "economic": {
      const cls = spec.classes.find((c) => c.code === row);
      if (cls) return { ok: false, message: derivedMessage(`${cls.code} ${cls.name}`) };
      if (column !== AMOUNT_COLUMN) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      const known = spec.classes.some((c) => c.items.some((i) => i.code === row));
      return known ? { ok: true } : { ok: false, message: `经济分类科目「${row}」不在${spec.number}的科目列表中` };
    }
    case "single": {
      if (!(THREE_PUBLIC_ROWS as readonly string[]).includes(row)) {
        return { ok: false, message: `${spec.number}没有「${row}」行，应为预算数（budget）或决算数（actual）` };
      }
      const col = spec.columns.find((c) => c.key === `${row}.${column}`);
      if (!col) return { ok: false, message: `${spec.number}没有「${column}」栏` };
      return col.source.kind === "input" ? { ok: true } : { ok: false, message: derivedMessage(col.title) };
    }
  }
}
