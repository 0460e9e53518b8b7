import { rmSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, migrationNames, projectPaths } from "@/lib/db/migrations";
import { checkReadiness, readinessResponse } from "@/lib/db/readiness";
import { GET } from "@/app/api/ready/route";
import { emptyDatabase, scratchProject } from "@/tests/support/scratch";
import { testDriver, testEngine } from "@/tests/support/test-database";

const open: Driver[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.close()));
});

const SECRET_URL = "postgresql://cleared_app:hunter2-secret@db.internal:5432/cleared";

describe(`GET /api/ready (${testEngine})`, () => {
  it("answers 200 ready on the migrated test database", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready" });
  });

  it("answers 503 naming how many migrations are pending when the database lacks the last one", async () => {
    const project = scratchProject();
    const names = migrationNames(project.migrationsDir);
    rmSync(path.join(project.migrationsDir, names.at(-1)!), { recursive: true });
    const db = await emptyDatabase();
    open.push(db);
    expect((await applyMigrations(db, project)).ok).toBe(true);

    const readiness = await checkReadiness(async () => db, projectPaths().migrationsDir);
    expect(readiness).toEqual({ ready: false, reason: "migrations_pending", pending: 1 });
    const response = readinessResponse(readiness);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    expect(response.headers.get("Content-Type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 503, title: "Migrations pending", detail: expect.stringContaining("1 migration is pending") });
  });

  it("answers 503 database unreachable when the driver fails, without the error's connection string", async () => {
    const failing = async (): Promise<Driver> => {
      throw new Error(`connect ECONNREFUSED 10.0.0.5:5432 (${SECRET_URL})`);
    };
    const readiness = await checkReadiness(failing, projectPaths().migrationsDir);
    expect(readiness).toEqual({ ready: false, reason: "database_unreachable" });
    const response = readinessResponse(readiness);
    expect(response.status).toBe(503);
    expect(response.headers.get("Retry-After")).toBe("5");
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({ status: 503, title: "Database unreachable" });
    expect(text).not.toMatch(/hunter2|db\.internal|10\.0\.0\.5|postgresql:/);
  });

  it("answers 503 for a PostgreSQL server that refuses connections (nothing listens on the port)", async () => {
    const nowhere = await openDriver({ kind: "postgres", url: "postgresql://cleared_app:hunter2-secret@127.0.0.1:1/cleared" });
    open.push(nowhere);
    const readiness = await checkReadiness(async () => nowhere, projectPaths().migrationsDir);
    expect(readiness).toEqual({ ready: false, reason: "database_unreachable" });
    expect(await readinessResponse(readiness).text()).not.toMatch(/hunter2|127\.0\.0\.1|cleared_app/);
  });

  it("counts a database that answers a query with an error as unreachable", async () => {
    const broken: Driver = { ...testDriver(), query: () => Promise.reject(new Error(`terminating connection due to administrator command ${SECRET_URL}`)) };
    expect(await checkReadiness(async () => broken, projectPaths().migrationsDir)).toEqual({ ready: false, reason: "database_unreachable" });
  });

  it("does not wait longer than its timeout for a database that never answers", async () => {
    const hanging: Driver = { ...testDriver(), query: () => new Promise(() => {}) };
    const started = Date.now();
    expect(await checkReadiness(async () => hanging, projectPaths().migrationsDir, 200)).toEqual({ ready: false, reason: "database_unreachable" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
