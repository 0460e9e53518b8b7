import { describe, expect, it } from "vitest";
import { preparedStatementName } from "@/lib/db/driver";

describe("prepared statements", () => {
  it("prepares only statements marked as hot, by their marker's name", () => {
    expect(preparedStatementName("/* prepared: clearance_facts_v1 */\n WITH loc AS (SELECT 1)")).toBe("clearance_facts_v1");
    expect(preparedStatementName('SELECT "id" FROM "User" WHERE "id" = $1')).toBeUndefined();
    expect(preparedStatementName("SELECT 1 /* prepared: late_marker */")).toBeUndefined();
    expect(preparedStatementName("/* prepared: Bad-Name */ SELECT 1")).toBeUndefined();
  });
});
