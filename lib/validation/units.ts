import { z } from "zod";
import { plainText } from "./text";

export const UNIT_KIND_LABELS = {
  ADMINISTRATIVE: "行政单位",
  INSTITUTION: "事业单位",
  CIVIL_SERVANT_INSTITUTION: "参公事业单位",
} as const;

/** The regions whose disclosure templates the system has (lib/reports/template-for-year.ts). */
export const REGION_LABELS = {
  SHANDONG: "山东省",
  SHANGHAI: "上海市",
} as const;

export const unitSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z]{3,20}$/, "单位编码为 3–20 位字母或数字"),
  name: plainText("单位名称", 100),
  kind: z.enum(["ADMINISTRATIVE", "INSTITUTION", "CIVIL_SERVANT_INSTITUTION"], { error: "请选择单位性质" }),
  isDepartment: z.boolean(),
  region: z.enum(["SHANDONG", "SHANGHAI"], { error: "请选择所在地区" }),
  parentId: z
    .string()
    .trim()
    .nullish()
    .transform((s) => (s ? s : null)),
});
export type UnitInput = z.input<typeof unitSchema>;

export const unitUpdateSchema = unitSchema.extend({ id: z.string().min(1) });
