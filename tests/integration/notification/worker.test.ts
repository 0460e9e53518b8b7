import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { openDriver, type Driver } from "@/lib/db/driver";
import { mailerFrom } from "@/lib/notification/mail";
import { deadLetterCount } from "@/lib/notification/data";
import { startWorker, type Worker } from "@/lib/notification/worker";
import { seedDemo } from "@/tests/support/demo";
import { startSmtp } from "@/tests/support/smtp";
import { testDriver, testEngine } from "@/tests/support/test-database";

/**
 * The worker as it runs in production (pg-boss on the test database), two at once: every message
 * reaches the SMTP server exactly once, and messages that failed while the server was down are
 * retried with backoff until it is back.
 */
const until = async (check: () => Promise<boolean>, seconds = 60) => {
  for (let i = 0; i < seconds * 4; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("timed out");
};

let smtp: Awaited<ReturnType<typeof startSmtp>>;
const workers: Worker[] = [];
const drivers: Driver[] = [];
beforeAll(async () => {
  await seedDemo(new Date(Date.now() - 3_600_000));
  smtp = await startSmtp();
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(drivers.map((d) => d.close()));
  await smtp.stop();
});

describe(`reminder worker (${testEngine})`, () => {
  it("two workers at once send each message once; a server that was down gets them after it is back", async () => {
    await smtp.stop();
    // A second process's own connection on PostgreSQL; PGlite is one process, so the same database.
    const second = testEngine === "postgres" ? await openDriver(testDriver().target) : testDriver();
    if (second !== testDriver()) drivers.push(second);
    const options = { retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, log: { info: () => {}, error: () => {} } };
    for (const driver of [testDriver(), second]) {
      const mailer = mailerFrom({ SMTP_URL: smtp.url });
      workers.push(await startWorker(driver, { ...options, mailer }));
    }
    await until(async () => (await prisma.message.count({ where: { attempts: { gt: 0 } } })) > 0);
    const messages = await prisma.message.count();
    expect(messages).toBeGreaterThan(2);
    expect(await prisma.message.count({ where: { status: "sent" } })).toBe(0);

    await smtp.start();
    await until(async () => (await prisma.message.count({ where: { status: "sent" } })) === messages);
    expect(smtp.received).toHaveLength(messages);
    const sent = await prisma.message.findMany({ select: { toAddress: true, subject: true } });
    expect(smtp.received.map((r) => r.to[0]).sort()).toEqual(sent.map((m) => m.toAddress).sort());
    expect(await prisma.auditEvent.count({ where: { action: "notification.sent" } })).toBe(messages);
    expect(await deadLetterCount()).toBe(0);
  }, 120_000);
});
