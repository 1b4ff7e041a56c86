/** 公开08表 国有资本经营预算财政拨款支出决算表. */
import type { CodedTableSpec } from "../../types";
import { fundSpendingColumns } from "./t05";

export const SHANDONG_2024_T08: CodedTableSpec = {
  kind: "coded",
  key: "t08",
  number: "公开08表",
  title: "国有资本经营预算财政拨款支出决算表",
  note: "注：本表反映单位本年度国有资本经营预算财政拨款支出情况。",
  emptyNote: "注：本单位没有使用国有资本经营预算安排的支出，故本表无数据。",
  inputGroup: "soe",
  columns: fundSpendingColumns("08a"),
};
