/** 公开09表 财政拨款“三公”经费支出决算表: budget and actual side by side. */
import type { ColumnSpec, SingleRowTableSpec } from "../../types";
import { inputColumn, sumColumn } from "../column-specs";

function threePublicColumns(group: "budget" | "actual", first: number, heading: string): ColumnSpec[] {
  const key = (field: string) => `${group}.${field}`;
  const vehicles = "公务用车购置及运行维护费";
  return [
    sumColumn(key("total"), first, [heading, "合计"], `${heading}合计`, [key("abroad"), key("vehicles"), key("reception")], "09a"),
    inputColumn(key("abroad"), first + 1, [heading, "因公出国(境)费"], `${heading}因公出国(境)费`),
    sumColumn(key("vehicles"), first + 2, [heading, vehicles, "小计"], `${heading}${vehicles}小计`, [key("vehiclePurchase"), key("vehicleOps")], "09a"),
    inputColumn(key("vehiclePurchase"), first + 3, [heading, vehicles, "公务用车购置费"], `${heading}公务用车购置费`),
    inputColumn(key("vehicleOps"), first + 4, [heading, vehicles, "公务用车运行维护费"], `${heading}公务用车运行维护费`),
    inputColumn(key("reception"), first + 5, [heading, "公务接待费"], `${heading}公务接待费`),
  ];
}

export const SHANDONG_2024_T09: SingleRowTableSpec = {
  kind: "single",
  key: "t09",
  number: "公开09表",
  title: "财政拨款“三公”经费支出决算表",
  note: "注：本表反映单位本年度财政拨款“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
  emptyNote: "注：本单位没有财政拨款“三公”经费支出，故本表无数据。",
  columns: [...threePublicColumns("budget", 1, "预算数"), ...threePublicColumns("actual", 7, "决算数")],
};
