import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDriver } from "@/lib/db/driver";

describe("the embedded database directory", () => {
  it("cannot be opened by a second process or connection while in use, with a clear message", async () => {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "cleared-lock-")), "pglite");
    const first = await openDriver({ kind: "pglite", dataDir });
    const { acquireDirectoryLock } = await import("@/lib/db/directory-lock");
    // The lock file names this process; a second process sees it as taken.
    const { writeFileSync } = await import("node:fs");
    writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(() => acquireDirectoryLock(dataDir)).toThrow(/in use by process \d+/);
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    await first.close();
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), "cleared-lock-")), "pglite");
    const { writeFileSync } = await import("node:fs");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(path.dirname(dataDir), { recursive: true });
    writeFileSync(`${dataDir}.lock`, "999999999");
    const driver = await openDriver({ kind: "pglite", dataDir });
    await driver.close();
  });
});
