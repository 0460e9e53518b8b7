import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "@/lib/db/backup";
import type { DatabaseTarget } from "@/lib/db/connection";
import { createDatabase, installDatabase } from "@/lib/db/database";
import { openDriver, type Driver } from "@/lib/db/driver";
import { applyMigrations, projectPaths } from "@/lib/db/migrations";
import { unlistedAction } from "@/tests/support/audit-codes";
import { english } from "@/tests/support/words";

/**
 * Backups of the embedded database, end to end: an audited database in a temporary directory is
 * backed up, restored into a fresh directory, and its audit chain verified against the head
 * exported before the backup, with the same functions the Audit trail page and audit:verify use.
 * The file installs its own database (one that can be switched from the original directory to the
 * restored one) before anything imports lib/db/client.
 */
const root = mkdtempSync(path.join(os.tmpdir(), "cleared-backup-"));
const original: DatabaseTarget = { kind: "pglite", dataDir: path.join(root, "original") };
const restored: DatabaseTarget = { kind: "pglite", dataDir: path.join(root, "restored") };
const backupFile = path.join(root, "backup.tar.gz");

let current: Driver = await openDriver(original);
const migrated = await applyMigrations(current, projectPaths());
if (!migrated.ok) throw new Error(migrated.message);
// The Prisma client connects through whichever driver is current when it next connects.
const switching = new Proxy({} as Driver, { get: (_target, property) => Reflect.get(current, property) });
const database = createDatabase(async () => switching);
installDatabase(database);
const { prisma } = await import("@/lib/db/client");
const { appendAuditEvent, recordAuditEvent, SYSTEM_CONTEXT } = await import("@/lib/audit/mutations");
const { checkHeadStatement, verifyAuditChain } = await import("@/lib/audit/data");
const { headStatement } = await import("@/lib/audit/head");
const { organizationSettings } = await import("@/lib/organization/data");

async function switchTo(target: DatabaseTarget): Promise<void> {
  await prisma.$disconnect();
  await current.close();
  current = await openDriver(target);
}

afterAll(async () => {
  await prisma.$disconnect();
  await current.close();
  rmSync(root, { recursive: true, force: true });
});

const siblings = () => readdirSync(root).sort();

describe("embedded database backups", () => {
  it("a backup restored into a fresh directory verifies against the chain head exported before it", async () => {
    const organization = await prisma.organization.create({ data: { name: "Backup Test Clinics" } });
    const actor = { ...SYSTEM_CONTEXT, actorLabel: "backup test" };
    for (let i = 0; i < 5; i++) await recordAuditEvent(actor, { action: unlistedAction("test.recorded"), entityType: "Test", entityId: String(i) });
    await prisma.$transaction(async (tx) => {
      const location = await tx.location.create({ data: { organizationId: organization.id, name: "Oakland", address: "1 Main St", state: "CA", timeZone: "America/Los_Angeles" } });
      await appendAuditEvent(tx, actor, { action: "location.create", entityType: "Location", entityId: location.id, locationId: location.id, after: location });
    });
    const check = await verifyAuditChain();
    expect(check).toMatchObject({ count: 6, firstBreak: null });
    const head = JSON.stringify(headStatement({ organization: { id: organization.id, name: organization.name }, check, generatedAt: new Date(), generatedBy: "backup test" }));

    await switchTo({ kind: "pglite", dataDir: null }); // releases the original directory for the backup
    const backup = await backupEmbedded(original, backupFile);
    expect(backup).toMatchObject({ ok: true, file: backupFile, migrations: migrated.applied.length });

    const restore = await restoreEmbedded(restored, backupFile);
    expect(restore).toEqual({ ok: true, dataDir: restored.dataDir, migrations: migrated.applied.length, kept: null });
    await switchTo(restored);
    expect((await organizationSettings()).id).toBe(organization.id);
    expect(await prisma.location.count()).toBe(1);
    const against = await checkHeadStatement(head);
    expect(against).toMatchObject({ ok: true, check: { count: 6, firstBreak: null, headHash: check.headHash }, report: { matches: true, status: "matches" } });

    // The restored chain goes on from where it was, and still verifies against the saved head.
    await recordAuditEvent(actor, { action: unlistedAction("test.after_restore"), entityType: "Test" });
    const after = await checkHeadStatement(head);
    expect(after).toMatchObject({ ok: true, report: { matches: true } });
    expect(after.ok && english(after.report.detail)).toBe("1 event appended since the head was saved.");
    await switchTo({ kind: "pglite", dataDir: null });
  });

  it("a truncated or damaged file is refused with the reason, and leaves no directory behind", async () => {
    const bytes = readFileSync(backupFile);
    const target: DatabaseTarget = { kind: "pglite", dataDir: path.join(root, "from-bad-file") };
    const before = siblings();
    const cases: [string, Buffer, RegExp][] = [
      ["truncated.tar.gz", bytes.subarray(0, Math.floor(bytes.length / 2)), /is not a usable backup: it is damaged or truncated \(unexpected end of file\)/],
      ["flipped.tar.gz", Buffer.from(bytes.map((b, i) => (i === Math.floor(bytes.length / 3) ? b ^ 0xff : b))), /is not a usable backup: it is damaged or truncated/],
      ["notes.txt", Buffer.from("not a backup at all"), /is not a usable backup: it is not a gzip file/],
    ];
    for (const [name, content, message] of cases) {
      const file = path.join(root, name);
      writeFileSync(file, content);
      const outcome = await restoreEmbedded(target, file);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message).toMatch(message);
      expect(existsSync(target.dataDir!)).toBe(false);
      rmSync(file);
    }
    expect(siblings()).toEqual(before);
    const missing = await restoreEmbedded(target, path.join(root, "nowhere.tar.gz"));
    expect(missing).toEqual({ ok: false, message: `Cannot read the backup ${path.join(root, "nowhere.tar.gz")}: no such file.` });
  });

  it("refuses to restore over a database unless forced, and then keeps the old one renamed", async () => {
    const refused = await restoreEmbedded(restored, backupFile);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("already holds a database") });
    const marker = path.join(restored.dataDir!, "restored-earlier.txt");
    writeFileSync(marker, "the database that was there");

    const now = new Date("2030-01-02T03:04:05.678Z");
    const forced = await restoreEmbedded(restored, backupFile, { force: true, now });
    const kept = `${restored.dataDir}.before-restore-20300102T030405Z`;
    expect(forced).toEqual({ ok: true, dataDir: restored.dataDir, migrations: migrated.applied.length, kept });
    expect(readFileSync(path.join(kept, "restored-earlier.txt"), "utf8")).toBe("the database that was there");
    expect(existsSync(marker)).toBe(false);
  });

  it("refuses while another process holds the directory (the running app)", async () => {
    // The lock file names the process that has the directory open; a live process named there is
    // what a running `npm start` looks like to every other process.
    const app = spawn("sleep", ["30"], { stdio: "ignore" });
    const lock = `${restored.dataDir}.lock`;
    writeFileSync(lock, String(app.pid));
    try {
      const restore = await restoreEmbedded(restored, backupFile, { force: true });
      expect(restore).toEqual({ ok: false, message: expect.stringMatching(new RegExp(`^Cannot restore the embedded database now\\. The embedded database at .* is in use by process ${app.pid}`)) });
      const backup = await backupEmbedded(restored, path.join(root, "while-running.tar.gz"));
      expect(backup).toMatchObject({ ok: false, message: expect.stringContaining(`is in use by process ${app.pid}`) });
      expect(existsSync(path.join(root, "while-running.tar.gz"))).toBe(false);
    } finally {
      app.kill();
      rmSync(lock, { force: true });
    }
    // Once that process is gone, the same backup goes through.
    expect((await backupEmbedded(restored, path.join(root, "after-stop.tar.gz"))).ok).toBe(true);
  });

  it("refuses a PostgreSQL target and prints the pg_dump and pg_restore commands instead", async () => {
    const server: DatabaseTarget = { kind: "postgres", url: "postgresql://cleared_owner:secret@db.internal:5432/cleared" };
    for (const outcome of [await backupEmbedded(server, path.join(root, "pg.tar.gz")), await restoreEmbedded(server, backupFile)]) {
      expect(outcome.ok).toBe(false);
      if (outcome.ok) continue;
      expect(outcome.message).toContain("is for the embedded database only");
      expect(outcome.message).toContain('pg_dump --format=custom --file=cleared.dump "$DATABASE_URL"');
      expect(outcome.message).toContain("pg_restore --no-owner");
      expect(outcome.message).not.toContain("secret");
    }
    expect(existsSync(path.join(root, "pg.tar.gz"))).toBe(false);
  });
});
