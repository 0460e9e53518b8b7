import { describe, expect, it } from "vitest";
import { asAppRole, testDriver } from "@/tests/support/test-database";

/**
 * CI runs the PostgreSQL integration tests as the least-privilege app role (TEST_DATABASE_ROLE=app,
 * set up by db:roles' own code on the template), so every test shows the app works with row rights
 * only. This file says so, and that those rights do not reach the audit trail's triggers.
 */
describe("the connection the tests use", () => {
  it.runIf(asAppRole)("is the app role, which may not switch the audit trail's triggers off or rewrite it", async () => {
    const [me] = await testDriver().query<{ user: string; super: boolean }>(`SELECT current_user AS "user", rolsuper AS "super" FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ user: "cleared_test_app", super: false });
    await expect(testDriver().exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER`)).rejects.toThrow(/must be owner|permission denied/);
    await expect(testDriver().exec(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/permission denied/);
  });
});
