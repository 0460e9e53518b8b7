/** `npm run audit:verify`: recomputes the audit trail's hash chain and reports the first broken link. */
import { closeScriptDatabase, openScriptDatabase } from "./open-database";

const db = await openScriptDatabase();
try {
  const { verifyAuditChain } = await import("../lib/audit/data");
  const result = await verifyAuditChain();
  if (result.firstBreak) {
    const why = result.firstBreak.reason === "prev_hash_mismatch" ? "does not link to the event before it (an event was removed or inserted)" : "does not match its content (it was edited)";
    console.error(`Audit chain BROKEN at event #${result.firstBreak.seq}: it ${why}. ${result.count} events checked in ${db.label}.`);
    process.exitCode = 1;
  } else {
    console.log(`Audit chain intact: ${result.count} events in ${db.label}. Head hash: ${result.headHash}`);
  }
} finally {
  await closeScriptDatabase(db);
}
