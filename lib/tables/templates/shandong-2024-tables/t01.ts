/** 公开01表 收入支出决算总表: all funds' income and spending, line by line. */
import type { FixedTableSpec } from "../../types";
import { amountColumn, blankLines } from "../column-specs";

export const SHANDONG_2024_T01: FixedTableSpec = {
  kind: "fixed",
  key: "t01",
  number: "公开01表",
  title: "收入支出决算总表",
  note: "注：1. 本表反映单位本年度的总收支和年末结转结余情况。2. 本套报表金额单位转换时可能存在尾数误差。",
  incomeHeading: "收入",
  expenditureHeading: "支出",
  incomeColumn: amountColumn(1),
  expenditureColumns: [amountColumn(2)],
  categoryOrdinals: true,
  income: [
    { line: 1, ordinal: 1, role: "fund:gp", label: "一般公共预算财政拨款收入" },
    { line: 2, ordinal: 2, role: "fund:gf", label: "政府性基金预算财政拨款收入" },
    { line: 3, ordinal: 3, role: "fund:soe", label: "国有资本经营预算财政拨款收入" },
    { line: 4, ordinal: 4, role: "source:superior", label: "上级补助收入" },
    { line: 5, ordinal: 5, role: "source:business", label: "事业收入" },
    { line: 6, ordinal: 6, role: "source:operating", label: "经营收入" },
    { line: 7, ordinal: 7, role: "source:affiliated", label: "附属单位上缴收入" },
    { line: 8, ordinal: 8, role: "source:other", label: "其他收入" },
    ...blankLines(9, 26),
    { line: 27, role: "total", label: "本年收入合计" },
    { line: 28, role: "nonFiscalBalanceUsed", label: "使用非财政拨款结余(含专用结余)" },
    { line: 29, role: "openingBalance", label: "年初结转和结余" },
    ...blankLines(30, 30),
    { line: 31, role: "grandTotal", label: "总计" },
  ],
  expenditure: [
    { categories: true, firstLine: 32 },
    { line: 58, role: "total", label: "本年支出合计" },
    { line: 59, role: "surplusDistribution", label: "结余分配" },
    { line: 60, role: "closingBalance", label: "年末结转和结余" },
    ...blankLines(61, 61),
    { line: 62, role: "grandTotal", label: "总计" },
  ],
};
