import { z } from "zod";

export const catalogKindSchema = z.enum(["FUNCTION", "ECONOMIC"], { error: "科目类别无效" });
export const catalogYearSchema = z.coerce
  .number({ error: "年度须为数字" })
  .int("年度须为整数")
  .min(2000, "年度不能早于 2000 年")
  .max(2100, "年度不能晚于 2100 年");

export const subjectSchema = z.object({
  year: catalogYearSchema,
  kind: catalogKindSchema,
  code: z.string().trim().min(1, "请填写科目编码"),
  name: z.string().trim().min(1, "请填写科目名称"),
  explanation: z.string().trim().max(1000, "说明最多 1000 个字符").optional().default(""),
  /** Editing keeps the code; present means "update this code". */
  editing: z.boolean().optional().default(false),
});
export type SubjectInput = z.input<typeof subjectSchema>;

export const subjectKeySchema = z.object({ year: catalogYearSchema, kind: catalogKindSchema, code: z.string().trim().min(1) });

export const newYearSchema = z.object({
  year: catalogYearSchema,
  // "" from the form's 不复制, null once the form's own resolver has read it so.
  copyFrom: z.union([catalogYearSchema, z.literal(""), z.null()]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
});
