import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./connection";
import { logger } from "../log/logger";
import { acquireDirectoryLock } from "./directory-lock";

/**
 * An open database: Prisma driver adapter factories plus raw SQL for scripts. This is the only
 * module that knows which engine runs; everything else receives a Driver.
 */
export type Driver = {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * Adapters for one use of Prisma's schema engine (migration scripts run atomically); dispose()
   * closes every connection the engine opened, releasing any lock it took.
   */
  migrationAdapters(): MigrationAdapters;
  /** Runs a multi-statement SQL script as one implicit transaction (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /**
   * The SQL access the job queue (pg-boss) runs on: a statement with parameters, or a script of
   * several without; the rows of the (last) statement. On PostgreSQL a pool of its own, so that
   * polling workers never wait behind the app's queries.
   */
  jobDatabase(): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
  /** Runs `fn` while holding a lock that other processes migrating the same database wait for. */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type MigrationAdapters = { factory: SqlMigrationAwareDriverAdapterFactory; dispose(): Promise<void> };

export async function openDriver(target: DatabaseTarget): Promise<Driver> {
  if (target.kind === "postgres") return postgresDriver(target);
  let release = () => {};
  if (target.dataDir) {
    mkdirSync(target.dataDir, { recursive: true });
    release = acquireDirectoryLock(target.dataDir);
  }
  try {
    const pglite = await PGlite.create(target.dataDir ?? undefined);
    return pgliteDriver(target, pglite, release);
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * Pool settings for an outage. node-postgres waits for a connection forever by default, so during a
 * failover whose old address no longer answers every request would hang instead of answering 503:
 * after CONNECT_TIMEOUT_MS the wait fails ("timeout exceeded when trying to connect", recognized by
 * lib/db/unavailable.ts). TCP keep-alive finds a connection whose server vanished without closing it.
 */
export const CONNECT_TIMEOUT_MS = 5_000;
const RECONNECTING = { connectionTimeoutMillis: CONNECT_TIMEOUT_MS, keepAlive: true } as const;

// Any number that other applications are unlikely to use for pg_advisory_lock.
const MIGRATION_LOCK_KEY = 4_208_310_771;

async function postgresDriver(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Driver> {
  const { Pool } = await import("pg");
  // Only the marked hot statements are prepared by name, and for them one generic plan serves every
  // call: planning the clearance load took as long as running it (6 of 11 ms on the benchmark
  // fixture), and PostgreSQL's default keeps re-planning statements whose generic plan looks dearer.
  // An idle connection the server ends (a restart, a dropped database) is an error on the pool;
  // unhandled, it would end the process. node-postgres drops a connection that failed, idle or in
  // use (adapter-pg releases it with the error), and opens a new one on the next query: nothing
  // has to be restarted once the database is back.
  let closing = false;
  const lost = (error: Error) => {
    if (!closing) logger.warn({ err: error }, "A database connection was lost; the pool opens a new one on the next query");
  };
  const adapterFactory = new PrismaPg(
    { connectionString: target.url, options: "-c plan_cache_mode=force_generic_plan", ...RECONNECTING },
    { statementNameGenerator: (query) => preparedStatementName(query.sql) as string, onPoolError: lost, onConnectionError: lost },
  );
  const pool = new Pool({ connectionString: target.url, max: 2, options: "-c plan_cache_mode=force_generic_plan", ...RECONNECTING });
  // pool.end() resolves before its connections have closed; close() waits for them, so that
  // whoever drops or stops the database next does not cut a connection that is still ending.
  const disconnected: Promise<void>[] = [];
  pool.on("connect", (client) => void disconnected.push(new Promise((resolve) => client.once("end", () => resolve()))));
  pool.on("error", lost);
  let jobPool: InstanceType<typeof Pool> | undefined;
  return {
    target,
    adapterFactory,
    migrationAdapters() {
      const opened: SqlDriverAdapter[] = [];
      const track = (adapter: SqlDriverAdapter) => void opened.push(readsCharColumns(adapter));
      return {
        factory: withAtomicScripts(new PrismaPg({ connectionString: target.url, max: 2 }), { onConnect: track, onShadow: track }),
        dispose: async () => void (await Promise.all(opened.splice(0).map((a) => a.dispose().catch(() => {})))),
      };
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      const name = preparedStatementName(sql);
      return (await pool.query(name ? { name, text: sql, values: params } : { text: sql, values: params })).rows as T[];
    },
    jobDatabase() {
      if (!jobPool) {
        jobPool = new Pool({ connectionString: target.url, max: 3, application_name: "cleared-jobs", ...RECONNECTING });
        jobPool.on("connect", (client) => void disconnected.push(new Promise((resolve) => client.once("end", () => resolve()))));
        jobPool.on("error", lost);
      }
      const jobs = jobPool;
      return { executeSql: (text, values) => jobs.query(text, values) };
    },
    async withMigrationLock(fn) {
      // A session-level lock on a connection of its own, held while the engine uses others.
      const client = await pool.connect();
      try {
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        try {
          return await fn();
        } finally {
          await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
        }
      } finally {
        client.release();
      }
    },
    async close() {
      closing = true;
      await Promise.all([pool.end(), jobPool?.end()]);
      await Promise.all(disconnected);
    },
  };
}

/** A driver over an already open PGlite instance (the embedded default, and in-memory tests). */
export function pgliteDriver(target: DatabaseTarget, pglite: PGlite, release: () => void = () => {}): Driver {
  const adapterFactory = new PrismaPGlite(pglite);
  return {
    target,
    adapterFactory,
    migrationAdapters() {
      // The adapter's shadow databases are PGlite instances of their own that its dispose() leaves open.
      const shadows: PGlite[] = [];
      const trackShadow = (adapter: SqlDriverAdapter) => void shadows.push((adapter as unknown as { client: PGlite }).client);
      return {
        factory: withAtomicScripts(adapterFactory, { onConnect: () => {}, onShadow: trackShadow }),
        dispose: async () => void (await Promise.all(shadows.splice(0).map((shadow) => (shadow.closed ? undefined : shadow.close())))),
      };
    },
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pglite.query<T>(sql, params)).rows;
    },
    jobDatabase() {
      return {
        async executeSql(text, values) {
          if (values && values.length > 0) return pglite.query(text, values);
          const results = await pglite.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        },
      };
    },
    // The directory lock taken when opening already excludes every other process.
    withMigrationLock: (fn) => fn(),
    async close() {
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}

type ScriptClient = { exec?: (sql: string) => Promise<unknown>; query: (sql: string) => Promise<unknown> };

/**
 * The adapters' own `executeScript` is unfit for migrations: adapter-pg 7.10 splits the script on
 * ";" (breaking function bodies) and runs the pieces one by one, and pglite-prisma-adapter 0.7.2
 * does not await the script, so a failing migration is recorded as applied. Sending the whole
 * script as one simple-protocol query makes PostgreSQL run it as one implicit transaction: a
 * migration either applies completely or leaves the database as it was.
 */
type AdapterHooks = { onConnect: (adapter: SqlDriverAdapter) => void; onShadow: (adapter: SqlDriverAdapter) => void };

function withAtomicScripts(factory: SqlMigrationAwareDriverAdapterFactory, hooks: AdapterHooks): SqlMigrationAwareDriverAdapterFactory {
  const patch = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const client = (adapter as unknown as { client: ScriptClient }).client;
    adapter.executeScript = async (script: string) => {
      try {
        if (client.exec) await client.exec(script);
        else await client.query(script);
      } catch (error) {
        throw asDriverAdapterError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = patch(await factory.connect());
      hooks.onConnect(adapter);
      return adapter;
    },
    connectToShadowDb: async () => {
      const adapter = patch(await factory.connectToShadowDb());
      hooks.onShadow(adapter);
      return adapter;
    },
  };
}

function asDriverAdapterError(error: unknown): DriverAdapterError {
  const e = error as { code?: string; severity?: string; message?: string; detail?: string; column?: string; hint?: string };
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "",
    severity: e.severity ?? "ERROR",
    message: e.message ?? String(error),
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

const PG_CHAR_OID = 18;
const PG_BPCHAR_OID = 1042;

/**
 * adapter-pg 7.10 cannot map PostgreSQL's internal one-byte "char" type (pg_class.relkind and other
 * catalog columns), so the engine fails to introspect a server database. Reporting it as bpchar
 * (text) is what the engine expects; the value itself is already a one-character string.
 */
function readsCharColumns(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const queryable = adapter as unknown as { performIO: (query: unknown) => Promise<{ fields: { dataTypeID: number }[] }> };
  const performIO = queryable.performIO.bind(adapter);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_BPCHAR_OID;
    return result;
  };
  return adapter;
}

/**
 * Hot statements carry a marker comment, `/* prepared: name *\/`, and are prepared once per
 * connection instead of planned on every call. Only marked statements: preparing every query shape
 * Prisma generates would grow each connection's statement cache without bound.
 */
export function preparedStatementName(sql: string): string | undefined {
  return /^\s*\/\* prepared: ([a-z_][a-z0-9_]*) \*\//.exec(sql)?.[1];
}
