/**
 * Runs once when the server starts: the reminder worker, inside the app's process, so that the
 * embedded database (one process only) gets reminders from `npm start` alone. Next to a server
 * database, run it as its own process (`npm run worker`) and set CLEARED_WORKER=off here, or keep
 * both: the database, not the worker, decides what is sent, so two workers never send twice.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.CLEARED_WORKER === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ databaseDriver }, { startInProcessWorker }] = await Promise.all([import("./lib/db/client"), import("./lib/notification/in-process")]);
  await startInProcessWorker(databaseDriver());
}
