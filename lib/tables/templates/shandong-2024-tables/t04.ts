/** 公开04表 财政拨款收入支出决算总表: the three 财政拨款 funds, line by line. */
import type { FixedTableSpec } from "../../types";
import { amountColumn, blankLines, sumColumn } from "../column-specs";

export const SHANDONG_2024_T04: FixedTableSpec = {
  kind: "fixed",
  key: "t04",
  number: "公开04表",
  title: "财政拨款收入支出决算总表",
  note: "注：本表反映单位本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
  incomeHeading: "收入",
  expenditureHeading: "支出",
  incomeColumn: amountColumn(1),
  expenditureColumns: [
    sumColumn("total", 2, ["合计"], "合计", ["gp", "gf", "soe"], "04a"),
    { key: "gp", number: 3, header: ["一般公共预算财政拨款"], title: "一般公共预算财政拨款", source: { kind: "fund", fund: "gp" } },
    { key: "gf", number: 4, header: ["政府性基金预算财政拨款"], title: "政府性基金预算财政拨款", source: { kind: "fund", fund: "gf" } },
    { key: "soe", number: 5, header: ["国有资本经营预算财政拨款"], title: "国有资本经营预算财政拨款", source: { kind: "fund", fund: "soe" } },
  ],
  categoryOrdinals: true,
  income: [
    { line: 1, ordinal: 1, role: "fund:gp", label: "一般公共预算财政拨款" },
    { line: 2, ordinal: 2, role: "fund:gf", label: "政府性基金预算财政拨款" },
    { line: 3, ordinal: 3, role: "fund:soe", label: "国有资本经营预算财政拨款" },
    ...blankLines(4, 26),
    { line: 27, role: "total", label: "本年收入合计" },
    { line: 28, role: "openingBalance", label: "年初财政拨款结转和结余" },
    { line: 29, role: "openingBalance:gp", label: "一般公共预算财政拨款" },
    { line: 30, role: "openingBalance:gf", label: "政府性基金预算财政拨款" },
    { line: 31, role: "openingBalance:soe", label: "国有资本经营预算财政拨款" },
    { line: 32, role: "grandTotal", label: "总计" },
  ],
  expenditure: [
    { categories: true, firstLine: 33 },
    { line: 59, role: "total", label: "本年支出合计" },
    { line: 60, role: "closingBalance", label: "年末财政拨款结转和结余" },
    ...blankLines(61, 63),
    { line: 64, role: "grandTotal", label: "总计" },
  ],
};
