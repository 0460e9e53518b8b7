/**
 * `npm run bench:http`: what a request costs over HTTP, end to end. Starts the production build
 * (`npm run serve`, built first if needed) on a scratch PostgreSQL database holding the benchmark
 * fixture (scripts/bench/fixture.ts), signs a medical assistant in, and measures with autocannon,
 * at 1, 8 and 32 connections: a trivial authenticated route (GET /api/me: the session, the guard's
 * one statement and a JSON answer, the framework's floor here), the one-task API, the all-tasks API
 * and the My clearances page, next to the Check a task page before anything is asked (the shell and a
 * form: what any page of the app pays). Each as requests a second and p50/p99 latency, and as a share of the
 * floor's throughput at the same concurrency. Needs BENCH_DATABASE_URL (a PostgreSQL server).
 *
 *   BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:http
 *
 * While working on the request path:
 * - BENCH_KEEP_DATABASE=name builds the fixture into that database once and keeps it for the next
 *   run (the fixture takes over a minute);
 * - BENCH_TARGETS=floor,page measures only the targets whose names start with one of those words
 *   (the shares need the floor), BENCH_CONNECTIONS=8 only that concurrency;
 * - BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import autocannon from "autocannon";
import { Client } from "pg";
import { hashPassword } from "../../lib/auth/password";
import { openDriver } from "../../lib/db/driver";
import { applyMigrations, projectPaths } from "../../lib/db/migrations";
import { buildIfChanged } from "../build";
import { admin, machine } from "./database";
import { buildFixture } from "./fixture";

const server = process.env.BENCH_DATABASE_URL;
if (!server) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL server (a scratch database is created there and dropped afterwards).");
  process.exit(2);
}
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,8,32").split(",").map(Number);
const ONLY = process.env.BENCH_TARGETS?.split(",");
const KEEP = process.env.BENCH_KEEP_DATABASE;
const PERSON = "benchperson001001";
const LOCATION = "benchloc00002";
const TASK = "taskvenipuncture";
const EMAIL = "bench.ma@example.org";
const PASSWORD = "bench password for the http run";
const base = `http://localhost:${PORT}`;


async function prepareDatabase(url: string) {
  const driver = await openDriver({ kind: "postgres", url });
  try {
    const migrated = await applyMigrations(driver, projectPaths());
    if (!migrated.ok) throw new Error(`migration failed: ${migrated.message}`);
    console.log("Building the fixture:");
    await buildFixture(driver, (line) => console.log(line));
    const hash = (await hashPassword(PASSWORD)).replace(/'/g, "''");
    await driver.exec(`
      INSERT INTO "User" (id, "personId", email, "passwordHash", "updatedAt") VALUES ('benchuser00001', '${PERSON}', '${EMAIL}', '${hash}', now());
      INSERT INTO "RoleGrant" (id, "userId", role) VALUES ('benchgrant0001', 'benchuser00001', 'medical_assistant');`);
  } finally {
    await driver.close();
  }
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email: EMAIL, password: PASSWORD, json: "true" }),
    redirect: "manual",
  });
  const session = cookiesOf(answer).find((c) => c.startsWith("cleared.session="));
  if (!session) throw new Error(`sign-in failed (${answer.status})`);
  return session;
}

async function waitForReady() {
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/api/ready`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server never became ready");
}

type Row = { target: string; connections: number; rps: number; p50: number; p99: number; errors: number };

async function measure(target: string, path: string, cookie: string, connections: number): Promise<Row> {
  const result = await autocannon({ url: `${base}${path}`, connections, duration: SECONDS, headers: { cookie } });
  return { target, connections, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors + result.timeouts };
}

async function exists(database: string): Promise<boolean> {
  const client = new Client({ connectionString: server });
  await client.connect();
  try {
    return (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount === 1;
  } finally {
    await client.end();
  }
}

const name = KEEP ?? `cleared_bench_http_${randomBytes(4).toString("hex")}`;
const kept = KEEP !== undefined && (await exists(name));
if (!kept) await admin(server, `CREATE DATABASE "${name}"`);
const url = new URL(server);
url.pathname = `/${name}`;
let app: ReturnType<typeof spawn> | null = null;
try {
  if (kept) console.log(`Using the fixture kept in ${name}.`);
  else
    await prepareDatabase(url.toString()).catch(async (error: unknown) => {
      // A half-built fixture must not be taken for a kept one next time.
      if (KEEP) await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      throw error;
    });
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ??= "Y2xlYXJlZC1lMmUtYWN0aW9ucy1rZXktMzItYnl0ZXM=";
  buildIfChanged();
  app = spawn("node", [...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "scripts/serve.mjs"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      PORT: String(PORT),
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: base,
      // The reminder worker would scan 10,000 people in the same process; limits would refuse a load test.
      CLEARED_WORKER: "off",
      RATE_LIMIT_API_PER_MINUTE: "1000000000",
      LOG_LEVEL: "warn",
    },
  });
  await waitForReady();
  const cookie = await signIn();
  const targets = ([
    ["floor: GET /api/me", "/api/me"],
    ["one task: GET /api/v1/clearances?task=", `/api/v1/clearances?person=${PERSON}&location=${LOCATION}&task=${TASK}`],
    ["all tasks: GET /api/v1/clearances", `/api/v1/clearances?person=${PERSON}&location=${LOCATION}`],
    ["page: My clearances", `/people/${PERSON}/clearances`],
    // The same shell and guard around a form and nothing asked: what any page of the app pays.
    ["page: Check a task, the form alone", `/people/${PERSON}/check`],
  ] as [string, string][]).filter(([target]) => !ONLY || ONLY.some((word) => target.startsWith(word)));
  // Warm-up: the first requests compile nothing in production, but fill caches and the pool.
  for (const [, path] of targets) await autocannon({ url: `${base}${path}`, connections: 4, duration: 2, headers: { cookie } });
  const rows: Row[] = [];
  for (const connections of CONNECTIONS) for (const [target, path] of targets) rows.push(await measure(target, path, cookie, connections));
  console.log(`\nHTTP, production build on PostgreSQL, ${SECONDS} s per cell; ${machine()}`);
  console.log("| target | connections | requests/s | p50 ms | p99 ms | share of floor | errors |\n|---|---|---|---|---|---|---|");
  for (const row of rows) {
    const floor = rows.find((r) => r.connections === row.connections && r.target.startsWith("floor"));
    const share = floor ? `${((row.rps / floor.rps) * 100).toFixed(0)} %` : "–";
    console.log(`| ${row.target} | ${row.connections} | ${row.rps.toFixed(1)} | ${row.p50} | ${row.p99} | ${share} | ${row.errors} |`);
  }
  if (rows.some((r) => r.errors > 0)) {
    console.error("Some requests failed (non-2xx, errors or timeouts): the figures above are not valid.");
    process.exitCode = 1;
  }
} finally {
  app?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (!KEEP) await admin(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
