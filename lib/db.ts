import "server-only";
import type pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";
import { createDatabase } from "@/prisma/client";
import { env } from "./env";

// One client and pool per process; in development Next re-evaluates modules, so keep them on globalThis.
const globalForDb = globalThis as unknown as { juesuanDb?: { db: PrismaClient; pool: pg.Pool } };

const database = globalForDb.juesuanDb ?? createDatabase(env.DATABASE_URL, 20);
if (env.NODE_ENV !== "production") globalForDb.juesuanDb = database;

export const db = database.db;
/** For the hot paths written in SQL; everything else goes through `db`. */
export const pool = database.pool;
