/**
 * `npm run db:seed`: loads the demo organization into the database DATABASE_URL selects (an empty
 * one; a database that already has an organization is left alone). The only way demo data reaches
 * a server database.
 */
import { formatDemoLogins } from "../lib/demo/dataset";
import { closeScriptDatabase, openScriptDatabase } from "./open-database";

const db = await openScriptDatabase();
try {
  const { seedDemoData } = await import("../lib/demo/mutations");
  const { seeded } = await seedDemoData(db.database.prisma);
  console.log(seeded ? `Demo data loaded into ${db.label}.` : `${db.label} already has an organization: nothing seeded.`);
  if (seeded) console.log(formatDemoLogins());
} finally {
  await closeScriptDatabase(db);
}
