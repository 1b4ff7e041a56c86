/** The 自评结果汇总表 header: 部门(单位)名称 (the report's unit name when blank) and 填报日期. */
import { z } from "zod";
import { isIsoDate } from "../date";
import { unknownKeys } from "../parse";
import { optionalPlainText } from "../text";

export const summaryInfoSchema = z.strictObject(
  {
    summaryUnitName: optionalPlainText("部门(单位)名称", 100),
    summaryFiledOn: z
      .string({ error: "请填写填报日期" })
      .trim()
      .refine((s) => s === "" || isIsoDate(s), "填报日期格式不正确，例如 2025-02-24")
      .transform((s) => (s === "" ? undefined : s)),
  },
  { error: unknownKeys },
);

export type SummaryInfo = z.output<typeof summaryInfoSchema>;
