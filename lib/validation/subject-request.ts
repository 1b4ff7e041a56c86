/** A unit's request for a missing 项 code, and the admin's answer: one schema each, for the forms and the actions. */
import { z } from "zod";
import { unknownKeys } from "./parse";
import { optionalPlainText, plainText } from "./text";

const id = (what: string) => z.string({ error: `缺少${what}` }).min(1, `缺少${what}`).max(64, `${what}不正确`).regex(/^[A-Za-z0-9_-]+$/, `${what}不正确`);

export const subjectRequestSchema = z.strictObject(
  {
    reportId: id("报表编号"),
    code: z.string({ error: "请填写科目编码" }).trim().regex(/^\d{7}$/, "科目编码应为 7 位项级编码"),
    name: plainText("科目名称", 60),
    note: optionalPlainText("说明", 300),
  },
  { error: unknownKeys },
);
export type SubjectRequestInput = z.output<typeof subjectRequestSchema>;

export const settleRequestSchema = z.discriminatedUnion(
  "decision",
  [
    z.strictObject({ id: id("申请编号"), decision: z.literal("add") }, { error: unknownKeys }),
    z.strictObject({ id: id("申请编号"), decision: z.literal("reject"), reason: plainText("驳回原因", 300) }, { error: unknownKeys }),
  ],
  { error: "请选择补充或驳回" },
);
export type SettleRequestInput = z.output<typeof settleRequestSchema>;
