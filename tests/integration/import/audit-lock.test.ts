import { describe, expect, it } from "vitest";
import { recordAuditEvent } from "@/lib/audit/mutations";
import { verifyAuditChain } from "@/lib/audit/data";
import { prisma } from "@/lib/db/client";
import { importPeople } from "@/lib/import/mutations";
import type { PersonRow } from "@/lib/import/people";
import { makeLocation } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

const context = { actorUserId: null, actorLabel: "importer@example.org", ip: null, userAgent: "vitest" };

function rows(n: number, prefix: string): PersonRow[] {
  return Array.from({ length: n }, (_, i) => ({
    employee_id: `${prefix}${i}`,
    first_name: "Imported",
    last_name: `Person ${i}`,
    role: "medical_assistant",
    provider_type: null,
    credential_tier: "none",
    employment_start: "2024-01-08",
  })) as unknown as PersonRow[];
}

describe("the audit chain during a long import", () => {
  // PGlite is one connection: everything is serialized there whatever the locks, so only a server
  // database can show another writer getting through.
  it.runIf(testEngine === "postgres")("does not hold up other audited writes (an auditor's page view) until the import commits", async () => {
    const location = await makeLocation();
    let viewDone: number | null = null;
    let view: Promise<void> | null = null;
    const imported = importPeople(rows(5_000, "LOCK"), location.id, context, (done) => {
      // Once the import is well under way, someone opens a page that records an audited view.
      if (done === 1_000 && !view) view = recordAuditEvent({ ...context, actorLabel: "auditor@example.org" }, { action: "record.viewed", entityType: "Person" }).then(() => void (viewDone = Date.now()));
    });
    await imported;
    const importDone = Date.now();
    await view;
    expect(viewDone).not.toBeNull();
    expect(viewDone!).toBeLessThan(importDone);
    // One chain: the view's event sits before the import's, all verified.
    expect(await prisma.auditEvent.count({ where: { action: "person.import" } })).toBe(5_000);
    expect((await verifyAuditChain()).firstBreak).toBeNull();
  });

  it("writes one event per imported person, in one chain, on either database", async () => {
    const location = await makeLocation();
    await importPeople(rows(1_200, "ONE"), location.id, context, () => {});
    expect(await prisma.auditEvent.count({ where: { action: "person.import", locationId: location.id } })).toBe(1_200);
    expect((await verifyAuditChain()).firstBreak).toBeNull();
  });
});
