/**
 * The tables of 上海 2024 that differ from 山东 only in their printed number and note (表二, 三, 五),
 * and the ones whose layout differs: 表六 in two blocks without 307/399, 表九 (国有资本经营) with
 * the six columns of 政府性基金, 表七 (三公) as a 预算数 row over a 决算数 row.
 * Keys follow the content: t07 政府性基金 prints as 表八, t08 国有资本经营 as 表九, t09 三公 as 表七.
 */
import type { CodedTableSpec, EconomicTableSpec, SingleRowTableSpec } from "../../types";
import { SHANDONG_2024_ECONOMIC_CLASSES } from "../shandong-2024-tables/economic-classes";
import { SHANDONG_2024_T02 } from "../shandong-2024-tables/t02";
import { SHANDONG_2024_T03 } from "../shandong-2024-tables/t03";
import { SHANDONG_2024_T05 } from "../shandong-2024-tables/t05";
import { SHANDONG_2024_T06 } from "../shandong-2024-tables/t06";
import { fundBalanceColumns, SHANDONG_2024_T07 } from "../shandong-2024-tables/t07";
import { SHANDONG_2024_T09 } from "../shandong-2024-tables/t09";

export const SHANGHAI_2024_T02: CodedTableSpec = {
  ...SHANDONG_2024_T02,
  number: "表二",
  note: "注：本表反映本年度取得的各项收入情况。",
  emptyNote: "注：本年度没有收入，故本表无数据。",
};

export const SHANGHAI_2024_T03: CodedTableSpec = {
  ...SHANDONG_2024_T03,
  number: "表三",
  note: "注：本表反映本年度各项支出情况。",
  emptyNote: "注：本年度没有支出，故本表无数据。",
};

export const SHANGHAI_2024_T05: CodedTableSpec = {
  ...SHANDONG_2024_T05,
  number: "表五",
  note: "注：本表反映本年度一般公共预算财政拨款支出情况。",
  emptyNote: "注：本年度没有一般公共预算财政拨款支出，故本表无数据。",
};

/** 人员经费 = 301 + 303, 公用经费 = 302 + 310; 上海 prints no 307 or 399 block. */
export const SHANGHAI_2024_T06: EconomicTableSpec = {
  ...SHANDONG_2024_T06,
  number: "表六",
  note: "注：本表反映本年度一般公共预算财政拨款基本支出明细情况。",
  emptyNote: "注：本年度没有一般公共预算财政拨款基本支出，故本表无数据。",
  classes: SHANDONG_2024_ECONOMIC_CLASSES.filter((c) => ["301", "302", "303", "310"].includes(c.code)),
  blocks: [
    { heading: "人员经费", classes: ["301", "303"] },
    { heading: "公用经费", classes: ["302", "310"] },
  ],
};

export const SHANGHAI_2024_T07: CodedTableSpec = {
  ...SHANDONG_2024_T07,
  number: "表八",
  note: "注：本表反映本年度政府性基金预算财政拨款收入、支出及结转和结余情况。",
  emptyNote: "注：本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。",
};

export const SHANGHAI_2024_T08: CodedTableSpec = {
  kind: "coded",
  key: "t08",
  number: "表九",
  title: "国有资本经营预算财政拨款收入支出决算表",
  note: "注：本表反映本年度国有资本经营预算财政拨款收入、支出及结转和结余情况。",
  emptyNote: "注：本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。",
  inputGroup: "soe",
  columns: fundBalanceColumns("08a"),
};

export const SHANGHAI_2024_T09: SingleRowTableSpec = {
  ...SHANDONG_2024_T09,
  number: "表七",
  note: "注：本表反映本年度财政拨款“三公”经费支出预决算情况。预算数为“三公”经费全年预算数；决算数是包括当年财政拨款和以前年度结转资金安排的实际支出。",
  emptyNote: "注：本年度没有财政拨款“三公”经费支出，故本表无数据。",
  layout: "rows",
};
