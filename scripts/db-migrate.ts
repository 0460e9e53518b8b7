/** `npm run db:migrate`: applies pending migrations to the database DATABASE_URL selects. */
import { describeTarget, resolveDatabaseTarget } from "../lib/db/connection";
import { openDriver } from "../lib/db/driver";
import { applyMigrations, projectPaths } from "../lib/db/migrations";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const driver = await openDriver(target);
try {
  const result = await applyMigrations(driver, projectPaths());
  for (const name of result.applied) console.log(`Applied migration ${name}`);
  if (!result.ok) {
    console.error(
      `Migration ${result.failedMigration ?? "(unknown)"} failed and was rolled back; ${describeTarget(target)} is unchanged by it.\n${result.message}`,
    );
    process.exitCode = 1;
  } else if (result.applied.length === 0) {
    console.log(`No pending migrations: ${describeTarget(target)} is up to date.`);
  }
} finally {
  await driver.close();
}
