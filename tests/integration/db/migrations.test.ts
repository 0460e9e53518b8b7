import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, appliedMigrations, createMigration, migrationNames, projectPaths, schemaDrift } from "@/lib/db/migrations";
import { emptyDatabase, scratchProject } from "@/tests/support/scratch";
import { testEngine } from "@/tests/support/test-database";

const open: Driver[] = [];
async function fresh(): Promise<Driver> {
  const driver = await emptyDatabase();
  open.push(driver);
  return driver;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.close()));
});

describe(`migrations (${testEngine})`, () => {
  it("bring a fresh database exactly to schema.prisma", async () => {
    const db = await fresh();
    const result = await applyMigrations(db, projectPaths());
    expect(result).toEqual({ ok: true, applied: migrationNames(projectPaths().migrationsDir) });
    expect(await schemaDrift(db, projectPaths())).toBe("");
  });

  it("are recorded in _prisma_migrations as prisma migrate deploy records them", async () => {
    const db = await fresh();
    await applyMigrations(db, projectPaths());
    const rows = await db.query<{ migration_name: string; checksum: string; applied_steps_count: number }>(
      `SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
    );
    const { createHash } = await import("node:crypto");
    for (const row of rows) {
      const sql = readFileSync(path.join(projectPaths().migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applying twice is a no-op", async () => {
    const db = await fresh();
    await applyMigrations(db, projectPaths());
    expect(await applyMigrations(db, projectPaths())).toEqual({ ok: true, applied: [] });
    expect(await appliedMigrations(db)).toEqual(migrationNames(projectPaths().migrationsDir));
  });

  it("db:migration writes nothing when the schema has not changed", async () => {
    const project = scratchProject();
    const before = readdirSync(project.migrationsDir);
    const scratch = await openDriver({ kind: "pglite", dataDir: null });
    open.push(scratch);
    expect(await createMigration(scratch, project, "nothing")).toEqual({ written: false });
    expect(readdirSync(project.migrationsDir)).toEqual(before);
  });

  it("db:migration writes the next migration from the schema change, and it applies cleanly", async () => {
    const project = scratchProject();
    const schema = readFileSync(project.schemaPath, "utf8").replace("  address        String\n", "  address        String\n  phone          String?\n");
    writeFileSync(project.schemaPath, schema);
    const scratch = await openDriver({ kind: "pglite", dataDir: null });
    open.push(scratch);
    const result = await createMigration(scratch, project, "add_location_phone", new Date("2030-01-02T03:04:05Z"));
    expect(result).toMatchObject({ written: true, name: "20300102030405_add_location_phone" });
    if (!result.written) return;
    expect(result.sql).toContain(`ALTER TABLE "Location" ADD COLUMN     "phone" TEXT;`);
    const db = await fresh();
    expect((await applyMigrations(db, project)).ok).toBe(true);
    expect(await schemaDrift(db, project)).toBe("");
  });

  it("a failing migration leaves the database as it was, names the migration and says why", async () => {
    const project = scratchProject();
    const db = await fresh();
    await applyMigrations(db, project);
    const name = "20991231000000_broken";
    mkdirSync(path.join(project.migrationsDir, name));
    writeFileSync(path.join(project.migrationsDir, name, "migration.sql"), `CREATE TABLE "Half" (id int);\nALTER TABLE "Location" ADD COLUMN "half" int;\nSELECT no_such_function();\n`);
    const result = await applyMigrations(db, project);
    expect(result).toMatchObject({ ok: false, failedMigration: name, applied: [] });
    if (result.ok) return;
    expect(result.message).toContain("no_such_function() does not exist");
    const [half] = await db.query<{ exists: boolean }>(`SELECT to_regclass('public."Half"') IS NOT NULL AS "exists"`);
    expect(half?.exists).toBe(false);
    const columns = await db.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'Location' AND column_name = 'half'`);
    expect(columns).toEqual([]);
    expect(await appliedMigrations(db)).not.toContain(name);

    // Once fixed, the next run applies it.
    writeFileSync(path.join(project.migrationsDir, name, "migration.sql"), `CREATE TABLE "Half" (id int);\n`);
    expect(await applyMigrations(db, project)).toEqual({ ok: true, applied: [name] });
  });

  it.runIf(testEngine === "postgres")("concurrent runs apply each migration once", async () => {
    const db = await fresh();
    const second = await openDriver(db.target);
    open.push(second);
    const results = await Promise.all([applyMigrations(db, projectPaths()), applyMigrations(second, projectPaths())]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(migrationNames(projectPaths().migrationsDir));
    const [count] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM _prisma_migrations`);
    expect(count?.n).toBe(migrationNames(projectPaths().migrationsDir).length);
  });
});
