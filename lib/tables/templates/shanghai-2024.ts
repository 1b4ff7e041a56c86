/**
 * 上海市 2024 年度部门（单位）决算公开表 as Shanghai's district departments print them: no 行次,
 * 一、二、… on the income lines, 表六 in two blocks, 国有资本经营 with six columns, 三公 as two rows,
 * the tables printed in the order 一…六, 七 三公, 八 政府性基金, 九 国有资本经营, numbers without a
 * thousands separator and always with two decimals, and grades 优/良/合格/不合格.
 * docs/domain/templates.md lists every difference from 山东 2024.
 */
import { SHANGHAI_GRADES } from "../../performance/grades";
import type { ReportTemplate } from "../types";
import { SHANDONG_2024_CATEGORIES } from "./shandong-2024-tables/categories";
import { SHANGHAI_2024_T01, SHANGHAI_2024_T04 } from "./shanghai-2024-tables/t01-t04";
import {
  SHANGHAI_2024_T02,
  SHANGHAI_2024_T03,
  SHANGHAI_2024_T05,
  SHANGHAI_2024_T06,
  SHANGHAI_2024_T07,
  SHANGHAI_2024_T08,
  SHANGHAI_2024_T09,
} from "./shanghai-2024-tables/tables";

export const shanghai2024: ReportTemplate = {
  id: "shanghai-2024",
  name: "上海市2024年度部门（单位）决算公开表",
  amountUnit: "万元",
  tableNumberStyle: { thousands: false, trimZeros: false },
  narrativeNumberStyle: { thousands: false, trimZeros: false },
  // The same 26 类 as 山东; a published document may print only some of them.
  categories: SHANDONG_2024_CATEGORIES,
  tables: {
    t01: SHANGHAI_2024_T01,
    t02: SHANGHAI_2024_T02,
    t03: SHANGHAI_2024_T03,
    t04: SHANGHAI_2024_T04,
    t05: SHANGHAI_2024_T05,
    t06: SHANGHAI_2024_T06,
    t07: SHANGHAI_2024_T07,
    t08: SHANGHAI_2024_T08,
    t09: SHANGHAI_2024_T09,
  },
  tableOrder: ["t01", "t02", "t03", "t04", "t05", "t06", "t09", "t07", "t08"],
  gradeScale: SHANGHAI_GRADES,
  threePublicLinks: [
    { column: "actual.abroad", economicCode: "30212" },
    { column: "actual.vehicleOps", economicCode: "30231" },
    { column: "actual.reception", economicCode: "30217" },
  ],
};
