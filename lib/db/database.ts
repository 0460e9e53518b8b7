import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "./generated/client";
import type { Driver } from "./driver";
import { watchedForOutage } from "./outage";

/** A Prisma client plus the driver underneath it, opened on the first query rather than on import. */
export type Database = { prisma: PrismaClient; driver: () => Promise<Driver> };

export function createDatabase(openDriver: () => Promise<Driver>): Database {
  let opened: Promise<Driver> | undefined;
  const driver = () => (opened ??= openDriver().then((d) => watchedForOutage(d)));
  const adapter: SqlDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "cleared",
    connect: async () => watchedForOutage(await (await driver()).adapterFactory.connect(), ["startTransaction"]),
  };
  const prisma = new PrismaClient({
    adapter,
    // PGlite runs every query through one connection; seed and import transactions need room.
    transactionOptions: { maxWait: 15_000, timeout: 60_000 },
  });
  return { prisma, driver };
}

const store = globalThis as unknown as { __clearedDatabase?: Database };

/** Makes `database` the one `lib/db/client` hands out; tests call it before importing anything else. */
export function installDatabase(database: Database): void {
  store.__clearedDatabase = database;
}

export function installedDatabase(): Database | undefined {
  return store.__clearedDatabase;
}
