/**
 * `npm run serve`: the production start of one app instance, for a server database behind a load
 * balancer. Plain JavaScript on purpose: it runs no TypeScript compiler, no Prisma generate, no
 * build and no migration (those are the release steps `npm run build` and `npm run db:migrate`,
 * run once), so any number of instances start the same build in seconds. It refuses to start what
 * would break between instances: a missing build, a PostgreSQL target without NEXTAUTH_SECRET (each
 * instance would sign sessions with a key of its own), or a build made without a fixed
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (instances built separately would not find each other's
 * server actions).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const port = process.env.PORT ?? "3000";
const databaseUrl = process.env.DATABASE_URL ?? "";
const postgres = /^postgres(ql)?:\/\//.test(databaseUrl);

function refuse(message) {
  console.error(message);
  process.exit(1);
}

if (!existsSync(path.join(root, ".next", "BUILD_ID"))) refuse('No production build here. Run "npm run build" first (once per release).');
const build = existsSync(path.join(root, ".next", "cleared-build.json")) ? JSON.parse(readFileSync(path.join(root, ".next", "cleared-build.json"), "utf8")) : {};

if (postgres) {
  const secret = process.env.NEXTAUTH_SECRET?.trim() ?? "";
  if (secret.length < 32) refuse("NEXTAUTH_SECRET (at least 32 characters, the same on every instance) is required with a PostgreSQL server. Try: openssl rand -base64 32");
  if (!process.env.NEXTAUTH_URL) refuse("NEXTAUTH_URL (the public address, e.g. https://cleared.example.org) is required with a PostgreSQL server.");
  if (!build.fixedActionsKey) refuse('This build was made without NEXT_SERVER_ACTIONS_ENCRYPTION_KEY. Build with it set (openssl rand -base64 32, the same for every build of a release): NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=... npm run build');
}

const next = path.join(root, "node_modules", ".bin", "next");
console.log(`Cleared (build ${readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim()}) is starting on port ${port}.`);
const server = spawn(next, ["start", "--port", port], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" } });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
