/**
 * `npm run build`: generates the Prisma client and runs `next build`, unless nothing the build reads
 * has changed since the last one (`npm start` uses the same check, so a second start is fast).
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const stampPath = path.join(root, ".next", "cleared-source-hash");
const INPUTS = ["app", "components", "lib", "public", "proxy.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json", "prisma/schema.prisma"];

export function buildIfChanged({ force = false } = {}): void {
  const hash = sourceHash();
  if (!force && existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stampPath) && readFileSync(stampPath, "utf8") === hash) {
    console.log("Build is up to date.");
    return;
  }
  const result = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampPath, hash);
  // Read by the production start (scripts/serve.mjs): instances may share server actions only if
  // every build of the release embedded the same key.
  writeFileSync(path.join(root, ".next", "cleared-build.json"), JSON.stringify({ fixedActionsKey: Boolean(process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim()) }));
}

function sourceHash(): string {
  const hash = createHash("sha256");
  const visit = (file: string) => {
    if (!existsSync(file)) return;
    if (statSync(file).isDirectory()) {
      for (const entry of readdirSync(file).sort()) visit(path.join(file, entry));
      return;
    }
    hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  };
  for (const input of INPUTS) visit(path.join(root, input));
  // A different server-actions key needs a new build: Next embeds the key in it.
  hash.update(`actions-key\0${process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? ""}`);
  return hash.digest("hex");
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfChanged({ force: process.argv.includes("--force") });
