import "server-only";
import { z } from "zod";
import { authSecret } from "./auth/secret";
import { databaseLocation } from "./database-url";

/** Parsed once at start-up; a missing or malformed setting fails loudly with its name. */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET 至少 16 个字符"),
  NEXTAUTH_URL: z.string().url().optional(),
});

function load() {
  const raw = {
    ...process.env,
    DATABASE_URL: databaseLocation().url,
    NEXTAUTH_SECRET: authSecret(),
  };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`环境变量配置错误：${problems}`);
  }
  return parsed.data;
}

export const env = load();
