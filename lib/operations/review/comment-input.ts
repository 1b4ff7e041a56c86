import { z } from "zod";
import { TABLE_KEYS } from "@/lib/tables/types";
import { isUnsafeText, unsafeTextMessage } from "@/lib/validation/text";

export const MAX_COMMENT_LENGTH = 2000;

/** A reviewer's comment as a request sends it: on the report, a table, or one cell ("t03:2010301:basic"). */
export const commentSchema = z.object({
  reportId: z.string().min(1).max(64),
  tableKey: z.enum(TABLE_KEYS).nullish(),
  cell: z.string().max(64).nullish(),
  body: z
    .string({ error: "请填写审核意见" })
    .max(MAX_COMMENT_LENGTH, `审核意见最多 ${MAX_COMMENT_LENGTH} 个字符`)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, "请填写审核意见")
    .refine((s) => !isUnsafeText(s, { multiline: true }), unsafeTextMessage("审核意见")),
});
export type CommentInput = z.output<typeof commentSchema>;
