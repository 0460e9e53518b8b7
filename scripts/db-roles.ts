/**
 * `npm run db:roles`: with DATABASE_URL naming a PostgreSQL database as a superuser, creates (or
 * updates) the owner role that runs migrations and the least-privilege app role the app runs as,
 * and prints what it did. Names and passwords from CLEARED_OWNER_ROLE / CLEARED_OWNER_PASSWORD and
 * CLEARED_APP_ROLE / CLEARED_APP_PASSWORD (defaults cleared_owner, cleared_app). Run it before the
 * first `db:migrate` and again after each one. See docs/deploy.md, "Database roles".
 */
import { Client } from "pg";
import { describeTarget, resolveDatabaseTarget } from "../lib/db/connection";
import { roleSettings, setupRoles } from "../lib/db/roles";

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
const parsed = roleSettings(process.env);
if (target.kind !== "postgres") {
  console.error(`db:roles is for a PostgreSQL server; DATABASE_URL selects ${describeTarget(target)}, which has no roles (one process owns it).`);
  process.exit(1);
}
if (!parsed.ok) {
  for (const error of parsed.errors) console.error(error);
  process.exit(1);
}

const { JOB_SCHEMA, prepareJobSchema } = await import("../lib/notification/worker");
const client = new Client({ connectionString: target.url });
await client.connect();
try {
  const done = await setupRoles(client, parsed.settings, { name: JOB_SCHEMA, prepare: (db) => prepareJobSchema(db) });
  console.log(`Roles on ${describeTarget(target)}:`);
  for (const line of done) console.log(`- ${line}`);
} catch (error) {
  console.error(`db:roles failed on ${describeTarget(target)}; the step in progress was rolled back: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
