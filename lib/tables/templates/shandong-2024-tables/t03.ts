/** 公开03表 支出决算表: spending by 项 and kind. */
import type { CodedTableSpec } from "../../types";
import { inputColumn, sumColumn } from "../column-specs";

export const SHANDONG_2024_T03: CodedTableSpec = {
  kind: "coded",
  key: "t03",
  number: "公开03表",
  title: "支出决算表",
  note: "注：本表反映单位本年度各项支出情况。",
  emptyNote: "注：本单位本年度没有支出，故本表无数据。",
  inputGroup: "expenditure",
  columns: [
    sumColumn("total", 1, ["本年支出合计"], "本年支出合计", ["basic", "project", "toSuperior", "operating", "toAffiliated"], "03a"),
    inputColumn("basic", 2, ["基本支出"]),
    inputColumn("project", 3, ["项目支出"]),
    inputColumn("toSuperior", 4, ["上缴上级支出"]),
    inputColumn("operating", 5, ["经营支出"]),
    inputColumn("toAffiliated", 6, ["对附属单位补助支出"]),
  ],
};
