/**
 * `npm run worker`: the reminder worker as a process of its own, next to a server database
 * (DATABASE_URL=postgresql://...). The embedded database admits one process, so there the worker
 * runs inside `npm start` instead. Stops cleanly on Ctrl-C / SIGTERM.
 */
import { closeScriptDatabase, openScriptDatabase } from "./open-database";

const db = await openScriptDatabase();
if (db.target.kind !== "postgres") console.log("Note: on the embedded database, `npm start` already runs the worker; this one holds the database until stopped.");
const { startWorker } = await import("../lib/notification/worker");
const worker = await startWorker(db.driver);
console.log(`Reminder worker running on ${db.label} (scans every 15 minutes; Ctrl-C to stop).`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker.stop().then(() => closeScriptDatabase(db)).then(() => process.exit(0));
  });
}
