import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";

/**
 * PGlite keeps its database in a directory that only one process may open: a second process
 * (a second `npm start`, a seed run while the server is up) would corrupt it. This lock file,
 * created atomically next to the directory and naming the owning process, turns that into a
 * clear error. A lock left by a process that no longer runs is taken over.
 */
export function acquireDirectoryLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off("exit", release);
        try {
          if (readFileSync(lockPath, "utf8") === String(process.pid)) unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(readFileSafe(lockPath));
      if (owner && owner !== process.pid && isRunning(owner)) {
        throw new Error(
          `The embedded database at ${dataDir} is in use by process ${owner} (another "npm start" or script?). ` +
            `Stop that process first, or point DATABASE_URL at another directory or a PostgreSQL server.`,
        );
      }
      try {
        unlinkSync(lockPath);
      } catch {
        // raced with another process taking it over; the next attempt decides
      }
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}; remove ${dataDir}.lock if no process uses it.`);
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
