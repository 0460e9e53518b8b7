import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import type { DatabaseTarget } from "./connection";
import { acquireDirectoryLock } from "./directory-lock";

/**
 * Backups of the embedded database: PGlite's own dump of its data directory (a gzipped tar), taken
 * while no other process has the directory open, so the copy is consistent. Restoring unpacks it
 * into a directory beside the target and moves it into place only once it opens as a Cleared
 * database: a bad file leaves nothing behind, and a database it replaces is kept, renamed.
 * A PostgreSQL server is backed up with its own tools (pg_dump / pg_restore), never here.
 */
export type BackupOutcome = { ok: true; file: string; bytes: number; migrations: number } | { ok: false; message: string };
export type RestoreOutcome = { ok: true; dataDir: string; migrations: number; kept: string | null } | { ok: false; message: string };

export const POSTGRES_BACKUP_ADVICE = [
  "A PostgreSQL database is backed up with PostgreSQL's own tools, for example:",
  '  pg_dump --format=custom --file=cleared.dump "$DATABASE_URL"',
  "and restored, as a superuser, into a new empty database, whose roles db:roles then sets up again",
  '(see docs/deploy.md, "Backups"):',
  '  createdb cleared_restored && pg_restore --no-owner --dbname="$NEW_DATABASE_URL" cleared.dump',
  '  DATABASE_URL="$NEW_DATABASE_URL" npm run db:roles',
].join("\n");

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");

export function defaultBackupFile(now: Date, cwd: string = process.cwd()): string {
  return path.join(cwd, `cleared-backup-${stamp(now)}.tar.gz`);
}

/** Which embedded directory a backup or restore acts on, or why it cannot. */
function embeddedDir(target: DatabaseTarget, verb: "back up" | "restore"): { ok: true; dataDir: string } | { ok: false; message: string } {
  if (target.kind === "postgres") return { ok: false, message: `DATABASE_URL names a PostgreSQL server: db:${verb === "back up" ? "backup" : "restore"} is for the embedded database only.\n${POSTGRES_BACKUP_ADVICE}` };
  if (target.dataDir === null) return { ok: false, message: `DATABASE_URL selects an in-memory database: there is nothing to ${verb}.` };
  return { ok: true, dataDir: target.dataDir };
}

/** Runs `fn` holding the directory's lock; a running app (or script) holding it is a clear refusal. */
function whileLocked<T extends { ok: boolean }>(dataDir: string, verb: string, fn: () => Promise<T>): Promise<T | { ok: false; message: string }> {
  let release: () => void;
  try {
    release = acquireDirectoryLock(dataDir);
  } catch (error) {
    return Promise.resolve({ ok: false as const, message: `Cannot ${verb} now. ${(error as Error).message}` });
  }
  return fn().finally(release);
}

export async function backupEmbedded(target: DatabaseTarget, file: string): Promise<BackupOutcome> {
  const dir = embeddedDir(target, "back up");
  if (!dir.ok) return dir;
  const { dataDir } = dir;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) return { ok: false, message: `There is no embedded database at ${dataDir} to back up.` };
  if (existsSync(file)) return { ok: false, message: `${file} already exists; choose another file with --out (a backup never overwrites one).` };
  return whileLocked(dataDir, "back up the embedded database", async () => {
    const pglite = await PGlite.create(dataDir);
    let archive: Buffer;
    let migrations: number;
    try {
      migrations = await migrationCount(pglite);
      archive = Buffer.from(await (await pglite.dumpDataDir("gzip")).arrayBuffer());
    } finally {
      await pglite.close();
    }
    // Written beside the target and renamed: an interrupted backup never looks like a complete one.
    mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.partial`;
    try {
      writeFileSync(partial, archive);
      renameSync(partial, file);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    return { ok: true as const, file, bytes: archive.length, migrations };
  });
}

export async function restoreEmbedded(target: DatabaseTarget, file: string, options: { force?: boolean; now?: Date } = {}): Promise<RestoreOutcome> {
  const dir = embeddedDir(target, "restore");
  if (!dir.ok) return dir;
  const { dataDir } = dir;
  const now = options.now ?? new Date();
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { ok: false, message: `Cannot read the backup ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message}.` };
  }
  const archive = readArchive(bytes);
  if (!archive.ok) return { ok: false, message: `${file} is not a usable backup: ${archive.message} Nothing was restored.` };
  return whileLocked(dataDir, "restore the embedded database", async () => {
    const occupied = existsSync(dataDir) && (!statSync(dataDir).isDirectory() || readdirSync(dataDir).length > 0);
    if (occupied && !options.force) {
      return { ok: false as const, message: `${dataDir} already holds a database. Restore into another directory, or pass --force to replace it (it is kept, renamed to ${path.basename(dataDir)}.before-restore-<time>).` };
    }
    const staging = `${dataDir}.restoring-${stamp(now)}`;
    rmSync(staging, { recursive: true, force: true });
    let migrations: number;
    try {
      const pglite = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([new Uint8Array(archive.tar)]) });
      try {
        migrations = await migrationCount(pglite);
      } finally {
        await pglite.close();
      }
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      return { ok: false as const, message: `${file} did not open as a database (${(error as Error).message}). Nothing was restored; ${dataDir} is unchanged.` };
    }
    let kept: string | null = null;
    if (occupied) {
      kept = `${dataDir}.before-restore-${stamp(now)}`;
      renameSync(dataDir, kept);
    } else if (existsSync(dataDir)) {
      rmSync(dataDir, { recursive: true }); // an empty directory: nothing to keep
    }
    renameSync(staging, dataDir);
    return { ok: true as const, dataDir, migrations, kept };
  });
}

async function migrationCount(pglite: PGlite): Promise<number> {
  const [table] = (await pglite.query<{ exists: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`)).rows;
  if (!table?.exists) throw new Error("it holds no Cleared database (no _prisma_migrations table)");
  const [row] = (await pglite.query<{ n: number }>(`SELECT count(*)::int AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`)).rows;
  return row?.n ?? 0;
}

/**
 * The backup unpacked and checked before PGlite sees it: gzip's CRC and length catch a damaged or
 * truncated file, and the tar must be whole (every header's checksum, every member complete, the
 * end marker) and hold a data directory. PGlite given a truncated gzip fails later with an
 * uncaught zlib error that ends the process, so it only ever receives a checked, unpacked tar.
 */
export function readArchive(bytes: Buffer): { ok: true; tar: Buffer } | { ok: false; message: string } {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return { ok: false, message: "it is not a gzip file (a backup is the .tar.gz db:backup writes)." };
  let tar: Buffer;
  try {
    tar = gunzipSync(bytes);
  } catch (error) {
    return { ok: false, message: `it is damaged or truncated (${(error as Error).message}).` };
  }
  let offset = 0;
  let hasVersion = false;
  for (;;) {
    if (offset + 512 > tar.length) return { ok: false, message: "its archive is truncated (it ends inside a member)." };
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const stored = parseInt(header.subarray(148, 156).toString("latin1").replace(/\0.*$/, "").trim(), 8);
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
    if (stored !== sum) return { ok: false, message: `its archive is damaged (a header checksum does not match at byte ${offset}).` };
    const name = header.subarray(0, 100).toString("utf8").replace(/\0.*$/s, "");
    if (name === "/PG_VERSION" || name === "PG_VERSION") hasVersion = true;
    const size = parseInt(header.subarray(124, 136).toString("latin1").replace(/\0.*$/, "").trim() || "0", 8);
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  if (!hasVersion) return { ok: false, message: "its archive holds no PostgreSQL data directory (no PG_VERSION)." };
  return { ok: true, tar };
}
