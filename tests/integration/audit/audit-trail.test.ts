import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { verifyAuditChain } from "@/lib/audit/data";
import { appendAuditEvent, recordAuditEvent, staleMessage, SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { auditCount, makeLocation } from "@/tests/support/factories";
import { privilegedDriver, testEngine } from "@/tests/support/test-database";
import { unlistedAction } from "@/tests/support/audit-codes";
import { english, spanish } from "@/tests/support/words";

const entry = (action: string) => ({ action: unlistedAction(action), entityType: "Test", entityId: "test000001", after: { note: action } });

describe(`audit trail (${testEngine})`, () => {
  it("rejects UPDATE, DELETE and TRUNCATE in the database itself", async () => {
    await recordAuditEvent(SYSTEM_CONTEXT, entry("test.append_only"));
    const count = await auditCount();
    const db = privilegedDriver();
    await expect(db.exec(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(/append-only: UPDATE is not allowed/);
    await expect(db.exec(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only: DELETE is not allowed/);
    await expect(db.exec(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only: TRUNCATE is not allowed/);
    await expect(prisma.auditEvent.deleteMany({})).rejects.toThrow();
    expect(await auditCount()).toBe(count);
    expect(await auditCount({ action: "forged" })).toBe(0);
  });

  it("writes the event in the same transaction as the change: a failed change leaves no event", async () => {
    const before = await auditCount();
    const location = await makeLocation();
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.location.update({ where: { id: location.id }, data: { name: "Renamed" } });
        await appendAuditEvent(tx, SYSTEM_CONTEXT, { ...entry("location.rename"), entityId: location.id });
        throw new Error("the change fails after its event was written");
      }),
    ).rejects.toThrow("the change fails");
    expect(await auditCount()).toBe(before);
    expect((await prisma.location.findUniqueOrThrow({ where: { id: location.id } })).name).toBe(location.name);

    await prisma.$transaction(async (tx) => {
      await tx.location.update({ where: { id: location.id }, data: { name: "Renamed" } });
      await appendAuditEvent(tx, SYSTEM_CONTEXT, { ...entry("location.rename"), entityId: location.id });
    });
    expect(await auditCount({ action: "location.rename" })).toBe(1);
  });

  it("concurrent writers never fork the chain", async () => {
    await Promise.all(Array.from({ length: 12 }, (_, i) => recordAuditEvent(SYSTEM_CONTEXT, entry(`test.concurrent.${i}`))));
    const check = await verifyAuditChain();
    expect(check.firstBreak).toBeNull();
    expect(check.count).toBe(await auditCount());
    const hashes = await prisma.auditEvent.findMany({ select: { prevHash: true } });
    expect(new Set(hashes.map((h) => h.prevHash)).size).toBe(hashes.length);
  });

  it("tells a person whose form was stale who changed the record last, in their language", async () => {
    await recordAuditEvent({ ...SYSTEM_CONTEXT, actorLabel: "dana@example.org" }, { action: unlistedAction("test.stale"), entityType: "Test", entityId: "stale00001" });
    const said = await prisma.$transaction((tx) => staleMessage(tx, "Test", "stale00001", "America/Los_Angeles"));
    expect(english(said)).toMatch(/^This record was changed by dana@example\.org at \d{2}:\d{2} P[SD]T while you were editing it\. Review the current values and retry; your input is kept below\.$/);
    expect(spanish(said)).toMatch(/^dana@example\.org cambió este registro a las \d{2}:\d{2} P[SD]T mientras usted lo editaba\./);
    const unknown = await prisma.$transaction((tx) => staleMessage(tx, "Test", "nothing001", "UTC"));
    expect(spanish(unknown)).toBe("Este registro cambió mientras usted lo editaba. Revise los valores actuales e inténtelo de nuevo.");
  });
});
