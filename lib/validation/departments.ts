/**
 * The requests of a department report (部门决算) and of the internal flows a member states: one
 * schema each, shared by the forms and the server actions.
 */
import { z } from "zod";
import { FLOW_LINES } from "@/lib/consolidation/flows";
import { parseYuan } from "@/lib/money";
import { unknownKeys } from "./parse";

const id = (what: string) => z.string({ error: `缺少${what}` }).min(1, `缺少${what}`).max(64, `${what}不正确`).regex(/^[A-Za-z0-9_-]+$/, `${what}不正确`);

export const MAX_MEMBERS = 1000;
export const MAX_FLOWS = 500;

export const reportRequestSchema = z.strictObject({ reportId: id("报表编号") }, { error: unknownKeys });

export const membersSchema = z.strictObject(
  {
    reportId: id("报表编号"),
    members: z
      .array(z.strictObject({ unitId: id("单位编号"), merged: z.boolean({ error: "“并入本级”应为是或否" }) }, { error: unknownKeys }), { error: "成员单位格式不正确" })
      .max(MAX_MEMBERS, `成员单位最多 ${MAX_MEMBERS} 个`)
      .refine((ms) => new Set(ms.map((m) => m.unitId)).size === ms.length, "同一单位只能列入一次"),
  },
  { error: unknownKeys },
);
export type MembersInput = z.output<typeof membersSchema>;

/** One internal flow as the form sends it: the amount as typed, in 元. */
export const flowRowSchema = z.strictObject(
  {
    line: z.enum(FLOW_LINES, { error: "请选择往来项目" }),
    counterpartUnitId: id("对方单位"),
    code: z.string({ error: "请选择科目" }).regex(/^\d{7}$/, "科目应为 7 位项级编码"),
    amount: z
      .string({ error: "金额应为文字" })
      .max(64, "金额过长")
      .transform((text, ctx) => {
        const parsed = parseYuan(text);
        if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
        else if (parsed.fen === null || parsed.fen <= 0n) ctx.addIssue({ code: "custom", message: "金额应大于 0" });
        return parsed.ok && parsed.fen !== null ? parsed.fen : 0n;
      }),
  },
  { error: unknownKeys },
);

export const flowsSchema = z.strictObject(
  {
    reportId: id("报表编号"),
    flows: z
      .array(flowRowSchema, { error: "内部往来格式不正确" })
      .max(MAX_FLOWS, `内部往来最多 ${MAX_FLOWS} 条`)
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((r, i) => {
          const key = `${r.line}|${r.counterpartUnitId}|${r.code}`;
          if (seen.has(key)) ctx.addIssue({ code: "custom", path: [i], message: `第 ${i + 1} 条与前面的一条重复（同一项目、对方单位和科目），请合并为一条` });
          seen.add(key);
        });
      }),
  },
  { error: unknownKeys },
);
export type FlowsInput = z.output<typeof flowsSchema>;
export type FlowsForm = z.input<typeof flowsSchema>;
