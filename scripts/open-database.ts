import { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from "../lib/db/connection";
import { createDatabase, installDatabase, type Database } from "../lib/db/database";
import { openDriver, type Driver } from "../lib/db/driver";

/**
 * For command-line scripts: opens the database DATABASE_URL selects and installs it as the one
 * `lib/db/client` hands out, so lib/ functions imported afterwards (dynamically) use it.
 */
export async function openScriptDatabase(): Promise<{ target: DatabaseTarget; label: string; driver: Driver; database: Database }> {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const driver = await openDriver(target);
  const database = createDatabase(async () => driver);
  installDatabase(database);
  return { target, label: describeTarget(target), driver, database };
}

export async function closeScriptDatabase({ driver, database }: { driver: Driver; database: Database }): Promise<void> {
  await database.prisma.$disconnect();
  await driver.close();
}
