/**
 * `npm run bench:notify`: one full reminder scan of the large fixture (fixture.ts: 10,000 people at
 * 50 locations) with a sign-in for every person, a manager and a validator per location and an
 * admin, as the worker runs it: what is due, who hears it, the notices, the digests. Then a second
 * scan (nothing new: the steady state every 15 minutes), then every message sent to a local SMTP
 * sink. Prints times, statements sent, notices and messages. PGlite by default; PostgreSQL with
 * BENCH_DATABASE_URL=postgresql://...
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { buildFixture, SIZE } from "./fixture";
import { machine, openBenchDatabase } from "./database";

const MOMENT = new Date("2026-12-01T17:00:00Z");
let statements = 0;
const bench = await openBenchDatabase({ onQuery: () => void statements++ });
let received = 0;
const sink = new SMTPServer({ authOptional: true, disableReverseLookup: true, disabledCommands: ["STARTTLS", "AUTH"], logger: false, onData(stream, _session, done) {
  stream.on("data", () => {});
  stream.on("end", () => { received++; done(); });
} });
await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", () => resolve()));
try {
  console.log(`Reminder benchmark on ${bench.engine}: ${machine()}`);
  const started = performance.now();
  await buildFixture(bench.driver, console.log);
  await bench.driver.exec(`
    INSERT INTO "User" (id, "personId", email, "passwordHash", "updatedAt")
      SELECT 'benchuser' || substr(id, 12), id, lower("firstName") || '@bench.example', 'not-a-hash', now() FROM "Person" WHERE id LIKE 'benchperson%';
    INSERT INTO "RoleGrant" (id, "userId", role, "locationId")
      SELECT 'benchgrant' || u.id, u.id, 'medical_assistant'::"Role", min(pl."locationId") FROM "User" u JOIN "PersonLocation" pl ON pl."personId" = u."personId" JOIN "Person" p ON p.id = u."personId" WHERE p."isMedicalAssistant" GROUP BY u.id
      UNION ALL SELECT 'benchmgr' || i, 'benchuser' || lpad(i::text, 6, '0'), 'manager', 'benchloc' || lpad(i::text, 5, '0') FROM generate_series(1, ${SIZE.locations}) i
      UNION ALL SELECT 'benchval' || i, 'benchuser' || lpad((i + 50)::text, 6, '0'), 'validator', 'benchloc' || lpad(i::text, 5, '0') FROM generate_series(1, ${SIZE.locations}) i
      UNION ALL SELECT 'benchadmin', 'benchuser000101', 'admin', NULL;
    ANALYZE;`);
  console.log(`Fixture built in ${((performance.now() - started) / 1000).toFixed(0)} s, with ${SIZE.people.toLocaleString()} sign-ins.`);

  const { scanDue } = await import("../../lib/notification/scan");
  const { pendingMessageIds } = await import("../../lib/notification/data");
  const { deliver } = await import("../../lib/notification/deliver");
  const { mailerFrom } = await import("../../lib/notification/mail");
  const { SENDERS } = await import("../../lib/notification/worker");
  const scan = async (label: string, moment: Date) => {
    const before = statements;
    const t0 = performance.now();
    const result = await scanDue(moment);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`${label}: ${seconds.toFixed(1)} s, ${statements - before} statements, ${result.people.toLocaleString()} people at ${result.locations} locations, ${result.noticesCreated.toLocaleString()} new notices, ${result.messages.length.toLocaleString()} messages   target ≤ 30 s`);
  };
  await scan("First scan (everything due is new)", MOMENT);
  await scan("Second scan, 15 minutes later (nothing new)", new Date(MOMENT.getTime() + 15 * 60_000));

  const mailer = mailerFrom({ SMTP_URL: `smtp://127.0.0.1:${(sink.server.address() as AddressInfo).port}` })!;
  const ids = await pendingMessageIds();
  const t0 = performance.now();
  let sent = 0;
  // As the worker sends: SENDERS at once, each one message at a time.
  const queue = [...ids];
  await Promise.all(Array.from({ length: SENDERS }, async () => {
    for (let id = queue.shift(); id; id = queue.shift()) if ((await deliver(id, mailer))?.status === "sent") sent++;
  }));
  const seconds = (performance.now() - t0) / 1000;
  mailer.close();
  console.log(`Sending: ${sent.toLocaleString()} of ${ids.length.toLocaleString()} messages in ${seconds.toFixed(1)} s (${(sent / seconds).toFixed(0)} messages/s, ${SENDERS} senders as in the worker), ${received.toLocaleString()} received by the sink.`);
} finally {
  sink.close();
  await bench.dispose();
}
