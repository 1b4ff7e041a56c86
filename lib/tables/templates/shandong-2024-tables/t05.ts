/** 公开05表 一般公共预算财政拨款支出决算表. */
import type { CodedTableSpec, ColumnSpec } from "../../types";
import { inputColumn, sumColumn } from "../column-specs";

/** 公开05 and 公开08 share this layout. */
export const fundSpendingColumns = (ruleId: string): ColumnSpec[] => [
  sumColumn("total", 1, ["本年支出", "小计"], "本年支出小计", ["basic", "project"], ruleId),
  inputColumn("basic", 2, ["本年支出", "基本支出"]),
  inputColumn("project", 3, ["本年支出", "项目支出"]),
];

export const SHANDONG_2024_T05: CodedTableSpec = {
  kind: "coded",
  key: "t05",
  number: "公开05表",
  title: "一般公共预算财政拨款支出决算表",
  note: "注：本表反映单位本年度一般公共预算财政拨款支出情况。",
  emptyNote: "注：本单位没有一般公共预算财政拨款支出，故本表无数据。",
  inputGroup: "gp",
  columns: fundSpendingColumns("05a"),
};
