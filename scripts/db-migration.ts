/**
 * `npm run db:migration -- --name <name>`: writes the next migration from the difference between
 * the migrations folder and prisma/schema.prisma, using Prisma's own engine on a scratch in-memory
 * database (the configured database is never touched). Writes nothing when they agree.
 */
import { parseArgs } from "node:util";
import { openDriver } from "../lib/db/driver";
import { createMigration, MIGRATION_NAME_PATTERN, projectPaths } from "../lib/db/migrations";

const { values } = parseArgs({ options: { name: { type: "string" } } });
const name = values.name?.trim().toLowerCase().replace(/[\s-]+/g, "_") ?? "";
if (!MIGRATION_NAME_PATTERN.test(name)) {
  console.error('Give the migration a name: npm run db:migration -- --name add_training_records (letters, digits and "_", at most 100).');
  process.exit(2);
}

const scratch = await openDriver({ kind: "pglite", dataDir: null });
try {
  const result = await createMigration(scratch, projectPaths(), name);
  if (!result.written) console.log("schema.prisma and the migrations agree: no migration written.");
  else console.log(`Wrote ${result.file}\nReview it (add triggers or data changes if needed), then run npm run db:migrate.`);
} finally {
  await scratch.close();
}
