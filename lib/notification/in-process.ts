import "server-only";
import type { Driver } from "@/lib/db/driver";
import { startWorker } from "./worker";

/**
 * Starts the worker in the server's process, once. A failure to start is logged and leaves the app
 * serving: reminders are then late, answers are not affected.
 */
export async function startInProcessWorker(driver: Promise<Driver>): Promise<void> {
  const store = globalThis as unknown as { __clearedWorker?: Promise<unknown> };
  store.__clearedWorker ??= driver
    .then((d) => startWorker(d))
    .then((worker) => {
      console.log("Reminder worker started (scans every 15 minutes).");
      return worker;
    })
    .catch((error: unknown) => console.error(`Reminder worker did not start: ${error instanceof Error ? error.message : String(error)}`));
  await store.__clearedWorker;
}
