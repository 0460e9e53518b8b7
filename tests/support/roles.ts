import { expect } from "vitest";
import { setupRoles, type RoleSettings } from "@/lib/db/roles";
import { JOB_SCHEMA, prepareJobSchema } from "@/lib/notification/worker";
import { onServer } from "./databases";

/** `npm run db:roles`' own work, as a superuser on the database `url` names. */
export function setUpRoles(url: string, settings: RoleSettings): Promise<string[]> {
  return onServer(url, (client) => setupRoles(client, settings, { name: JOB_SCHEMA, prepare: (db) => prepareJobSchema(db) }));
}

/** The statement fails because the role lacks the privilege (42501), not because a trigger refused it. */
export async function refusedForPrivilege(client: { query(sql: string): Promise<unknown> }, sql: string): Promise<string> {
  const error = (await client.query(sql).then(() => null, (e: unknown) => e)) as { code?: string; message?: string } | null;
  expect(error, `${sql} should have been refused`).not.toBeNull();
  expect(error!.code, `${sql}: ${error!.message}`).toBe("42501");
  return error!.message!;
}
