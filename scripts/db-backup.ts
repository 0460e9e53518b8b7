/**
 * `npm run db:backup -- [--out file.tar.gz]`: a consistent copy of the embedded database that
 * DATABASE_URL selects (default ./cleared-backup-<time>.tar.gz), taken while no app holds it.
 * On PostgreSQL it refuses and prints the pg_dump command instead. Exit code 1 when refused.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { backupEmbedded, defaultBackupFile } from "../lib/db/backup";
import { describeTarget, resolveDatabaseTarget } from "../lib/db/connection";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const file = values.out ? path.resolve(values.out) : defaultBackupFile(new Date());
const outcome = await backupEmbedded(target, file);
if (!outcome.ok) {
  console.error(outcome.message);
  process.exitCode = 1;
} else {
  console.log(`Backed up ${describeTarget(target)} (${outcome.migrations} migrations applied) to ${outcome.file} (${(outcome.bytes / 1_048_576).toFixed(1)} MB).`);
  const relative = path.relative(process.cwd(), outcome.file);
  console.log(`Restore it with: npm run db:restore -- --from ${relative.startsWith("..") ? outcome.file : relative}`);
}
