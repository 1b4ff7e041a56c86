import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, ensureEmbeddedServer } from "../lib/cli/embedded-pg";
import { databaseLocation } from "../lib/database-url";
import { migrationAdapter, reportCatalogNamesAsText, unrefLongTimers } from "./migration-adapter";

const url = databaseLocation().url;
const adapterFactory = migrationAdapter(url);

beforeAll(async () => {
  await ensureEmbeddedServer(databaseLocation());
  await ensureDatabase(url);
});

describe("workaround 1: pg_catalog name and \"char\" columns", () => {
  it("reports oids 19 and 18 as text and leaves others alone", () => {
    reportCatalogNamesAsText();
    const result = new (pg as unknown as { Result: new () => { fields: { dataTypeID: number }[]; addFields(f: unknown[]): void } }).Result();
    result.addFields([{ name: "a", dataTypeID: 19 }, { name: "b", dataTypeID: 18 }, { name: "c", dataTypeID: 23 }]);
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 23]);
  });

  it("lets the adapter read an introspection-style query", async () => {
    const adapter = await adapterFactory.connect();
    try {
      const r = await adapter.queryRaw({ sql: `SELECT typname, typtype FROM pg_type WHERE typname = 'int4'`, args: [], argTypes: [] });
      expect(r.rows).toEqual([["int4", "b"]]);
    } finally {
      await adapter.dispose();
    }
  });
});

describe("workaround 2: the shadow database", () => {
  it("connects to a uniquely named database and drops it on dispose", async () => {
    const shadow = await adapterFactory.connectToShadowDb();
    const r = await shadow.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
    const name = String(r.rows[0][0]);
    expect(name).toMatch(/^prisma_shadow_/);
    await shadow.dispose();

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    await client.end();
    expect(exists.rowCount).toBe(0);
  });
});

describe("workaround 3: long timers do not keep the CLI alive", () => {
  const timers: NodeJS.Timeout[] = [];
  afterAll(() => timers.forEach(clearTimeout));

  it("unrefs timers of 5 s or more and keeps short ones", () => {
    unrefLongTimers();
    const long = setTimeout(() => {}, 60_000);
    const short = setTimeout(() => {}, 10);
    timers.push(long, short);
    expect(long.hasRef()).toBe(false);
    expect(short.hasRef()).toBe(true);
  });
});
