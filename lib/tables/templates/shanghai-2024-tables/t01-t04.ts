/**
 * 上海 收入支出决算总表 (表一) and 财政拨款收入支出决算总表 (表四): no 行次 printed; the income lines
 * carry 一、二、… ordinals and the halves pair up by position, so no filler lines are kept.
 */
import type { FixedTableSpec } from "../../types";
import { SHANDONG_2024_T01 } from "../shandong-2024-tables/t01";
import { SHANDONG_2024_T04 } from "../shandong-2024-tables/t04";
import { unnumberedBlankLines } from "../column-specs";

export const SHANGHAI_2024_T01: FixedTableSpec = {
  ...SHANDONG_2024_T01,
  number: "表一",
  note: "注：本表反映本年度的总收支和年末结转结余情况。",
  income: [
    { line: null, ordinal: 1, role: "fund:gp", label: "一般公共预算财政拨款收入" },
    { line: null, ordinal: 2, role: "fund:gf", label: "政府性基金预算财政拨款收入" },
    { line: null, ordinal: 3, role: "fund:soe", label: "国有资本经营预算财政拨款收入" },
    { line: null, ordinal: 4, role: "source:superior", label: "上级补助收入" },
    { line: null, ordinal: 5, role: "source:business", label: "事业收入" },
    { line: null, ordinal: 6, role: "source:operating", label: "经营收入" },
    { line: null, ordinal: 7, role: "source:affiliated", label: "附属单位上缴收入" },
    { line: null, ordinal: 8, role: "source:other", label: "其他收入" },
    ...unnumberedBlankLines(18),
    { line: null, role: "total", label: "本年收入合计" },
    { line: null, role: "nonFiscalBalanceUsed", label: "使用非财政拨款结余" },
    { line: null, role: "openingBalance", label: "年初结转和结余" },
    { line: null, role: "grandTotal", label: "总计" },
  ],
  expenditure: [
    { categories: true, firstLine: null },
    { line: null, role: "total", label: "本年支出合计" },
    { line: null, role: "surplusDistribution", label: "结余分配" },
    { line: null, role: "closingBalance", label: "年末结转和结余" },
    { line: null, role: "grandTotal", label: "总计" },
  ],
};

export const SHANGHAI_2024_T04: FixedTableSpec = {
  ...SHANDONG_2024_T04,
  number: "表四",
  note: "注：本表反映本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。",
  income: [
    { line: null, ordinal: 1, role: "fund:gp", label: "一般公共预算财政拨款" },
    { line: null, ordinal: 2, role: "fund:gf", label: "政府性基金预算财政拨款" },
    { line: null, ordinal: 3, role: "fund:soe", label: "国有资本经营预算财政拨款" },
    ...unnumberedBlankLines(23),
    { line: null, role: "total", label: "本年收入合计" },
    { line: null, role: "openingBalance", label: "年初财政拨款结转和结余" },
    { line: null, role: "openingBalance:gp", label: "一般公共预算财政拨款" },
    { line: null, role: "openingBalance:gf", label: "政府性基金预算财政拨款" },
    { line: null, role: "openingBalance:soe", label: "国有资本经营预算财政拨款" },
    { line: null, role: "grandTotal", label: "总计" },
  ],
  expenditure: [
    { categories: true, firstLine: null },
    { line: null, role: "total", label: "本年支出合计" },
    { line: null, role: "closingBalance", label: "年末财政拨款结转和结余" },
    ...unnumberedBlankLines(3),
    { line: null, role: "grandTotal", label: "总计" },
  ],
};
