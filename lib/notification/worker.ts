import "server-only";
import PgBoss from "pg-boss";
import type { Driver } from "@/lib/db/driver";
import { applyRetention } from "@/lib/decision/mutations";
import { retentionFromEnv, type RetentionSettings } from "@/lib/decision/retention";
import { pendingMessageIds } from "./data";
import { deliver, MAX_ATTEMPTS } from "./deliver";
import { mailerFrom, type Mailer } from "./mail";
import { QUEUES } from "./queues";
import { scanDue } from "./scan";

/**
 * The reminder worker, on pg-boss over the app's own database (the embedded one included, through
 * the driver's SQL): a scan every 15 minutes and at start, a flush every minute that queues the
 * messages waiting to be sent, and one job per message with retries and backoff; a job that keeps
 * failing ends in the dead-letter queue. Each message has at most one job queued, retrying or
 * running at a time (stately queues keyed by message), and the database decides what is sent.
 * It also runs the decision log's retention once a day (03:30 UTC), one run at a time.
 */
/** Concurrent senders per worker; the pooled SMTP transport keeps up to five connections. */
export const SENDERS = 4;

export type WorkerOptions = {
  mailer?: Mailer | null;
  scanCron?: string;
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
  log?: Pick<Console, "error" | "info">;
  /** Default: from DECISION_LOG_RETAIN_CHECKS_DAYS / DECISION_LOG_RETAIN_VIEWS_DAYS. */
  retention?: RetentionSettings;
  retentionCron?: string;
};

export type Worker = { boss: PgBoss; stop(): Promise<void> };

/** The schema pg-boss keeps its jobs in, beside the app's tables. */
export const JOB_SCHEMA = "pgboss";

/** The worker's queues; creating one that exists is a no-op (its first definition stays). */
async function createQueues(boss: PgBoss, retryDelaySeconds: number): Promise<void> {
  await boss.createQueue(QUEUES.dead, { name: QUEUES.dead });
  await boss.createQueue(QUEUES.scan, { name: QUEUES.scan, policy: "stately", retryLimit: 2, retryDelay: 60 });
  await boss.createQueue(QUEUES.flush, { name: QUEUES.flush, policy: "stately" });
  await boss.createQueue(QUEUES.send, { name: QUEUES.send, policy: "stately", retryLimit: MAX_ATTEMPTS - 1, retryDelay: retryDelaySeconds, retryBackoff: true, deadLetter: QUEUES.dead });
  await boss.createQueue(QUEUES.retention, { name: QUEUES.retention, policy: "stately", retryLimit: 2, retryDelay: 600 });
}

/**
 * Installs (or upgrades) pg-boss's schema and creates the worker's queues, starting no work. Both
 * are DDL (a queue is a partition of pg-boss's job table), which a least-privilege app role may not
 * run: `npm run db:roles` runs this as the owner, and the app's worker then finds everything in place.
 */
export async function prepareJobSchema(db: PgBoss.Db, retryDelaySeconds = 60): Promise<string[]> {
  const boss = new PgBoss({ db, schema: JOB_SCHEMA, supervise: false, schedule: false, migrate: true });
  await boss.start();
  try {
    await createQueues(boss, retryDelaySeconds);
    return Object.values(QUEUES);
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

export async function startWorker(driver: Driver, options: WorkerOptions = {}): Promise<Worker> {
  const { scanCron = "*/15 * * * *", retentionCron = "30 3 * * *", retryDelaySeconds = 60, pollingIntervalSeconds = 2, log = console } = options;
  // Read before anything starts: a retention setting that makes no sense stops the worker with the
  // variable named, rather than deleting by a guess every night.
  const retention = options.retention ?? retentionFromEnv();
  const mailer = options.mailer === undefined ? mailerFrom() : options.mailer;
  const boss = new PgBoss({ db: driver.jobDatabase() as PgBoss.Db, schema: JOB_SCHEMA, supervise: true, schedule: true, migrate: true });
  boss.on("error", (error) => log.error(`Reminder worker: ${error.message}`));
  await boss.start();
  await createQueues(boss, retryDelaySeconds);

  const flush = async () => {
    const ids = await pendingMessageIds();
    if (ids.length > 0) await boss.insert(ids.map((id) => ({ name: QUEUES.send, data: { messageId: id }, singletonKey: id })));
  };
  await boss.work(QUEUES.scan, { pollingIntervalSeconds }, async () => {
    const result = await scanDue();
    if (result.noticesCreated > 0) log.info(`Reminders: ${result.noticesCreated} new notice(s), ${result.messages.length} message(s) to send.`);
    await flush();
  });
  await boss.work(QUEUES.flush, { pollingIntervalSeconds }, flush);
  // Several senders, each one message at a time: an SMTP exchange mostly waits on the network.
  for (let i = 0; i < SENDERS; i++) {
    await boss.work<{ messageId: string }>(QUEUES.send, { pollingIntervalSeconds, batchSize: 1 }, async ([job]) => {
      const result = await deliver(job!.data.messageId, mailer);
      // Thrown, the job is retried with backoff; a message failed for good completes its job.
      if (result?.status === "pending") throw new Error(result.error ?? "not sent");
    });
  }
  await boss.work(QUEUES.retention, { pollingIntervalSeconds }, async () => {
    const { deleted } = await applyRetention(retention, new Date());
    log.info(`Decision log retention: removed ${deleted.checks} check(s), ${deleted.views} page view(s), ${deleted.breakdowns} breakdown(s) no longer shown.`);
  });
  await boss.schedule(QUEUES.scan, scanCron);
  await boss.schedule(QUEUES.flush, "* * * * *");
  await boss.schedule(QUEUES.retention, retentionCron);
  await boss.send(QUEUES.scan, {}, { singletonKey: "start" });
  return {
    boss,
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
      mailer?.close();
    },
  };
}

