/**
 * `npm run notify:now`: computes what is due now, sends it (or, without SMTP_URL, puts it in the
 * outbox), prints what it sent and exits. For operators and tests; the worker does the same on a
 * schedule. A message that fails is left pending (the worker retries it) or failed, with the reason.
 */
import { closeScriptDatabase, openScriptDatabase } from "./open-database";

const db = await openScriptDatabase();
try {
  const { scanDue } = await import("../lib/notification/scan");
  const { messageById, pendingMessageIds } = await import("../lib/notification/data");
  const { deliver } = await import("../lib/notification/deliver");
  const { mailerFrom } = await import("../lib/notification/mail");
  const mailer = mailerFrom();
  const scan = await scanDue();
  console.log(`Scanned ${scan.people} people at ${scan.locations} locations in ${db.label}: ${scan.noticesCreated} new notice(s).`);
  const counts = { sent: 0, outbox: 0, failed: 0, pending: 0 };
  for (const id of await pendingMessageIds()) {
    const result = await deliver(id, mailer);
    if (!result) continue;
    counts[result.status]++;
    const message = await messageById(id);
    console.log(`${result.status.padEnd(7)} ${message?.toAddress ?? ""}: ${message?.subject ?? ""}${result.error ? ` (${result.error})` : ""}`);
  }
  mailer?.close();
  console.log(`${counts.sent} sent, ${counts.outbox} kept in the outbox${mailer ? "" : " (no SMTP_URL)"}, ${counts.failed} failed, ${counts.pending} left for a retry.`);
  if (counts.failed > 0 || counts.pending > 0) process.exitCode = 1;
} finally {
  await closeScriptDatabase(db);
}
