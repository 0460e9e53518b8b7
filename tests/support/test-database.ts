import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import { createDatabase, installDatabase } from "@/lib/db/database";
import { countingDriver } from "@/lib/db/counting";
import { openDriver, pgliteDriver, type Driver } from "@/lib/db/driver";
import { createScratchDatabase, databaseUrl, dropDatabase } from "./databases";

/**
 * Runs before each integration test file: gives the file a database of its own, migrated, empty,
 * and installed as the one every lib/ module uses.
 */
const source = inject("testDatabase");
let driver: Driver;
// Under TEST_DATABASE_ROLE=app: a superuser connection to the same database, for what a test does
// behind the app's back (switching a trigger off to tamper with the trail, for one).
let privileged: Driver | null = null;
let cleanup = async () => {};

if (source.kind === "pglite") {
  const dump = new Blob([readFileSync(source.dumpPath)]);
  driver = pgliteDriver({ kind: "pglite", dataDir: null }, await PGlite.create({ loadDataDir: dump }));
} else {
  const name = await createScratchDatabase(source.serverUrl, "cleared_test", source.template);
  const url = new URL(databaseUrl(source.serverUrl, name));
  const ownerUrl = url.toString();
  if (source.appRole) {
    url.username = source.appRole.name;
    url.password = source.appRole.password;
  }
  driver = await openDriver({ kind: "postgres", url: url.toString() });
  if (source.appRole) privileged = await openDriver({ kind: "postgres", url: ownerUrl });
  cleanup = async () => {
    await privileged?.close();
    await dropDatabase(source.serverUrl, name);
  };
}

let queries = 0;
const database = createDatabase(async () => countingDriver(driver, () => void queries++));
installDatabase(database);

/** Runs `fn` and reports how many SQL statements it sent through Prisma. */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const before = queries;
  const result = await fn();
  return { result, queries: queries - before };
}

afterAll(async () => {
  await database.prisma.$disconnect();
  await driver.close();
  await cleanup();
});

/** The raw driver under the installed database, for assertions Prisma cannot express. */
export function testDriver(): Driver {
  return driver;
}

export const testEngine = source.kind;

/**
 * A connection that may do what the app may not (ALTER TABLE, a scratch table to compare sizes
 * with, and statements whose trigger a test checks, which the app role is refused before any
 * trigger runs): the superuser's when the tests run as the app role, else the test's own.
 */
export function privilegedDriver(): Driver {
  return privileged ?? driver;
}

/** Whether this run connects as the least-privilege app role. */
export const asAppRole = source.kind === "postgres" && source.appRole !== null;
