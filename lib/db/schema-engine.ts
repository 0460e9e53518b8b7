import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

/**
 * Prisma's own schema engine (the one `prisma migrate` runs), in its WebAssembly build, so that
 * migrations are diffed and applied offline exactly as the native CLI would. It is internal Prisma
 * API: the package is pinned to the version matching the `prisma` package, and only this module
 * touches it.
 */
type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<Bindings> | undefined;

// The package imports its .wasm as an ES module, which Node 20 only allows behind a flag; compiling
// the module ourselves and handing it to the generated glue avoids that flag everywhere.
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const glue: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const compiled = new WebAssembly.Module(readFileSync(wasmPath));
    const instance = new WebAssembly.Instance(compiled, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

export type SchemaFile = { path: string; content: string };

export async function openSchemaEngine(
  schema: SchemaFile,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  return SchemaEngine.new(
    { datamodels: [[schema.path, schema.content]] },
    (entry: string) => log(entry),
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };

/** The migrations folder in the shape the engine expects (what `prisma migrate` reads from disk). */
export function readMigrationList(migrationsDir: string, names: string[]): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  let lockContent: string | null = null;
  try {
    lockContent = readFileSync(lockPath, "utf8");
  } catch {
    lockContent = null;
  }
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      let content: { tag: "ok"; value: string } | { tag: "error"; value: string };
      try {
        content = { tag: "ok", value: readFileSync(file, "utf8") };
      } catch (error) {
        content = { tag: "error", value: String(error) };
      }
      return { path: name, migrationFile: { path: "migration.sql", content } };
    }),
  };
}

/** Engine errors arrive as objects or JSON strings; this turns them into one readable line. */
export function engineErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") {
    try {
      return engineErrorMessage(JSON.parse(error));
    } catch {
      return error;
    }
  }
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; error?: unknown; meta?: { message?: unknown } };
    if (typeof e.message === "string") return e.message;
    if (typeof e.error === "string") return e.error;
  }
  return JSON.stringify(error);
}
