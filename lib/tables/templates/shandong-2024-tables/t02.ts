/** 公开02表 收入决算表: income by 项 and source. */
import type { CodedTableSpec } from "../../types";
import { inputColumn, sumColumn } from "../column-specs";

export const SHANDONG_2024_T02: CodedTableSpec = {
  kind: "coded",
  key: "t02",
  number: "公开02表",
  title: "收入决算表",
  note: "注：本表反映单位本年度取得的各项收入情况。",
  emptyNote: "注：本单位本年度没有收入，故本表无数据。",
  inputGroup: "income",
  columns: [
    sumColumn("total", 1, ["本年收入合计"], "本年收入合计", ["fiscal", "superior", "business", "operating", "affiliated", "other"], "02a"),
    inputColumn("fiscal", 2, ["财政拨款收入"]),
    inputColumn("superior", 3, ["上级补助收入"]),
    inputColumn("business", 4, ["事业收入"]),
    inputColumn("operating", 5, ["经营收入"]),
    inputColumn("affiliated", 6, ["附属单位上缴收入"]),
    inputColumn("other", 7, ["其他收入"]),
  ],
};
