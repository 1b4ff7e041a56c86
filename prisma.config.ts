import "dotenv/config";
import { defineConfig } from "prisma/config";
import { databaseLocation } from "./lib/database-url";
import { migrationAdapter } from "./prisma/migration-adapter";

// Prisma 6.19 with the WASM schema engine ("js") so migrations run offline;
// see docs/decisions/002-prisma-6-19-offline-migrations.md.
const url = databaseLocation().url;
process.env.DATABASE_URL ??= url;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => migrationAdapter(url),
});
