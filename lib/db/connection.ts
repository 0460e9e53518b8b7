import path from "node:path";

/**
 * Which database engine a DATABASE_URL selects. Everything that opens a database goes through
 * this one decision so that no other module knows whether PGlite or a PostgreSQL server runs.
 */
export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | null } // null: in memory
  | { kind: "postgres"; url: string };

export const DEFAULT_PGLITE_DIR = "data/pglite";

export function resolveDatabaseTarget(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = url?.trim() ?? "";
  if (value === "") return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (/^postgres(ql)?:\/\//i.test(value)) return { kind: "postgres", url: value };
  if (value === "pglite:" || value === "pglite://") return { kind: "pglite", dataDir: path.resolve(cwd, DEFAULT_PGLITE_DIR) };
  if (value === "pglite:memory" || value === "memory://") return { kind: "pglite", dataDir: null };
  const dir = value.replace(/^pglite:(\/\/)?/, "");
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(dir)) {
    throw new Error(`DATABASE_URL must be a postgresql:// URL, "pglite:", "pglite:memory" or a directory path (got a ${dir.split(":")[0]}: URL)`);
  }
  return { kind: "pglite", dataDir: path.resolve(cwd, dir) };
}

/** A label safe to print: never includes a password. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite") return target.dataDir ? `embedded PGlite at ${target.dataDir}` : "embedded PGlite in memory";
  const u = new URL(target.url);
  return `PostgreSQL at ${u.hostname}:${u.port || "5432"}${u.pathname}`;
}
