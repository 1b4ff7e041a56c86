import { seed } from "../../prisma/seed";
import { databaseLocation } from "../database-url";
import { dropDatabase, ensureDatabase, ensureEmbeddedServer } from "./embedded-pg";
import { migrateDeploy } from "./migrate";

/** Drops and recreates a scratch database (tests, benchmarks), migrated and seeded. */
export async function freshDatabase(url: string): Promise<void> {
  await ensureEmbeddedServer(databaseLocation());
  await dropDatabase(url);
  await ensureDatabase(url);
  await migrateDeploy(url);
  await seed(url);
}
