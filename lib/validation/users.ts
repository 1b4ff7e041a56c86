import { z } from "zod";
import { plainText } from "./text";

const password = z
  .string()
  .min(8, "密码至少 8 位")
  .max(64, "密码最多 64 位")
  .refine((s) => /[A-Za-z]/.test(s) && /[0-9]/.test(s), { message: "密码须同时包含字母和数字" });

const base = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{3,32}$/, "登录账号为 3–32 位字母、数字、下划线、点或连字符"),
  displayName: plainText("姓名", 40),
  role: z.enum(["UNIT_STAFF", "REVIEWER", "DEPARTMENT_REVIEWER", "ADMIN"], { error: "请选择角色" }),
  unitId: z.string().nullish().transform((s) => (s ? s : null)),
  scopeUnitIds: z.array(z.string().min(1)).max(500, "覆盖单位过多").default([]),
});

// A staff member reports for exactly one unit; a reviewer covers at least one unit or department, a department reviewer at least one department.
function roleRules(v: { role: string; unitId: string | null; scopeUnitIds: string[] }, ctx: z.RefinementCtx) {
  if (v.role === "UNIT_STAFF" && !v.unitId) ctx.addIssue({ code: "custom", path: ["unitId"], message: "单位填报人员必须选择所属单位" });
  if (v.role === "REVIEWER" && v.scopeUnitIds.length === 0) ctx.addIssue({ code: "custom", path: ["scopeUnitIds"], message: "财政审核人员至少负责一个单位或部门" });
  if (v.role === "DEPARTMENT_REVIEWER" && v.scopeUnitIds.length === 0) ctx.addIssue({ code: "custom", path: ["scopeUnitIds"], message: "部门审核人员至少负责一个部门" });
}

export const userCreateSchema = base.extend({ password }).superRefine(roleRules);
export const userUpdateSchema = base.extend({ id: z.string().min(1) }).superRefine(roleRules);
export const resetPasswordSchema = z.object({ id: z.string().min(1), password });

export type UserCreateInput = z.input<typeof userCreateSchema>;
export type UserUpdateInput = z.input<typeof userUpdateSchema>;
