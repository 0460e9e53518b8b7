/**
 * `npm start`: everything between a fresh clone and a running app, each step skipped when it has
 * nothing to do: generate the Prisma client, migrate and seed the embedded database, build, serve.
 * A server database (DATABASE_URL=postgresql://...) is never migrated or seeded implicitly: it must
 * be up to date (`npm run db:migrate`), and demo data only arrives through `npm run db:seed`.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { authSecret } from "../lib/auth/secret";
import { formatDemoLogins } from "../lib/demo/dataset";
import { buildIfChanged } from "./build";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(bin("tsx"), ["scripts/db-generate.ts"]);
await prepareDatabase();
try {
  process.env.NEXTAUTH_SECRET ??= authSecret(root);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
buildIfChanged();
serve();

async function prepareDatabase() {
  const { openScriptDatabase, closeScriptDatabase } = await import("./open-database");
  const { applyMigrations, appliedMigrations, migrationNames, projectPaths } = await import("../lib/db/migrations");
  const db = await openScriptDatabase();
  try {
    if (db.target.kind === "postgres") {
      const applied = await appliedMigrations(db.driver);
      const pending = migrationNames(projectPaths().migrationsDir).filter((name) => !applied.includes(name));
      if (pending.length > 0) {
        console.error(`${db.label} has ${pending.length} pending migration(s): ${pending.join(", ")}.\nRun "npm run db:migrate" first.`);
        process.exit(1);
      }
      console.log(`Using ${db.label}.`);
      return;
    }
    const result = await applyMigrations(db.driver, projectPaths());
    for (const name of result.applied) console.log(`Applied migration ${name}`);
    if (!result.ok) {
      console.error(`Migration ${result.failedMigration ?? ""} failed and was rolled back: ${result.message}`);
      process.exit(1);
    }
    const { seedDemoData } = await import("../lib/demo/mutations");
    const { seeded } = await seedDemoData(db.database.prisma);
    console.log(seeded ? `Demo data loaded into ${db.label}.` : `Using ${db.label}.`);
    console.log(formatDemoLogins());
  } finally {
    await closeScriptDatabase(db);
  }
}

function serve() {
  console.log(`\nCleared is starting on http://localhost:${port}`);
  const server = spawn(bin("next"), ["start", "--port", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
