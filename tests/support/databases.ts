import { randomBytes } from "node:crypto";
import { Client } from "pg";

/**
 * Scratch PostgreSQL databases for tests run against a server (TEST_DATABASE_URL): each test file
 * gets its own, created from a migrated template, and drops it when done.
 */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function scratchName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}

export async function onServer<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createScratchDatabase(serverUrl: string, prefix: string, template?: string): Promise<string> {
  const name = scratchName(prefix);
  await onServer(serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
        return;
      } catch (error) {
        // Two files cloning the template at the same instant can collide; a short wait resolves it.
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return name;
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await onServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
