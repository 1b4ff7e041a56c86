/** 公开07表 政府性基金预算财政拨款收入支出决算表. */
import type { CodedTableSpec, ColumnSpec } from "../../types";
import { inputColumn, sumColumn } from "../column-specs";

/** A fund's balances and spending: 政府性基金 here, and 国有资本经营 where a template prints it so (上海). */
export const fundBalanceColumns = (ruleId: string): ColumnSpec[] => [
  inputColumn("opening", 1, ["年初结转和结余"]),
  inputColumn("income", 2, ["本年收入"]),
  sumColumn("total", 3, ["本年支出", "小计"], "本年支出小计", ["basic", "project"], ruleId),
  inputColumn("basic", 4, ["本年支出", "基本支出"]),
  inputColumn("project", 5, ["本年支出", "项目支出"]),
  {
    key: "closing",
    number: 6,
    header: ["年末结转和结余"],
    title: "年末结转和结余",
    source: { kind: "formula", plus: ["opening", "income"], minus: ["total"], ruleId },
  },
];

export const SHANDONG_2024_T07: CodedTableSpec = {
  kind: "coded",
  key: "t07",
  number: "公开07表",
  title: "政府性基金预算财政拨款收入支出决算表",
  note: "注：本表反映单位本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
  emptyNote: "注：本单位没有使用政府性基金预算财政拨款安排的支出，故本表无数据。",
  inputGroup: "gf",
  columns: fundBalanceColumns("07a"),
};
