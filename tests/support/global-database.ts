import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { PGlite } from "@electric-sql/pglite";
import { openDriver, pgliteDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, projectPaths } from "@/lib/db/migrations";
import { createScratchDatabase, databaseUrl, dropDatabase } from "./databases";
import { setUpRoles } from "./roles";

/** `appRole`: the tests connect as the least-privilege app role (TEST_DATABASE_ROLE=app), as production should. */
export type TestDatabaseSource =
  | { kind: "pglite"; dumpPath: string }
  | { kind: "postgres"; serverUrl: string; template: string; appRole: { name: string; password: string } | null };

// Cluster-wide names for the test roles (a run sets them up afresh on its template each time).
const TEST_ROLES = { owner: "cleared_test_owner", app: "cleared_test_app", password: "cleared-test-role-password" };

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
    const appRole = process.env.TEST_DATABASE_ROLE === "app" ? await setUpTestRoles(databaseUrl(serverUrl, template)) : null;
    project.provide("testDatabase", { kind: "postgres", serverUrl, template, appRole });
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

/**
 * The production setup on the template (`npm run db:roles`'s own code): an owner owns everything,
 * the app role gets row rights only. Databases cloned from the template keep ownership and grants.
 */
async function setUpTestRoles(templateUrl: string): Promise<{ name: string; password: string }> {
  const settings = { owner: TEST_ROLES.owner, app: TEST_ROLES.app, ownerPassword: TEST_ROLES.password, appPassword: TEST_ROLES.password };
  await setUpRoles(templateUrl, settings);
  return { name: TEST_ROLES.app, password: TEST_ROLES.password };
}

async function migrateOrThrow(driver: Driver) {
  const result = await applyMigrations(driver, projectPaths());
  if (!result.ok) throw new Error(`Test database migration failed (${result.failedMigration}): ${result.message}`);
}
