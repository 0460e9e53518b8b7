/**
 * `npm run db:restore -- --from file.tar.gz [--force]`: restores a db:backup file into the embedded
 * database directory DATABASE_URL selects. Refuses while the app holds the directory, and over a
 * directory that holds a database unless --force (which keeps that one, renamed). On PostgreSQL it
 * refuses and prints the pg_restore command instead. Exit code 1 when refused or failed.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreEmbedded } from "../lib/db/backup";
import { describeTarget, resolveDatabaseTarget } from "../lib/db/connection";

const { values } = parseArgs({ options: { from: { type: "string" }, force: { type: "boolean", default: false } } });
const target = resolveDatabaseTarget(process.env.DATABASE_URL);
if (!values.from) {
  console.error("Name the backup to restore: npm run db:restore -- --from cleared-backup-<time>.tar.gz [--force]");
  process.exit(1);
}
const outcome = await restoreEmbedded(target, path.resolve(values.from), { force: values.force });
if (!outcome.ok) {
  console.error(outcome.message);
  process.exitCode = 1;
} else {
  console.log(`Restored ${values.from} into ${describeTarget(target)} (${outcome.migrations} migrations applied).`);
  if (outcome.kept) console.log(`The database that was there is kept at ${outcome.kept}; delete it yourself once you no longer need it.`);
  console.log('Check the audit trail against a chain head saved before the backup: npm run audit:verify -- --head <saved-head.json>');
}
