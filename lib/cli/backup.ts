/**
 * `npm run db:backup` and `npm run db:restore` (docs/operations.md, "Backups"). The embedded
 * server ships no pg_dump, and Debian's client is older than the server, so a backup is written
 * here over the ordinary connection in PostgreSQL's own COPY text format, gzip-compressed:
 *
 *   {"format":"juesuan-backup/1", "createdAt", "database", "migrations"}   the header line
 *   @@TABLE {"name","columns"}   then the table's COPY rows, then a line "\."   once per table
 *   @@END {"tables":[{"name","rows","sha256"}]}                             the trailer line
 *
 * A backup reads every table in one REPEATABLE READ transaction: one consistent moment even while
 * the app writes. A restore needs a database migrated with the committed migrations; it refuses one
 * that already holds data (unless told to replace it), loads every table with the foreign keys set
 * aside (a table may refer to itself), adds them back (which checks every reference), compares each
 * table's row count and hash with the trailer, and commits — or, on any difference, keeps nothing.
 * A file cut short has no trailer and is refused.
 */
import { createHash, type Hash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { PassThrough, type Writable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

export const BACKUP_FORMAT = "juesuan-backup/1";
const TABLE_MARK = "@@TABLE ";
const END_MARK = "@@END ";
const END_OF_ROWS = "\\.";

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly createdAt: string;
  readonly database: string;
  readonly migrations: readonly string[];
}

export interface TableSummary {
  readonly name: string;
  readonly rows: number;
  readonly sha256: string;
}

/** The reason a backup cannot be written or restored, in words an operator can act on. */
export class BackupError extends Error {}

interface Table {
  readonly name: string;
  readonly columns: readonly string[];
  /** The primary key's columns: the order rows are written and hashed in. */
  readonly key: readonly string[];
}

/** What pg_dump sets too: the text of dates, times and numbers reads back the same on any server. */
async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SET DateStyle = ISO, YMD; SET IntervalStyle = postgres; SET TimeZone = 'UTC'; SET extra_float_digits = 3; SET client_encoding = 'UTF8'");
  return client;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The application's tables (not Prisma's migration ledger), each with its stored columns in order. */
async function tablesOf(client: pg.ClientBase): Promise<Map<string, Table>> {
  const { rows } = await client.query<Table>(`
    SELECT c.relname AS name,
      array_agg(a.attname::text ORDER BY a.attnum) AS columns,
      coalesce((SELECT array_agg(k.attname::text ORDER BY array_position(i.indkey, k.attnum))
        FROM pg_index i JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = ANY (i.indkey)
        WHERE i.indrelid = c.oid AND i.indisprimary), '{}'::text[]) AS key
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
    GROUP BY c.oid, c.relname ORDER BY c.relname`);
  return new Map(rows.map((t) => [t.name, t]));
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((r) => r.migration_name);
}

/** Streams a table's rows in key order through `each`; returns their count and hash. */
async function readRows(client: pg.ClientBase, table: Table, each: (chunk: Buffer) => Promise<void> | void = () => undefined): Promise<TableSummary> {
  const order = (table.key.length ? table.key : table.columns).map(ident).join(", ");
  const stream = client.query(copyTo(`COPY (SELECT ${table.columns.map(ident).join(", ")} FROM ${ident(table.name)} ORDER BY ${order}) TO STDOUT`));
  const hash: Hash = createHash("sha256");
  let rows = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    for (const byte of chunk) if (byte === 10) rows++;
    await each(chunk);
  }
  return { name: table.name, rows, sha256: hash.digest("hex") };
}

async function writeAll(stream: Writable, data: string | Buffer) {
  if (!stream.write(data)) await new Promise((r) => stream.once("drain", r));
}

/** Writes a backup of the database at `url` to `file`; returns the tables' summaries. */
export async function backupDatabase(url: string, file: string): Promise<TableSummary[]> {
  const client = await connect(url);
  const out = new PassThrough();
  const written = pipeline(out, createGzip(), createWriteStream(file));
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const header: BackupHeader = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), database: new URL(url).pathname.slice(1), migrations: await appliedMigrations(client) };
    await writeAll(out, `${JSON.stringify(header)}\n`);
    const summaries: TableSummary[] = [];
    for (const table of (await tablesOf(client)).values()) {
      await writeAll(out, `${TABLE_MARK}${JSON.stringify({ name: table.name, columns: table.columns })}\n`);
      summaries.push(await readRows(client, table, (chunk) => writeAll(out, chunk)));
      await writeAll(out, `${END_OF_ROWS}\n`);
    }
    await client.query("COMMIT");
    out.end(`${END_MARK}${JSON.stringify({ tables: summaries })}\n`);
    await written;
    return summaries;
  } catch (e) {
    out.destroy(e as Error);
    await written.catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}

export interface RestoreOptions {
  /** Empty the target's tables first instead of refusing a database that holds data. */
  readonly replace?: boolean;
}

function parseLine<T>(line: string | undefined, mark: string, what: string): T {
  try {
    if (line === undefined || !line.startsWith(mark)) throw new Error();
    return JSON.parse(line.slice(mark.length)) as T;
  } catch {
    throw new BackupError(`备份文件已损坏或不完整（${what}不正确）`);
  }
}

/**
 * Loads `file` into the migrated database at `url` in one transaction. Nothing is kept unless every
 * table loaded, every reference holds, and every count and hash equals the backup's.
 */
export async function restoreDatabase(url: string, file: string, options: RestoreOptions = {}): Promise<{ header: BackupHeader; tables: TableSummary[] }> {
  const source = createReadStream(file);
  const input = source.pipe(createGunzip());
  const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
  // A damaged or cut file fails in gunzip, which readline never passes on: race every read with it.
  const broken = new Promise<never>((_, reject) => {
    const fail = (e: NodeJS.ErrnoException) =>
      reject(new BackupError(e.code === "ENOENT" ? `找不到备份文件 ${file}` : "备份文件已损坏或不完整（无法解压）"));
    source.on("error", fail);
    input.on("error", fail);
  });
  broken.catch(() => undefined);
  const next = async () => {
    const line = await Promise.race([lines.next(), broken]).catch((e) => {
      throw e instanceof BackupError ? e : new BackupError("备份文件已损坏或不完整（无法解压）");
    });
    return line.done ? undefined : (line.value as string);
  };
  let header: BackupHeader;
  try {
    header = JSON.parse((await next()) ?? "");
  } catch (e) {
    throw e instanceof BackupError ? e : new BackupError("不是本系统的备份文件（无法读取文件头）");
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError(`不是本系统的备份文件（格式应为 ${BACKUP_FORMAT}）`);

  const client = await connect(url);
  try {
    const applied = await appliedMigrations(client).catch((): string[] => []);
    const missing = header.migrations.filter((m) => !applied.includes(m));
    if (missing.length) throw new BackupError(`目标数据库缺少迁移 ${missing.join("、")}：请先用本版本迁移（npm run db:migrate），备份若来自较新的版本请先升级程序`);
    const present = await tablesOf(client);

    await client.query("BEGIN");
    if (options.replace) await client.query(`TRUNCATE ${[...present.keys()].map(ident).join(", ")} CASCADE`);
    else {
      for (const name of present.keys()) {
        const { rowCount } = await client.query(`SELECT 1 FROM ${ident(name)} LIMIT 1`);
        if (rowCount) throw new BackupError(`目标数据库已有数据（表 ${name}）：请恢复到空数据库，或加 --replace 替换其全部数据`);
      }
    }
    const { rows: keys } = await client.query<{ table: string; name: string; definition: string }>(`
      SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS definition
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = current_schema()
      WHERE c.contype = 'f'`);
    for (const k of keys) await client.query(`ALTER TABLE ${k.table} DROP CONSTRAINT ${ident(k.name)}`);

    const loaded: Table[] = [];
    let line = await next();
    while (line?.startsWith(TABLE_MARK)) {
      const { name, columns } = parseLine<{ name: string; columns: string[] }>(line, TABLE_MARK, "表的开头");
      const target = present.get(name);
      if (!target) throw new BackupError(`目标数据库没有表 ${name}`);
      const unknown = columns.filter((c) => !target.columns.includes(c));
      if (unknown.length) throw new BackupError(`目标数据库的表 ${name} 没有列 ${unknown.join("、")}`);
      const copy = client.query(copyFrom(`COPY ${ident(name)} (${columns.map(ident).join(", ")}) FROM STDIN`));
      const finished = new Promise<void>((resolve, reject) => copy.on("finish", resolve).on("error", reject));
      try {
        for (line = await next(); line !== undefined && line !== END_OF_ROWS; line = await next()) await writeAll(copy, `${line}\n`);
      } catch (e) {
        // Ends the COPY with a failure, so the connection can roll back.
        copy.destroy(e as Error);
        await finished.catch(() => undefined);
        throw e;
      }
      copy.end();
      await finished;
      if (line === undefined) throw new BackupError(`备份文件不完整（表 ${name} 的数据被截断）`);
      loaded.push({ ...target, columns });
      line = await next();
    }
    const { tables } = parseLine<{ tables: TableSummary[] }>(line, END_MARK, "文件结尾");
    for (const k of keys) await client.query(`ALTER TABLE ${k.table} ADD CONSTRAINT ${ident(k.name)} ${k.definition}`);
    await resetSequences(client);

    const expected = new Map(tables.map((t) => [t.name, t]));
    for (const table of loaded) {
      const got = await readRows(client, table);
      const want = expected.get(table.name);
      if (!want || got.rows !== want.rows || got.sha256 !== want.sha256) {
        throw new BackupError(`恢复后的表 ${table.name} 与备份不一致（备份 ${want?.rows ?? "?"} 行，恢复 ${got.rows} 行）`);
      }
    }
    await client.query("COMMIT");
    return { header, tables };
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    await client.end();
    source.destroy();
  }
}

/** Every sequence owned by a column continues after the largest restored value. */
async function resetSequences(client: pg.ClientBase) {
  const { rows } = await client.query<{ seq: string; tbl: string; col: string }>(`
    SELECT s.oid::regclass::text AS seq, t.oid::regclass::text AS tbl, a.attname AS col
    FROM pg_class s
    JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S'`);
  for (const r of rows) await client.query(`SELECT setval('${r.seq.replace(/'/g, "''")}', coalesce(max(${ident(r.col)}), 0) + 1, false) FROM ${r.tbl}`);
}
