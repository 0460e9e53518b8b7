import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportHead } from "@/app/api/audit/head/route";
import { prisma } from "@/lib/db/client";
import { GENESIS_HASH, hashEvent } from "@/lib/audit/chain";
import { verifyAuditChain } from "@/lib/audit/data";
import { verifyAuditHeadAction } from "@/lib/audit/actions";
import type { HeadReport } from "@/lib/audit/head";
import { recordAuditEvent, SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { auditCount, makeOrganization, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { privilegedDriver, testEngine } from "@/tests/support/test-database";
import { unlistedAction } from "@/tests/support/audit-codes";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * What a database superuser can do behind the append-only triggers, and what catches it: verifying
 * the chain from genesis catches an edit, a deletion and an insertion; only a head saved earlier
 * catches a rewrite that recomputed every hash, or a truncated tail.
 */
const entry = (action: string, after: unknown = { note: action }) => ({ action: unlistedAction(action), entityType: "Test", entityId: "test000001", after });

/** Runs SQL with the table's triggers off, in one transaction, as someone with the rights could. */
function behindTriggers(sql: string) {
  return privilegedDriver().exec(`ALTER TABLE "AuditEvent" DISABLE TRIGGER USER; ${sql}; ALTER TABLE "AuditEvent" ENABLE TRIGGER USER;`);
}

async function savedHead(): Promise<string> {
  const response = await exportHead(new Request("http://test/api/audit/head"));
  expect(response.status).toBe(200);
  return response.text();
}

async function checkAgainst(statement: string): Promise<HeadReport> {
  const state = await verifyAuditHeadAction(undefined, { statement });
  if (state.status !== "success") throw new Error(JSON.stringify(state));
  return state.data!;
}

const seqOf = async (action: string) => (await prisma.auditEvent.findFirstOrThrow({ where: { action } })).seq;

beforeAll(async () => {
  await makeOrganization();
  await signInAs((await makeUser({ grants: [{ role: "auditor" }] })).user);
  for (const action of ["test.first", "user.grant_admin", "test.middle", "test.last"]) await recordAuditEvent(SYSTEM_CONTEXT, entry(action));
});

// Each test tampers with its own copy of the trail: the rows are put back afterwards.
beforeEach(async () => {
  await privilegedDriver().exec(`DROP TABLE IF EXISTS audit_snapshot; CREATE TABLE audit_snapshot AS SELECT * FROM "AuditEvent";`);
  expect((await verifyAuditChain()).firstBreak).toBeNull();
});
afterEach(async () => {
  await behindTriggers(`DELETE FROM "AuditEvent"; INSERT INTO "AuditEvent" SELECT * FROM audit_snapshot ORDER BY seq; DROP TABLE audit_snapshot`);
});

describe(`audit chain tampering (${testEngine})`, () => {
  it("verification finds an edited event at that event, and the head check reports the broken chain", async () => {
    const head = await savedHead();
    const target = await seqOf("user.grant_admin");
    await behindTriggers(`UPDATE "AuditEvent" SET "after" = '{"note":"nothing to see"}' WHERE seq = ${target}`);
    expect((await verifyAuditChain()).firstBreak).toEqual({ seq: target, reason: "hash_mismatch" });
    expect(await checkAgainst(head)).toMatchObject({ matches: false, status: "chain_broken", title: `The chain no longer verifies: broken at event #${target}` });
  });

  it("verification finds a deleted event at the event after it", async () => {
    const target = await seqOf("user.grant_admin");
    const next = await seqOf("test.middle");
    await behindTriggers(`DELETE FROM "AuditEvent" WHERE seq = ${target}`);
    expect((await verifyAuditChain()).firstBreak).toEqual({ seq: next, reason: "prev_hash_mismatch" });
  });

  it("verification finds an inserted event, even one hashed onto the event before it", async () => {
    // A rolled-back append leaves a gap in the numbering: the place a forger would use.
    await prisma
      .$transaction(async (tx) => {
        await tx.auditEvent.create({ data: { occurredAt: new Date(), actorLabel: "system", action: "test.rolled_back", entityType: "Test", prevHash: GENESIS_HASH, hash: "f".repeat(64) } });
        throw new Error("roll back");
      })
      .catch(() => {});
    await recordAuditEvent(SYSTEM_CONTEXT, entry("test.after_gap"));
    const [latest, previous] = await prisma.auditEvent.findMany({ orderBy: { seq: "desc" }, take: 2 });
    const gap = latest!.seq - 1;
    expect(previous!.seq).toBeLessThan(gap);
    const forged = { occurredAt: new Date(), actorUserId: null, actorLabel: "admin@example.org", action: "user.grant_admin", entityType: "User", entityId: "forged0001", personId: null, locationId: null, before: null, after: { role: "admin" }, ip: null, userAgent: null };
    const hash = hashEvent(previous!.hash, forged);
    await behindTriggers(
      `INSERT INTO "AuditEvent" (seq, "occurredAt", "actorLabel", action, "entityType", "entityId", after, "prevHash", hash) VALUES (${gap}, '${forged.occurredAt.toISOString()}', '${forged.actorLabel}', '${forged.action}', '${forged.entityType}', '${forged.entityId}', '{"role":"admin"}', '${previous!.hash}', '${hash}')`,
    );
    expect((await verifyAuditChain()).firstBreak).toEqual({ seq: latest!.seq, reason: "prev_hash_mismatch" });
  });

  it("a full rewrite with every hash recomputed passes verification but fails against a head saved before it", async () => {
    const head = await savedHead();
    const target = await seqOf("user.grant_admin");
    const rows = await prisma.auditEvent.findMany({ orderBy: { seq: "asc" } });
    let prevHash = GENESIS_HASH;
    const updates = rows.map((row) => {
      const content = { ...row, before: row.before as never, after: row.seq === target ? { note: "nothing to see" } : (row.after as never) };
      const hash = hashEvent(prevHash, content);
      const sql = `UPDATE "AuditEvent" SET "after" = ${content.after === null ? "NULL" : `'${JSON.stringify(content.after).replaceAll("'", "''")}'`}, "prevHash" = '${prevHash}', hash = '${hash}' WHERE seq = ${row.seq}`;
      prevHash = hash;
      return sql;
    });
    // Old and new hashes never collide, but the unique index is checked row by row: clear them first.
    await behindTriggers(`UPDATE "AuditEvent" SET hash = md5(hash) || md5(hash); ${updates.join("; ")}`);

    const check = await verifyAuditChain();
    expect(check.firstBreak).toBeNull();
    expect(check.count).toBe(rows.length);
    expect(await checkAgainst(head)).toMatchObject({ matches: false, status: "rewritten", title: "The trail was rewritten or truncated since this head was saved" });
  });

  it("a truncated tail passes verification but fails against a head saved before it", async () => {
    const head = await savedHead();
    const { lastSeq } = JSON.parse(head) as { lastSeq: number };
    await behindTriggers(`DELETE FROM "AuditEvent" WHERE seq >= ${lastSeq - 1}`);
    expect((await verifyAuditChain()).firstBreak).toBeNull();
    expect(await checkAgainst(head)).toMatchObject({ matches: false, status: "rewritten", detail: `Event #${lastSeq}, the saved head, no longer exists.` });
  });

  it("an untouched trail matches a saved head, counting the events appended since", async () => {
    const head = await savedHead();
    const saved = JSON.parse(head) as { count: number; lastSeq: number };
    expect(saved.count).toBe(await prisma.auditEvent.count({ where: { seq: { lte: saved.lastSeq } } }));
    await recordAuditEvent(SYSTEM_CONTEXT, entry("test.appended"));
    const appended = (await auditCount()) - saved.count;
    expect(appended).toBe(2); // the head's own export event, and the one just appended
    expect(await checkAgainst(head)).toEqual({ matches: true, status: "matches", title: `Matches: ${saved.count} events up to #${saved.lastSeq} unchanged`, detail: `${appended} events appended since the head was saved.` });
  });

  it("tells an edited statement from a rewritten trail, and refuses what is not a statement", async () => {
    const head = JSON.parse(await savedHead()) as Record<string, unknown>;
    expect(await checkAgainst(JSON.stringify({ ...head, count: Number(head.count) + 1 }))).toMatchObject({ matches: false, status: "statement_altered" });
    expect(await verifyAuditHeadAction(undefined, { statement: "{ not json" })).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { statement: expect.stringMatching(/not JSON/) } });
    expect(await verifyAuditHeadAction(undefined, { statement: "" })).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { statement: "Saved head statement is required." } });
  });

  it("exports no head for a broken chain", async () => {
    await behindTriggers(`UPDATE "AuditEvent" SET action = 'test.forged' WHERE seq = ${await seqOf("test.middle")}`);
    const before = await auditCount({ action: "export.completed" });
    const response = await exportHead(new Request("http://test/api/audit/head"));
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ title: "The audit chain is broken" });
    expect(await auditCount({ action: "export.completed" })).toBe(before);
  });

  it("the head export is logged like any export, with the SHA-256 of the statement sent", async () => {
    const response = await exportHead(new Request("http://test/api/audit/head"));
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="cleared-audit-head-\d+\.json"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const logged = await prisma.auditEvent.findFirstOrThrow({ where: { action: "export.completed" }, orderBy: { seq: "desc" } });
    const { createHash } = await import("node:crypto");
    expect(logged.after).toMatchObject({ kind: "audit-head.json", sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length });
  });
});
