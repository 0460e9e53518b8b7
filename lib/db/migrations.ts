import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import type { Driver } from "./driver";
import { engineErrorMessage, NO_FILTERS, openSchemaEngine, readMigrationList, type SchemaFile } from "./schema-engine";

export type ProjectPaths = { schemaPath: string; migrationsDir: string };

export function projectPaths(root: string = process.cwd()): ProjectPaths {
  return { schemaPath: path.join(root, "prisma", "schema.prisma"), migrationsDir: path.join(root, "prisma", "migrations") };
}

export function migrationNames(migrationsDir: string): string[] {
  if (!existsSync(migrationsDir)) return [];
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

function readSchema(schemaPath: string): SchemaFile {
  return { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
}

async function withEngine<T>(driver: Driver, schema: SchemaFile, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const adapters = driver.migrationAdapters();
  const engine = await openSchemaEngine(schema, adapters.factory);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await adapters.dispose();
  }
}

export type MigrateResult =
  | { ok: true; applied: string[] }
  | { ok: false; applied: string[]; failedMigration: string | null; message: string };

/**
 * Applies pending migrations exactly as `prisma migrate deploy` does (same engine, same
 * `_prisma_migrations` bookkeeping), under a lock so concurrent starts apply each one once.
 * A failing migration is rolled back as a whole and marked rolled back, so the database is left as
 * it was before it and a corrected migration can be applied by the next run.
 */
export async function applyMigrations(driver: Driver, paths: ProjectPaths): Promise<MigrateResult> {
  return driver.withMigrationLock(() => withEngine(driver, readSchema(paths.schemaPath), async (engine) => {
    const before = await appliedMigrations(driver);
    const migrationsList = readMigrationList(paths.migrationsDir, migrationNames(paths.migrationsDir));
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return { ok: true as const, applied: appliedMigrationNames };
    } catch (error) {
      const message = engineErrorMessage(error);
      const failedMigration = /migration_name="([^"]+)"/.exec(message)?.[1] ?? null;
      if (failedMigration) await engine.markMigrationRolledBack({ migrationName: failedMigration }).catch(() => {});
      const after = await appliedMigrations(driver);
      return {
        ok: false as const,
        applied: after.filter((name) => !before.includes(name)),
        failedMigration,
        message: summarizeEngineError(message),
      };
    }
  }));
}

/** Names of successfully applied migrations, oldest first; empty when the table does not exist yet. */
export async function appliedMigrations(driver: Driver): Promise<string[]> {
  const [row] = await driver.query<{ exists: boolean }>(
    `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`,
  );
  if (!row?.exists) return [];
  const rows = await driver.query<{ migration_name: string }>(
    `SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/** The SQL that would bring the connected database to `schema.prisma`; empty when they agree. */
export async function schemaDrift(driver: Driver, paths: ProjectPaths): Promise<string> {
  const schema = readSchema(paths.schemaPath);
  return withEngine(driver, schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(paths.schemaPath) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}

export type CreateMigrationResult = { written: false } | { written: true; name: string; file: string; sql: string };

/**
 * Writes the next migration: the SQL from the schema the existing migrations produce (replayed on a
 * scratch in-memory database by the engine) to `schema.prisma`. Writes nothing when they agree.
 * `scratch` must be an in-memory PGlite driver: it never touches the configured database.
 */
export async function createMigration(scratch: Driver, paths: ProjectPaths, name: string, now: Date = new Date()): Promise<CreateMigrationResult> {
  const schema = readSchema(paths.schemaPath);
  return withEngine(scratch, schema, async (engine) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...readMigrationList(paths.migrationsDir, migrationNames(paths.migrationsDir)) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    });
    if (result.exitCode !== 2 || !result.stdout) return { written: false };
    const dirName = `${migrationTimestamp(now)}_${name}`;
    const dir = path.join(paths.migrationsDir, dirName);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "migration.sql");
    writeFileSync(file, result.stdout);
    return { written: true as const, name: dirName, file, sql: result.stdout };
  });
}

export const MIGRATION_NAME_PATTERN = /^[a-z0-9][a-z0-9_]{0,99}$/;

function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

// The engine appends a Rust span trace ("0: sql_schema_connector::...") that helps nobody running
// a migration; keep the database's own words.
function summarizeEngineError(message: string): string {
  const lines = message.split("\n").filter((line) => !/^\s+(\d+:|with |at )/.test(line));
  return lines.join(" ").replace(/\s+/g, " ").replace(/^external connector error /, "").trim();
}
