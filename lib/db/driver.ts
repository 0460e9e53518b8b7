import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./connection";
import { acquireDirectoryLock } from "./directory-lock";

/**
 * An open database: Prisma driver adapter factories plus raw SQL for scripts. This is the only
 * module that knows which engine runs; everything else receives a Driver.
 */
export type Driver = {
  target: DatabaseTarget;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** The same database for Prisma's schema engine, with migration scripts run atomically. */
  migrationAdapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a multi-statement SQL script as one implicit transaction (simple query protocol). */
  exec(sql: string): Promise<void>;
  query<T>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` while holding a lock that other processes migrating the same database wait for. */
  withMigrationLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

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

// Any number that other applications are unlikely to use for pg_advisory_lock.
const MIGRATION_LOCK_KEY = 4_208_310_771;

async function postgresDriver(target: Extract<DatabaseTarget, { kind: "postgres" }>): Promise<Driver> {
  const { Pool } = await import("pg");
  const adapterFactory = new PrismaPg({ connectionString: target.url });
  const migrationAdapters = trackAdapters();
  const pool = new Pool({ connectionString: target.url, max: 2 });
  return {
    target,
    adapterFactory,
    migrationAdapterFactory: withAtomicScripts(adapterFactory, { onConnect: migrationAdapters.track, onShadow: migrationAdapters.track }),
    async exec(sql) {
      await pool.query(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pool.query(sql, params)).rows as T[];
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
      await migrationAdapters.disposeAll();
      await pool.end();
    },
  };
}

/** A driver over an already open PGlite instance (the embedded default, and in-memory tests). */
export function pgliteDriver(target: DatabaseTarget, pglite: PGlite, release: () => void = () => {}): Driver {
  const adapterFactory = new PrismaPGlite(pglite);
  // The adapter's shadow databases are PGlite instances of their own that its dispose() leaves open.
  const shadows: PGlite[] = [];
  const trackShadow = (adapter: SqlDriverAdapter) => void shadows.push((adapter as unknown as { client: PGlite }).client);
  return {
    target,
    adapterFactory,
    migrationAdapterFactory: withAtomicScripts(adapterFactory, { onConnect: () => {}, onShadow: trackShadow }),
    async exec(sql) {
      await pglite.exec(sql);
    },
    async query<T>(sql: string, params: unknown[] = []) {
      return (await pglite.query<T>(sql, params)).rows;
    },
    // The directory lock taken when opening already excludes every other process.
    withMigrationLock: (fn) => fn(),
    async close() {
      await Promise.all(shadows.splice(0).map((shadow) => (shadow.closed ? undefined : shadow.close())));
      if (!pglite.closed) await pglite.close();
      release();
    },
  };
}

function trackAdapters() {
  const adapters: SqlDriverAdapter[] = [];
  return {
    track: (adapter: SqlDriverAdapter) => void adapters.push(adapter),
    async disposeAll() {
      await Promise.all(adapters.splice(0).map((a) => a.dispose().catch(() => {})));
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
