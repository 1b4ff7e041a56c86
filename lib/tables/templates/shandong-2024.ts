/**
 * 山东省 2024 年度单位决算公开 (公开01–09表) as the province prints them: titles, notes, 栏次,
 * 行次, the 26 expenditure categories and the three-block economic list of 公开06. What each
 * table holds and how its lines relate is described in docs/domain/tables.md.
 */
import { SHANDONG_GRADES } from "../../performance/grades";
import type { ReportTemplate } from "../types";
import { SHANDONG_2024_CATEGORIES } from "./shandong-2024-tables/categories";
import { SHANDONG_2024_T01 } from "./shandong-2024-tables/t01";
import { SHANDONG_2024_T02 } from "./shandong-2024-tables/t02";
import { SHANDONG_2024_T03 } from "./shandong-2024-tables/t03";
import { SHANDONG_2024_T04 } from "./shandong-2024-tables/t04";
import { SHANDONG_2024_T05 } from "./shandong-2024-tables/t05";
import { SHANDONG_2024_T06 } from "./shandong-2024-tables/t06";
import { SHANDONG_2024_T07 } from "./shandong-2024-tables/t07";
import { SHANDONG_2024_T08 } from "./shandong-2024-tables/t08";
import { SHANDONG_2024_T09 } from "./shandong-2024-tables/t09";

export { blankLines, inputColumn, sumColumn } from "./column-specs";
export { SHANDONG_2024_CATEGORIES } from "./shandong-2024-tables/categories";
export { SHANDONG_2024_ECONOMIC_CLASSES } from "./shandong-2024-tables/economic-classes";

export const shandong2024: ReportTemplate = {
  id: "shandong-2024",
  name: "山东省2024年度单位决算公开表",
  amountUnit: "万元",
  tableNumberStyle: { thousands: true, trimZeros: false },
  narrativeNumberStyle: { thousands: true, trimZeros: true },
  categories: SHANDONG_2024_CATEGORIES,
  tables: {
    t01: SHANDONG_2024_T01,
    t02: SHANDONG_2024_T02,
    t03: SHANDONG_2024_T03,
    t04: SHANDONG_2024_T04,
    t05: SHANDONG_2024_T05,
    t06: SHANDONG_2024_T06,
    t07: SHANDONG_2024_T07,
    t08: SHANDONG_2024_T08,
    t09: SHANDONG_2024_T09,
  },
  tableOrder: ["t01", "t02", "t03", "t04", "t05", "t06", "t07", "t08", "t09"],
  gradeScale: SHANDONG_GRADES,
  threePublicLinks: [
    { column: "actual.abroad", economicCode: "30212" },
    { column: "actual.vehicleOps", economicCode: "30231" },
    { column: "actual.reception", economicCode: "30217" },
  ],
};
