import "server-only";
import { databaseDriver, prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/access/policy";
import { loadFactsForPeople } from "@/lib/clearance/data";
import type { Answer } from "@/lib/clearance/decide";
import { getLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { employedOn } from "@/lib/person/employment";
import { loadStaff } from "@/lib/report/data";
import { wallClock } from "@/lib/time/zoned";
import { signOffsWaiting } from "./due";
import { DEFAULT_CADENCE, NOTICE_KINDS, type Cadence, type NoticeKind } from "./kinds";
import { QUEUES } from "./queues";
import { recipientsOf, type Directory } from "./recipients";

/** Active users with their language and grants, and the task tree: who can be told what, and how. Two queries. */
export async function loadDirectory(): Promise<Directory> {
  const [users, tasks] = await Promise.all([
    prisma.user.findMany({ where: { active: true }, select: { id: true, personId: true, email: true, locale: true, roleGrants: { select: { role: true, locationId: true, taskId: true } } } }),
    prisma.task.findMany({ select: { id: true, parentId: true } }),
  ]);
  return {
    users: users.map(({ id, personId, email, locale }) => ({ id, personId, email, locale })),
    grants: users.flatMap((u) => u.roleGrants.map((g) => ({ userId: u.id, ...g }))),
    parentOf: new Map(tasks.map((t) => [t.id, t.parentId])),
  };
}

/** Every user's choices, by user and kind (kinds without a row use the defaults). */
export async function loadPreferences(): Promise<Map<string, Map<NoticeKind, Cadence>>> {
  const rows = await prisma.notificationPreference.findMany({ select: { userId: true, kind: true, cadence: true } });
  const byUser = new Map<string, Map<NoticeKind, Cadence>>();
  for (const r of rows) byUser.set(r.userId, (byUser.get(r.userId) ?? new Map()).set(r.kind, r.cadence));
  return byUser;
}

export async function preferencesOf(userId: string): Promise<{ kind: NoticeKind; cadence: Cadence; isDefault: boolean }[]> {
  const rows = await prisma.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
  const chosen = new Map(rows.map((r) => [r.kind, r.cadence]));
  return NOTICE_KINDS.map((kind) => ({ kind, cadence: chosen.get(kind) ?? DEFAULT_CADENCE[kind], isDefault: !chosen.has(kind) }));
}

/** The answer last seen for every authorization the scan has looked at. */
export async function loadWatch(): Promise<Map<string, { answer: Answer; since: Date }>> {
  const rows = await prisma.authorizationWatch.findMany({ select: { authorizationId: true, answer: true, since: true } });
  return new Map(rows.map((r) => [r.authorizationId, { answer: r.answer, since: r.since }]));
}

export type NoticeView = { id: string; kind: NoticeKind; title: string; detail: string; link: string; createdAt: Date; readAt: Date | null };

const NOTICE_VIEW = { id: true, kind: true, title: true, detail: true, link: true, createdAt: true, readAt: true } as const;

/** A user's notices, unread first, newest first; only ever their own. */
export async function noticesFor(userId: string, { limit = 100 }: { limit?: number } = {}): Promise<NoticeView[]> {
  return prisma.notice.findMany({ where: { userId }, orderBy: [{ readAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }, { id: "asc" }], take: limit, select: NOTICE_VIEW });
}

export async function unreadCount(userId: string): Promise<number> {
  return prisma.notice.count({ where: { userId, readAt: null } });
}

export type MessageRow = { id: string; userId: string; toAddress: string; subject: string; text: string; html: string; attempts: number };

/** Messages waiting to be sent (or retried), oldest first. */
export async function pendingMessageIds(limit = 10_000): Promise<string[]> {
  const rows = await prisma.message.findMany({ where: { status: "pending" }, orderBy: { createdAt: "asc" }, take: limit, select: { id: true } });
  return rows.map((r) => r.id);
}

export type DeliveryView = {
  id: string;
  to: string;
  recipient: string;
  subject: string;
  cadence: Cadence;
  status: "pending" | "sent" | "failed" | "outbox";
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  notices: number;
};

/** Everything sent or waiting, newest first, for admins: who, what, when, the result. */
export async function listDeliveries({ status, limit = 200 }: { status?: DeliveryView["status"]; limit?: number } = {}): Promise<DeliveryView[]> {
  const rows = await prisma.message.findMany({
    where: status ? { status } : {},
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      cadence: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      user: { select: { person: { select: { firstName: true, lastName: true } } } },
      _count: { select: { notices: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    to: r.toAddress,
    recipient: `${r.user.person.firstName} ${r.user.person.lastName}`,
    subject: r.subject,
    cadence: r.cadence,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    notices: r._count.notices,
  }));
}

export async function deliveryCounts(): Promise<Record<DeliveryView["status"], number>> {
  const rows = await prisma.message.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { pending: 0, sent: 0, failed: 0, outbox: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

export async function messageById(id: string) {
  return prisma.message.findUnique({
    where: { id },
    select: { id: true, toAddress: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, cadence: true, notices: { select: { kind: true, itemId: true, threshold: true } } },
  });
}


/** Jobs that kept failing and were given up by the queue (its dead-letter queue), for admins. */
export async function deadLetterCount(): Promise<number> {
  const driver = await databaseDriver();
  const [row] = await driver.query<{ n: number }>(
    `SELECT CASE WHEN to_regclass('pgboss.job') IS NULL THEN 0 ELSE (SELECT count(*)::int FROM pgboss.job WHERE name = $1) END AS n`,
    [QUEUES.dead],
  );
  return row?.n ?? 0;
}

/** The page a user's own notice opens; null when it is not theirs (or does not exist). */
export async function noticeLink(userId: string, noticeId: string): Promise<string | null> {
  return (await prisma.notice.findFirst({ where: { id: noticeId, userId }, select: { link: true } }))?.link ?? null;
}

export type WaitingSignOff = { lineageId: string; personId: string; person: string; locationId: string; location: string; title: string; recordedOn: string; taskIds: readonly string[] };

/**
 * The competencies waiting for this validator's sign-off, live from the facts (the same rule as the
 * scan's reminders): MAs employed today at the locations where they validate, records of tasks they
 * may sign off, never their own. Oldest first. Four queries and one facts load per location.
 */
export async function signOffsWaitingFor(actor: Actor, now: Date = new Date()): Promise<WaitingSignOff[]> {
  const locationIds = [...new Set(actor.grants.filter((g) => g.role === "validator" && g.locationId).map((g) => g.locationId as string))];
  if (locationIds.length === 0) return [];
  const [{ timeZone }, locations, staff, tasks] = await Promise.all([organizationSettings(), getLocations(locationIds), loadStaff(locationIds), prisma.task.findMany({ select: { id: true, parentId: true } })]);
  const today = wallClock(now, timeZone).date;
  // Only this validator in the directory: recipientsOf then says whether the item reaches them.
  const directory: Directory = {
    users: [{ id: actor.userId, personId: actor.personId, email: actor.email }],
    grants: actor.grants.map((g) => ({ userId: actor.userId, role: g.role, locationId: g.locationId, taskId: g.taskId ?? null })),
    parentOf: new Map(tasks.map((t) => [t.id, t.parentId])),
  };
  const waiting: (WaitingSignOff & { urgency: number })[] = [];
  for (const location of locations) {
    const here = staff.filter((p) => p.id !== actor.personId && employedOn(p.employment, location.id, today, now)).map((p) => p.id);
    const facts = await loadFactsForPeople(here, location.id, now, now);
    for (const f of facts.values()) {
      for (const item of signOffsWaiting(f, { now, today, timeZone })) {
        if (item.subject.kind !== "signoff_waiting" || recipientsOf(item, directory).length === 0) continue;
        const taskIds = item.audience.flatMap((a) => (a.to === "validators" ? a.taskIds : []));
        waiting.push({ lineageId: item.itemId, personId: f.person.id, person: f.person.name, locationId: location.id, location: location.name, title: item.subject.title, recordedOn: item.subject.recordedOn, taskIds, urgency: item.urgency });
      }
    }
  }
  return waiting.sort((a, b) => a.urgency - b.urgency || a.person.localeCompare(b.person)).map(({ urgency: _urgency, ...w }) => w);
}
