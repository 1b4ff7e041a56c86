import type { CatalogEntry } from "./codes";
import { buildCatalogWorkbook } from "./export";

/** Eleven real 2025 function subjects covering 类, 款 and 项, complete on their own. */
export const SAMPLE_GOOD_ENTRIES: readonly CatalogEntry[] = [
  { code: "201", name: "一般公共服务支出" },
  { code: "20101", name: "人大事务" },
  { code: "2010101", name: "行政运行", explanation: "反映行政单位（包括实行公务员管理的事业单位）的基本支出。" },
  { code: "2010102", name: "一般行政管理事务" },
  { code: "20103", name: "政府办公厅(室)及相关机构事务" },
  { code: "2010301", name: "行政运行", explanation: "反映行政单位（包括实行公务员管理的事业单位）的基本支出。" },
  { code: "2010302", name: "一般行政管理事务" },
  { code: "208", name: "社会保障和就业支出" },
  { code: "20805", name: "行政事业单位养老支出" },
  { code: "2080505", name: "机关事业单位基本养老保险缴费支出" },
  { code: "2080506", name: "机关事业单位职业年金缴费支出" },
];

const BAD_CSV = [
  "科目编码,科目名称,说明",
  "201,一般公共服务支出,",
  "2010,人大事务,",
  "2019901,其他一般公共服务支出,",
  "20101,<script>alert(1)</script>,",
].join("\r\n");

/** What importing the bad sample as a FUNCTION catalog must report, in this order. */
export const SAMPLE_BAD_ERRORS: readonly string[] = [
  "第3行：科目编码“2010”长度应为3、5或7位（功能分类）",
  "第4行：上级科目“20199”不存在",
  "第5行：科目名称含有不允许的字符“<”“>”",
];

/** Upload files for end-to-end tests: a valid .xlsx and a .csv with three row errors. */
export async function buildSampleCatalogFiles(): Promise<{ good: Buffer; bad: Buffer }> {
  return {
    good: await buildCatalogWorkbook("FUNCTION", 2025, SAMPLE_GOOD_ENTRIES),
    bad: Buffer.from(BAD_CSV, "utf8"),
  };
}
