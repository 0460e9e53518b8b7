/**
 * A scratch database for a benchmark: in-memory PGlite by default, or a fresh database created on the
 * PostgreSQL server BENCH_DATABASE_URL names (dropped afterwards). Migrated with the project's tooling
 * and installed as the database lib/ uses.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { Client } from "pg";
import { countingDriver } from "../../lib/db/counting";
import { createDatabase, installDatabase, type Database } from "../../lib/db/database";
import { openDriver, type Driver } from "../../lib/db/driver";
import { applyMigrations, projectPaths } from "../../lib/db/migrations";

export type BenchDatabase = { engine: string; driver: Driver; database: Database; dispose(): Promise<void> };

/** `onQuery`, when given, is called for every statement the app sends (Prisma and the driver alike). */
export async function openBenchDatabase({ onQuery }: { onQuery?: () => void } = {}): Promise<BenchDatabase> {
  const server = process.env.BENCH_DATABASE_URL;
  let driver: Driver;
  let drop = async () => {};
  if (server) {
    const name = `cleared_bench_${randomBytes(4).toString("hex")}`;
    await admin(server, `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    driver = await openDriver({ kind: "postgres", url: url.toString() });
    drop = () => admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    driver = await openDriver({ kind: "pglite", dataDir: null });
  }
  const migrated = await applyMigrations(driver, projectPaths());
  if (!migrated.ok) throw new Error(`migration failed: ${migrated.message}`);
  const database = createDatabase(async () => (onQuery ? countingDriver(driver, onQuery) : driver));
  installDatabase(database);
  return {
    engine: server ? "PostgreSQL" : "PGlite (in memory)",
    driver,
    database,
    async dispose() {
      await database.prisma.$disconnect();
      await driver.close();
      await drop();
    },
  };
}

/** One statement on a server database (creating or dropping a scratch database). */
export async function admin(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function percentiles(samples: number[]): { p50: number; p95: number; p99: number; n: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

export function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}`;
}
