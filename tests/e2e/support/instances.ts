import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import http from "node:http";
import pg from "pg";
import { TcpProxy } from "@/tests/support/tcp-proxy";

/**
 * Two app instances on one PostgreSQL database behind a small round-robin reverse proxy, as a
 * clinic group runs Cleared: each instance is `npm run serve` on the build the e2e run made. The
 * instances reach the database through a TCP proxy (`database`), so that a test can restart it.
 */
export const MULTI = { proxy: 3210, a: 3211, b: 3212 } as const;
export const MULTI_SECRET = "a-session-secret-shared-by-both-instances-0123";

export type Cluster = { databaseUrl: string; database: TcpProxy; stop: () => Promise<void> };

function scratchUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const result = spawnSync("npm", ["run", "--silent", ...args], { env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitForReady(port: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://localhost:${port}/api/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`instance on port ${port} never became ready`);
}

/** Alternates between the instances; says which one answered, as a load balancer's log would. */
function roundRobin(ports: readonly number[]): http.Server {
  let next = 0;
  return http.createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    const upstream = http.request({ host: "127.0.0.1", port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-served-by": String(port) });
      answer.pipe(res);
    });
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
}

export async function startCluster(testDatabaseUrl: string): Promise<Cluster> {
  const name = `cleared_multi_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const databaseUrl = scratchUrl(testDatabaseUrl, name);
  const env = { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_SECRET: MULTI_SECRET, NEXTAUTH_URL: `http://localhost:${MULTI.proxy}` };
  run(["db:migrate"], env);
  run(["db:seed"], env);
  const server = new URL(databaseUrl);
  const database = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  await database.start();
  const proxied = new URL(databaseUrl);
  proxied.host = `127.0.0.1:${database.port}`;
  const instances: ChildProcess[] = [MULTI.a, MULTI.b].map((port) => spawn("node", ["scripts/serve.mjs"], { env: { ...env, DATABASE_URL: proxied.toString(), PORT: String(port) }, stdio: "ignore", detached: false }));
  const proxy = roundRobin([MULTI.a, MULTI.b]);
  await new Promise<void>((resolve) => proxy.listen(MULTI.proxy, resolve));
  await Promise.all([waitForReady(MULTI.a), waitForReady(MULTI.b)]);
  return {
    databaseUrl,
    database,
    stop: async () => {
      for (const child of instances) child.kill("SIGTERM");
      await Promise.all(instances.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)))));
      await new Promise((resolve) => proxy.close(resolve));
      await database.stop();
      const cleanup = new pg.Client({ connectionString: testDatabaseUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

/** One query on the cluster's database. */
export async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}
