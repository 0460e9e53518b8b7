/**
 * `npm run audit:verify`: recomputes the audit trail's hash chain and reports the first broken link.
 * `npm run audit:verify -- --head statement.json` also checks the trail against a chain head saved
 * earlier (exported from the Audit trail page), which catches a rewrite that recomputed every hash
 * and a truncated tail. Exit code 1 on any mismatch.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeScriptDatabase, openScriptDatabase } from "./open-database";

const { values } = parseArgs({ options: { head: { type: "string" } } });
const statement = values.head === undefined ? null : readFileSync(values.head, "utf8");

const db = await openScriptDatabase();
try {
  const { describeBreak } = await import("../lib/audit/chain");
  const { localize } = await import("../lib/i18n/localize");
  const english = (message: string) => localize(message, "en");
  const { checkHeadStatement, verifyAuditChain } = await import("../lib/audit/data");
  const headCheck = statement === null ? null : await checkHeadStatement(statement);
  if (headCheck && !headCheck.ok) {
    console.error(`${values.head}: ${english(headCheck.message)}`);
    process.exitCode = 1;
  } else {
    const result = headCheck ? headCheck.check : await verifyAuditChain();
    if (result.firstBreak) {
      console.error(`Audit chain BROKEN: ${describeBreak(result.firstBreak)} ${result.count} events checked in ${db.label}.`);
      process.exitCode = 1;
    } else {
      console.log(`Audit chain intact: ${result.count} events in ${db.label}. Head hash: ${result.headHash}`);
    }
    if (headCheck) {
      const { report } = headCheck;
      (report.matches ? console.log : console.error)(`Against ${values.head}: ${english(report.title)}. ${english(report.detail)}`);
      if (!report.matches) process.exitCode = 1;
    }
  }
} finally {
  await closeScriptDatabase(db);
}
