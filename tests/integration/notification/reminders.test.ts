import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { deliver } from "@/lib/notification/deliver";
import { mailerFrom } from "@/lib/notification/mail";
import { scanDue } from "@/lib/notification/scan";
import { seedDemo } from "@/tests/support/demo";
import { startSmtp } from "@/tests/support/smtp";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Reminders on the demo data, through the scan the worker runs and a real SMTP server: who hears
 * what, once per threshold, digests, retries. Kevin's clinical skills check-off expires 20 days
 * after seeding; Aisha's venipuncture competency expired 65 days before it.
 */
const SEEDED = new Date("2026-11-20T17:00:00Z");
const SCAN = new Date("2026-11-20T18:00:00Z");

let demo: Awaited<ReturnType<typeof seedDemo>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  demo = await seedDemo(SEEDED);
  smtp = await startSmtp({ refuse: ["nobody@cleared.example"] });
});
afterAll(async () => smtp.stop());

const noticesOf = (firstName: string) => prisma.notice.findMany({ where: { user: { person: { firstName } } }, orderBy: { urgency: "asc" } });

describe(`reminders (${testEngine})`, () => {
  it("tells the MA and her managers of a record nearing expiry, once per threshold, in the day's digest", async () => {
    await scanDue(SCAN);
    const kevin = await noticesOf("Kevin");
    expect(kevin).toContainEqual(expect.objectContaining({ kind: "record_expiring", threshold: "30", title: "Your Clinical skills check-off expires in 20 days (2026-12-10)", link: `/people/${demo.person("Kevin").id}`, cadence: "daily" }));
    const managers = await prisma.notice.findMany({ where: { kind: "record_expiring", personId: demo.person("Kevin").id, threshold: "30" }, select: { user: { select: { email: true } } } });
    expect(managers.map((m) => m.user.email).sort()).toContain("kevin@cleared.example");
    expect(managers.length).toBeGreaterThan(1);

    const before = await prisma.notice.count();
    await Promise.all([scanDue(new Date(SCAN.getTime() + 60_000)), scanDue(new Date(SCAN.getTime() + 60_000))]);
    expect(await prisma.notice.count()).toBe(before);
  });

  it("gathers each user's notices into one message per day, most urgent first, and keeps them in the outbox without SMTP", async () => {
    const messages = await prisma.message.findMany({ include: { notices: true } });
    const perUser = new Map<string, number>();
    for (const m of messages) perUser.set(`${m.userId}|${m.cadence}|${m.periodKey}`, (perUser.get(`${m.userId}|${m.cadence}|${m.periodKey}`) ?? 0) + 1);
    expect([...perUser.values()].every((n) => n === 1)).toBe(true);
    const notices = await prisma.notice.findMany({ where: { cadence: { not: "off" } } });
    expect(notices.every((n) => n.messageId !== null)).toBe(true);

    const digest = messages.find((m) => m.notices.length > 1)!;
    const ordered = [...digest.notices].sort((a, b) => a.urgency - b.urgency).map((n) => n.title);
    expect(ordered.map((t) => digest.text.indexOf(t))).toEqual([...ordered.map((t) => digest.text.indexOf(t))].sort((a, b) => a - b));
    expect(digest.html).not.toMatch(/<img/i);

    const [first] = messages;
    expect(await deliver(first!.id, null)).toEqual({ status: "outbox", error: null });
    expect(await deliver(first!.id, null)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { action: "notification.outbox", entityId: first!.id } })).toBe(1);
  });

  it("sends through SMTP to the right address, retries while the server is down, and records a refusal as failed", async () => {
    const mailer = mailerFrom({ SMTP_URL: smtp.url, MAIL_FROM: "Cleared <reminders@cleared.example>" })!;
    const pending = await prisma.message.findMany({ where: { status: "pending" }, include: { user: { select: { email: true } } } });
    const [one, two] = pending;
    expect(await deliver(one!.id, mailer)).toEqual({ status: "sent", error: null });
    expect(smtp.received.at(-1)).toMatchObject({ from: "reminders@cleared.example", to: [one!.user.email] });
    expect(smtp.received.at(-1)!.raw).toContain(`Subject: ${one!.subject.slice(0, 20)}`);

    await smtp.stop();
    expect(await deliver(two!.id, mailer)).toMatchObject({ status: "pending", error: expect.stringMatching(/ECONNREFUSED|connect/) });
    await smtp.start();
    expect(await deliver(two!.id, mailer)).toEqual({ status: "sent", error: null });
    expect(await prisma.message.findUniqueOrThrow({ where: { id: two!.id } })).toMatchObject({ status: "sent", attempts: 2 });

    const refused = await prisma.message.update({ where: { id: pending[2]!.id }, data: { toAddress: "nobody@cleared.example" } });
    expect(await deliver(refused.id, mailer)).toMatchObject({ status: "failed", error: expect.stringContaining("No such user") });
    expect(await prisma.auditEvent.count({ where: { action: "notification.failed", entityId: refused.id } })).toBe(1);
    mailer.close();
  });
});
