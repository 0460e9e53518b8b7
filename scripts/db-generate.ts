/**
 * `npm run db:generate`: generates the Prisma client offline.
 *
 * `prisma generate` never runs Prisma's native schema engine, but refuses to start unless the
 * engine binary exists, and downloads it when missing (impossible offline). Pointing
 * PRISMA_SCHEMA_ENGINE_BINARY at a placeholder satisfies the check; where the real engine is
 * installed (or the variable is already set) this steps aside. Skips the work when the schema has
 * not changed since the last generation.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const schemaPath = path.join(root, "prisma", "schema.prisma");
const outputDir = path.join(root, "lib", "db", "generated");
const stampPath = path.join(outputDir, ".schema-hash");
const prismaVersion = JSON.parse(readFileSync(path.join(root, "node_modules", "prisma", "package.json"), "utf8")).version;
const hash = createHash("sha256").update(readFileSync(schemaPath)).update(prismaVersion).digest("hex");

if (!process.argv.includes("--force") && existsSync(stampPath) && readFileSync(stampPath, "utf8") === hash) {
  console.log("Prisma client is up to date.");
  process.exit(0);
}

const env: NodeJS.ProcessEnv = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && !nativeEngineInstalled()) {
  const placeholder = path.join(root, "node_modules", ".cache", "cleared", "schema-engine-placeholder");
  mkdirSync(path.dirname(placeholder), { recursive: true });
  writeFileSync(placeholder, "#!/bin/sh\necho 'placeholder: generate does not run the schema engine' >&2\nexit 1\n", { mode: 0o755 });
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  env,
  stdio: "inherit",
});
if (result.status !== 0) process.exit(result.status ?? 1);
writeFileSync(stampPath, hash);

function nativeEngineInstalled(): boolean {
  const enginesDir = path.join(root, "node_modules", "@prisma", "engines");
  return existsSync(enginesDir) && readdirSync(enginesDir).some((name) => name.startsWith("schema-engine-"));
}
