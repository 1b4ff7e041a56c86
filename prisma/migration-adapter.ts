/**
 * Offline migrations with Prisma 6.19.3's WebAssembly schema engine over @prisma/adapter-pg.
 *
 * Prisma 7's migrate needs a native engine that cannot be downloaded here; 6.19.3 can run
 * its WASM engine through a driver adapter, but three problems need small fixes. They are
 * all here, used only by the Prisma CLI (prisma.config.ts) — never by the application —
 * and tested in migration-adapter.test.ts. Remove each when upstream fixes it.
 *
 *  1. prisma/orm#27403: introspection reads pg_catalog columns of type `name` (oid 19)
 *     and `"char"` (oid 18), which the adapter cannot map. We let `pg` report them as
 *     `text` (oid 25) when it receives the row description.
 *  2. `migrate dev`'s shadow database: the adapter ignores the shadow database name when
 *     given a connection string and drops the database while its pool is still open.
 *     We create a uniquely named database, connect to it explicitly, and on dispose close
 *     the pool first, then `DROP DATABASE … WITH (FORCE)`.
 *  3. The engine leaves 10 s / 60 s timers pending, so the CLI lingers after it is done.
 *     We unref long timers in the CLI process and let the pool exit when idle.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type FieldLike = { dataTypeID: number };
type ResultProto = { addFields(fields: FieldLike[]): void; __juesuanPatched?: boolean };

/** Workaround 1. Idempotent. */
export function reportCatalogNamesAsText(): void {
  const proto = (pg as unknown as { Result: { prototype: ResultProto } }).Result.prototype;
  if (proto.__juesuanPatched) return;
  const original = proto.addFields;
  proto.addFields = function (fields: FieldLike[]) {
    for (const f of fields) {
      if (f.dataTypeID === PG_NAME_OID || f.dataTypeID === PG_CHAR_OID) f.dataTypeID = PG_TEXT_OID;
    }
    return original.call(this, fields);
  };
  proto.__juesuanPatched = true;
}

const LONG_TIMER_MS = 5_000;
let timersPatched = false;

/** Workaround 3. Idempotent; only long timers are unref'ed, short ones keep their meaning. */
export function unrefLongTimers(): void {
  if (timersPatched) return;
  const original = globalThis.setTimeout;
  const patched = ((handler: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const t = original(handler, ms, ...args);
    if ((ms ?? 0) >= LONG_TIMER_MS && typeof t === "object" && t && "unref" in t) t.unref();
    return t;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, original);
  timersPatched = true;
}

/** Workaround 2: a shadow database that is really used and cleanly dropped. */
export class MigrationPg extends PrismaPg {
  constructor(private readonly connectionString: string) {
    super({ connectionString, allowExitOnIdle: true });
  }

  override async connectToShadowDb() {
    const url = new URL(this.connectionString);
    const name = `prisma_shadow_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: this.connectionString });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();

    const shadow = new PrismaPg({
      host: url.hostname,
      port: Number(url.port || 5432),
      user: decodeURIComponent(url.username) || undefined,
      password: decodeURIComponent(url.password) || undefined,
      database: name,
      allowExitOnIdle: true,
    });
    const adapter = await shadow.connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose(); // close our pool before dropping the database it is connected to
      const dropper = new pg.Client({ connectionString: this.connectionString });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await dropper.end();
    };
    return adapter;
  }
}

export function migrationAdapter(connectionString: string): MigrationPg {
  reportCatalogNamesAsText();
  unrefLongTimers();
  return new MigrationPg(connectionString);
}
