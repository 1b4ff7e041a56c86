import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Where the database is. `DATABASE_URL` wins; without it the project uses its own
 * embedded PostgreSQL, whose data directory and port are derived from the checkout's
 * path so that two clones on one machine never share a cluster.
 */
export interface DatabaseLocation {
  url: string;
  embedded: boolean;
  /** Only for the embedded server. */
  dataDir?: string;
  port?: number;
}

export const EMBEDDED_DATABASE = "juesuan";

export function embeddedServer(projectRoot = process.cwd()) {
  const digest = createHash("sha1").update(projectRoot).digest();
  // Kept under the system temp dir: the postgres OS user must be able to reach it,
  // which a clone under a mode-700 home would not allow.
  const dataDir = path.join(tmpdir(), `juesuan-pg-${digest.subarray(0, 4).toString("hex")}`);
  const port = 54000 + (digest.readUInt16BE(4) % 900);
  return { dataDir, port };
}

export function databaseLocation(env: NodeJS.ProcessEnv = process.env, projectRoot = process.cwd()): DatabaseLocation {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false };
  const { dataDir, port } = embeddedServer(projectRoot);
  return { url: `postgresql://postgres@127.0.0.1:${port}/${EMBEDDED_DATABASE}`, embedded: true, dataDir, port };
}

/** The same server, another database (tests use `<name>_test`). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
}

export function isLocalHost(url: string): boolean {
  const host = new URL(url).hostname;
  return host === "localhost" || host === "127.0.0.1" || host === "::1" || host === "[::1]" || host.endsWith(".localhost");
}
