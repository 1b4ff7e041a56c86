import { z } from "zod";

export const loginSchema = z.object({
  login: z.string().trim().min(1, "请输入账号").max(64, "账号最多 64 个字符"),
  password: z.string().min(1, "请输入密码").max(128, "密码过长"),
});
export type LoginInput = z.infer<typeof loginSchema>;
