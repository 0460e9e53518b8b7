import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PGlite } from "@electric-sql/pglite";
import { openDriver, pgliteDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, projectPaths } from "@/lib/db/migrations";
import { createScratchDatabase, databaseUrl, dropDatabase } from "./databases";

export type TestDatabaseSource = { kind: "pglite"; dumpPath: string } | { kind: "postgres"; serverUrl: string; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource;
  }
}

/**
 * Migrates one database with the project's own migration tooling, then lets every test file start
 * from a copy of it: a PGlite data-directory dump (loading one takes a fraction of a fresh start),
 * or a PostgreSQL template database when TEST_DATABASE_URL names a server.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = await createScratchDatabase(serverUrl, "cleared_template");
    const driver = await openDriver({ kind: "postgres", url: databaseUrl(serverUrl, template) });
    await migrateOrThrow(driver);
    await driver.close();
    project.provide("testDatabase", { kind: "postgres", serverUrl, template });
    return () => dropDatabase(serverUrl, template);
  }
  const pglite = await PGlite.create();
  const driver = pgliteDriver({ kind: "pglite", dataDir: null }, pglite);
  await migrateOrThrow(driver);
  const dir = mkdtempSync(path.join(os.tmpdir(), "cleared-test-"));
  const dumpPath = path.join(dir, "migrated.tar");
  writeFileSync(dumpPath, Buffer.from(await (await pglite.dumpDataDir("none")).arrayBuffer()));
  await driver.close();
  project.provide("testDatabase", { kind: "pglite", dumpPath });
  return () => rmSync(dir, { recursive: true, force: true });
}

async function migrateOrThrow(driver: Driver) {
  const result = await applyMigrations(driver, projectPaths());
  if (!result.ok) throw new Error(`Test database migration failed (${result.failedMigration}): ${result.message}`);
}
