import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client";

/**
 * One `pg` pool per process, shared by Prisma (through its adapter) and the few hot paths
 * that speak SQL directly (docs/decisions/005-hot-paths-in-sql.md).
 */
export function createDatabase(connectionString: string, max = 10): { db: PrismaClient; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max });
  return { db: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

/** A Prisma client for the seed and the tests. */
export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  return createDatabase(connectionString, max).db;
}
