import "server-only";
import { databaseDriver } from "./client";
import { appliedMigrations } from "./migrations";

export type Health = { status: "ok"; database: "up"; migrations: number } | { status: "error"; database: "down" };

export async function checkHealth(): Promise<Health> {
  try {
    const driver = await databaseDriver();
    const migrations = await appliedMigrations(driver);
    return { status: "ok", database: "up", migrations: migrations.length };
  } catch {
    return { status: "error", database: "down" };
  }
}
