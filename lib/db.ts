import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/prisma/client";
import { env } from "./env";

// One client per process; in development Next re-evaluates modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const db = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL, 20);
if (env.NODE_ENV !== "production") globalForPrisma.prisma = db;
