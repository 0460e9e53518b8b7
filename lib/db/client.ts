import { resolveDatabaseTarget } from "./connection";
import { createDatabase, installDatabase, installedDatabase } from "./database";
import { openDriver } from "./driver";
import type { PrismaClient } from "./generated/client";

/**
 * The application's database, selected by DATABASE_URL. Opening is deferred to the first query so
 * that `next build`, which imports pages in several worker processes, never opens the embedded
 * database. Tests install a fresh database per file before this module is first imported.
 */
const database =
  installedDatabase() ??
  (() => {
    const created = createDatabase(() => openDriver(resolveDatabaseTarget(process.env.DATABASE_URL)));
    installDatabase(created);
    return created;
  })();

export const prisma: PrismaClient = database.prisma;
export const databaseDriver = database.driver;

/** The client handed to `prisma.$transaction(async (tx) => ...)` callbacks. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
