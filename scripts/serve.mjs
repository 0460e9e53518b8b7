/**
 * `npm run serve`: the production start of one app instance, for a server database behind a load
 * balancer. Plain JavaScript on purpose: it runs no TypeScript compiler, no Prisma generate, no
 * build and no migration (those are the release steps `npm run build` and `npm run db:migrate`,
 * run once), so any number of instances start the same build in seconds. It refuses to start what
 * would break between instances: a missing build, a PostgreSQL target without NEXTAUTH_SECRET (each
 * instance would sign sessions with a key of its own), or a build made without a fixed
 * NEXT_SERVER_ACTIONS_ENCRYPTION_KEY (instances built separately would not find each other's
 * server actions).
 *
 * Next.js runs in this process (its documented custom-server form), so that a page failing for want
 * of the database answers 503 (see answerOutageAs503).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

// As lib/db/outage.ts and lib/http/unavailable.ts name them: when the app last found the database
// out of reach, how recent counts as "now" (the failure precedes its page by milliseconds), and the
// wait the answer asks for, the same as the routes' 503.
const OUTAGE_KEY = Symbol.for("cleared.database.unavailableAt");
const OUTAGE_WINDOW_MS = 5_000;
const RETRY_AFTER_SECONDS = 5;

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

console.log(`Cleared (build ${readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim()}) is starting on port ${port}.`);
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Next.js in this process, as `next start` runs it, behind a server of our own: the app notes here
// when it found the database out of reach (lib/db/outage.ts), and a page that failed for it, which
// Next.js can only answer 500, is answered 503 with Retry-After instead (its body still says what
// happened), so that load balancers and browsers retry rather than report a bug.
const next = createRequire(path.join(root, "package.json"))("next");
const app = next({ dev: false, dir: root, port: Number(port) });
const handle = app.getRequestHandler();
await app.prepare();
const server = createServer((request, response) => {
  answerOutageAs503(response);
  void handle(request, response);
});
server.listen(Number(port), () => console.log(`Cleared is ready on port ${port}.`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; requests in flight get a few seconds.
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}

function answerOutageAs503(response) {
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    const at = globalThis[OUTAGE_KEY];
    if (status === 500 && typeof at === "number" && Date.now() - at < OUTAGE_WINDOW_MS) {
      status = 503;
      if (typeof rest[0] === "string") rest[0] = "Service Unavailable";
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
    }
    return writeHead.call(this, status, ...rest);
  };
}
