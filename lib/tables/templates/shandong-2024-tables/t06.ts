/** 公开06表 一般公共预算财政拨款基本支出决算明细表: by economic classification. */
import type { EconomicTableSpec } from "../../types";
import { SHANDONG_2024_ECONOMIC_CLASSES } from "./economic-classes";

export const SHANDONG_2024_T06: EconomicTableSpec = {
  kind: "economic",
  key: "t06",
  number: "公开06表",
  title: "一般公共预算财政拨款基本支出决算明细表",
  note: "注：本表反映单位本年度一般公共预算财政拨款基本支出明细情况。",
  emptyNote: "注：本单位没有一般公共预算财政拨款基本支出，故本表无数据。",
  classes: SHANDONG_2024_ECONOMIC_CLASSES,
  blocks: [
    { heading: "人员经费", classes: ["301", "303"] },
    { heading: "公用经费", classes: ["302"] },
    { heading: "公用经费", classes: ["307", "310", "399"] },
  ],
  personnelTotalLabel: "人员经费合计",
  publicTotalLabel: "公用经费合计",
};
