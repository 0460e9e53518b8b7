import { spawn, spawnSync } from "node:child_process";
import { createServer, type AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVE = path.resolve("scripts/serve.mjs");
const SECRET = "a-shared-session-secret-of-enough-length-42";

/**
 * A stand-in Next.js: prints how it was created once prepared, then serves three pages: one that
 * works, one that fails with a bug, and one that fails for want of the database (noted as
 * lib/db/outage.ts does). With `exitOnPrepare`, it stops once it has said how it was started.
 */
const STAND_IN_NEXT = `
module.exports = (options) => ({
  prepare: async () => {
    console.log("next " + JSON.stringify(options) + " NODE_ENV=" + process.env.NODE_ENV);
    if (process.env.EXIT_ON_PREPARE) process.exit(0);
  },
  getRequestHandler: () => (request, response) => {
    if (request.url === "/database-down") globalThis[Symbol.for("cleared.database.unavailableAt")] = Date.now();
    response.statusCode = request.url === "/" ? 200 : 500;
    response.setHeader("content-type", "text/html");
    response.end(request.url === "/database-down" ? "<h1>The database is briefly unavailable</h1>" : "<h1>page</h1>");
  },
});`;

/** A project folder with a build (or not) and the stand-in Next.js above. */
function project({ built = true, fixedActionsKey = true }: { built?: boolean; fixedActionsKey?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "cleared-serve-"));
  if (built) {
    mkdirSync(path.join(dir, ".next"));
    writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-123");
    writeFileSync(path.join(dir, ".next", "cleared-build.json"), JSON.stringify({ fixedActionsKey }));
  }
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "stand-in", private: true }));
  mkdirSync(path.join(dir, "node_modules", "next"), { recursive: true });
  writeFileSync(path.join(dir, "node_modules", "next", "package.json"), JSON.stringify({ name: "next", main: "index.js" }));
  writeFileSync(path.join(dir, "node_modules", "next", "index.js"), STAND_IN_NEXT);
  return dir;
}

function serve(cwd: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [SERVE], { cwd, env: { PATH: process.env.PATH ?? "", EXIT_ON_PREPARE: "1", ...env } as unknown as NodeJS.ProcessEnv, encoding: "utf8" });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const postgres = { DATABASE_URL: "postgresql://cleared_app@db.internal:5432/cleared", NEXTAUTH_URL: "https://cleared.example.org" };

describe("the production start (npm run serve)", () => {
  it("starts the existing build in production mode, no build and no migration", () => {
    const result = serve(project(), { ...postgres, NEXTAUTH_SECRET: SECRET, PORT: "3456" });
    expect(result.code).toBe(0);
    expect(result.out).toContain('next {"dev":false,"dir":');
    expect(result.out).toContain('"port":3456} NODE_ENV=production');
  });

  it("refuses without a build", () => {
    expect(serve(project({ built: false }), { NEXTAUTH_SECRET: SECRET })).toMatchObject({ code: 1, out: expect.stringContaining('Run "npm run build" first') });
  });

  it("refuses a PostgreSQL target without a shared session secret, or without the public address", () => {
    expect(serve(project(), postgres)).toMatchObject({ code: 1, out: expect.stringContaining("NEXTAUTH_SECRET") });
    expect(serve(project(), { ...postgres, NEXTAUTH_SECRET: "short" })).toMatchObject({ code: 1, out: expect.stringContaining("at least 32 characters") });
    expect(serve(project(), { DATABASE_URL: postgres.DATABASE_URL, NEXTAUTH_SECRET: SECRET })).toMatchObject({ code: 1, out: expect.stringContaining("NEXTAUTH_URL") });
  });

  it("refuses a PostgreSQL target when the build has no fixed server-actions key", () => {
    const result = serve(project({ fixedActionsKey: false }), { ...postgres, NEXTAUTH_SECRET: SECRET });
    expect(result).toMatchObject({ code: 1, out: expect.stringContaining("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY") });
  });

  it("asks nothing of the embedded database beyond a build", () => {
    expect(serve(project({ fixedActionsKey: false }), {}).code).toBe(0);
  });

  it("answers a page that failed for want of the database 503 with Retry-After, its page kept; other failures stay 500", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [SERVE], { cwd: project(), env: { PATH: process.env.PATH ?? "", PORT: String(port) } as unknown as NodeJS.ProcessEnv, stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("ready on port") && resolve());
        child.once("exit", (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const get = (page: string) => fetch(`http://127.0.0.1:${port}${page}`);
      expect((await get("/")).status).toBe(200);
      const bug = await get("/bug");
      expect([bug.status, bug.headers.get("retry-after")]).toEqual([500, null]);
      const down = await get("/database-down");
      expect([down.status, down.statusText, down.headers.get("retry-after"), down.headers.get("cache-control")]).toEqual([503, "Service Unavailable", "5", "no-store"]);
      expect(await down.text()).toContain("The database is briefly unavailable");
      expect((await get("/")).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
