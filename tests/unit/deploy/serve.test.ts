import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SERVE = path.resolve("scripts/serve.mjs");
const SECRET = "a-shared-session-secret-of-enough-length-42";

/** A project folder with a build (or not) and a stand-in `next` that prints how it was started. */
function project({ built = true, fixedActionsKey = true }: { built?: boolean; fixedActionsKey?: boolean } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "cleared-serve-"));
  if (built) {
    mkdirSync(path.join(dir, ".next"));
    writeFileSync(path.join(dir, ".next", "BUILD_ID"), "build-123");
    writeFileSync(path.join(dir, ".next", "cleared-build.json"), JSON.stringify({ fixedActionsKey }));
  }
  mkdirSync(path.join(dir, "node_modules", ".bin"), { recursive: true });
  const next = path.join(dir, "node_modules", ".bin", "next");
  writeFileSync(next, '#!/bin/sh\necho "next $* NODE_ENV=$NODE_ENV"\n');
  chmodSync(next, 0o755);
  return dir;
}

function serve(cwd: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [SERVE], { cwd, env: { PATH: process.env.PATH ?? "", ...env } as unknown as NodeJS.ProcessEnv, encoding: "utf8" });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

const postgres = { DATABASE_URL: "postgresql://cleared_app@db.internal:5432/cleared", NEXTAUTH_URL: "https://cleared.example.org" };

describe("the production start (npm run serve)", () => {
  it("starts the existing build with next start in production mode, no build and no migration", () => {
    const result = serve(project(), { ...postgres, NEXTAUTH_SECRET: SECRET, PORT: "3456" });
    expect(result.code).toBe(0);
    expect(result.out).toContain("next start --port 3456 NODE_ENV=production");
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
});
