import { cpSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { openDriver, type Driver } from "@/lib/db/driver";
import { projectPaths, type ProjectPaths } from "@/lib/db/migrations";
import { createScratchDatabase, databaseUrl, dropDatabase } from "./databases";

/** An empty database on the engine this test run uses, for tests of the migration tooling itself. */
export async function emptyDatabase(): Promise<Driver> {
  const source = inject("testDatabase");
  if (source.kind === "pglite") return openDriver({ kind: "pglite", dataDir: null });
  const name = await createScratchDatabase(source.serverUrl, "cleared_scratch");
  const driver = await openDriver({ kind: "postgres", url: databaseUrl(source.serverUrl, name) });
  return { ...driver, close: async () => { await driver.close(); await dropDatabase(source.serverUrl, name); } };
}

/** A copy of prisma/ (schema and migrations) in a temporary folder, safe to change. */
export function scratchProject(): ProjectPaths {
  const dir = mkdtempSync(path.join(os.tmpdir(), "cleared-prisma-"));
  cpSync(path.dirname(projectPaths().schemaPath), path.join(dir, "prisma"), { recursive: true });
  return projectPaths(dir);
}
