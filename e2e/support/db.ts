import { createPrismaClient } from "../../prisma/client";

/** The test database the app under test uses (set by `npm test`). */
export const testDb = createPrismaClient(process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/juesuan_test", 4);
