import { prisma, type Tx } from "@/lib/db/client";
import { appendAuditEvents, SYSTEM_CONTEXT, type AuditContext } from "@/lib/audit/mutations";
import type { Answer } from "@/lib/clearance/decide";
import { supervisorLabel } from "@/lib/clearance/wording";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translate } from "@/lib/i18n/translator";
import { wallClock } from "@/lib/time/zoned";
import { loadDirectory, loadPreferences } from "./data";
import type { DueItem } from "./due";
import { cadenceFor, periodKey, type Cadence, type NoticeKind } from "./kinds";
import { renderMessage } from "./message";
import { languageOf, recipientLocale, recipientsOf } from "./recipients";
import { requestedSignOffWords } from "./wording";

/**
 * Writes for reminders. Exactly one notice per (recipient, kind, item, threshold) and one message
 * per (recipient, cadence, period) are enforced by unique keys, and a notice joins at most one
 * message; every statement here is set-based, so a scan costs the same few statements whatever the
 * number of people.
 */

export type NoticeRow = {
  userId: string;
  kind: NoticeKind;
  itemId: string;
  threshold: string;
  urgency: number;
  title: string;
  detail: string;
  link: string;
  personId: string | null;
  locationId: string | null;
  cadence: Cadence;
};

/** Inserts the notices not already there; returns how many were new. One statement. */
export async function insertNotices(rows: readonly NoticeRow[], db: Tx | typeof prisma = prisma): Promise<number> {
  if (rows.length === 0) return 0;
  const col = <K extends keyof NoticeRow>(k: K) => rows.map((r) => r[k]);
  return db.$executeRawUnsafe(
    `INSERT INTO "Notice" (id, "userId", kind, "itemId", threshold, urgency, title, detail, link, "personId", "locationId", cadence)
     SELECT gen_random_uuid()::text, u, k::"NoticeKind", i, t, g, ti, d, l, p, lo, c::"Cadence"
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[])
         AS x(u, k, i, t, g, ti, d, l, p, lo, c)
     ON CONFLICT ("userId", kind, "itemId", threshold) DO NOTHING`,
    col("userId"), col("kind"), col("itemId"), col("threshold"), col("urgency"), col("title"), col("detail"), col("link"), col("personId"), col("locationId"), col("cadence"),
  );
}

/** Records the answers that are new or changed since last seen (unchanged ones keep their `since`). */
export async function recordAnswers(changed: readonly { authorizationId: string; answer: Answer; code: string | null }[], now: Date): Promise<void> {
  if (changed.length === 0) return;
  await prisma.$executeRawUnsafe(
    `INSERT INTO "AuthorizationWatch" ("authorizationId", answer, reason, since)
     SELECT a, w::"ClearanceAnswer", r, $4::timestamptz FROM unnest($1::text[], $2::text[], $3::text[]) AS x(a, w, r)
     ON CONFLICT ("authorizationId") DO UPDATE SET answer = EXCLUDED.answer, reason = EXCLUDED.reason, since = EXCLUDED.since
       WHERE "AuthorizationWatch".answer <> EXCLUDED.answer`,
    changed.map((c) => c.authorizationId), changed.map((c) => c.answer), changed.map((c) => c.code), now,
  );
}

type Claimed = { messageId: string; userId: string; cadence: Exclude<Cadence, "off">; name: string; locale: string | null; title: string; detail: string; link: string; urgency: number };

/**
 * Gathers the notices not yet in a message into one message per user and cadence: immediate ones
 * per scan, digests per day or week, each in its recipient's language (a digest already made for this period leaves later notices for
 * the next). Two scans at once cannot put a notice in two messages: the claim re-checks
 * `messageId IS NULL` under the row lock, and a message left without notices is removed.
 * Returns the ids of the messages made.
 */
export async function assembleMessages(clock: { today: string; weekday: number }, scanId: string, baseUrl: string): Promise<string[]> {
  return prisma.$transaction(async (tx) => {
    const keys = (["immediate", "daily", "weekly"] as const).map((c) => periodKey(c, clock.today, clock.weekday, scanId));
    const made = await tx.$queryRawUnsafe<{ id: string }[]>(
      `INSERT INTO "Message" (id, "userId", "toAddress", cadence, "periodKey", subject, text, html)
       SELECT gen_random_uuid()::text, n."userId", u.email, n.cadence,
              CASE n.cadence WHEN 'immediate' THEN $1 WHEN 'daily' THEN $2 ELSE $3 END, '', '', ''
         FROM (SELECT DISTINCT "userId", cadence FROM "Notice" WHERE "messageId" IS NULL AND cadence <> 'off') n
         JOIN "User" u ON u.id = n."userId" AND u.active
       ON CONFLICT ("userId", cadence, "periodKey") DO NOTHING
       RETURNING id`,
      ...keys,
    );
    if (made.length === 0) return [];
    const ids = made.map((m) => m.id);
    const claimed = await tx.$queryRawUnsafe<Claimed[]>(
      `WITH claimed AS (
         UPDATE "Notice" n SET "messageId" = m.id FROM "Message" m
          WHERE m.id = ANY($1::text[]) AND n."userId" = m."userId" AND n.cadence = m.cadence AND n."messageId" IS NULL
          RETURNING m.id AS "messageId", n."userId", n.cadence::text AS cadence, n.title, n.detail, n.link, n.urgency)
       SELECT c.*, p."firstName" AS name, u.locale FROM claimed c JOIN "User" u ON u.id = c."userId" JOIN "Person" p ON p.id = u."personId"`,
      ids,
    );
    const byMessage = new Map<string, Claimed[]>();
    for (const c of claimed) byMessage.set(c.messageId, [...(byMessage.get(c.messageId) ?? []), c]);
    const rendered = [...byMessage.entries()].map(([id, notices]) => ({ id, ...renderMessage(notices, { cadence: notices[0]!.cadence, name: notices[0]!.name, baseUrl, locale: recipientLocale(notices[0]!.locale) }) }));
    await tx.$executeRawUnsafe(
      `UPDATE "Message" m SET subject = x.s, text = x.t, html = x.h FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(id, s, t, h) WHERE m.id = x.id`,
      rendered.map((r) => r.id), rendered.map((r) => r.subject), rendered.map((r) => r.text), rendered.map((r) => r.html),
    );
    const empty = ids.filter((id) => !byMessage.has(id));
    if (empty.length > 0) await tx.message.deleteMany({ where: { id: { in: empty } } });
    return [...byMessage.keys()];
  });
}

const LEASE_MS = 2 * 60_000;

/**
 * Takes a pending message for one send attempt; null when it is sent already, given up, or being
 * sent by someone else right now (the lease makes two senders never send it at once).
 */
export async function claimMessage(id: string, now: Date = new Date()) {
  const [row] = await prisma.$queryRawUnsafe<{ id: string; toAddress: string; subject: string; text: string; html: string; attempts: number }[]>(
    `UPDATE "Message" SET attempts = attempts + 1, "lockedUntil" = $2::timestamptz
      WHERE id = $1 AND status = 'pending' AND ("lockedUntil" IS NULL OR "lockedUntil" < $3::timestamptz)
      RETURNING id, "toAddress", subject, text, html, attempts`,
    id, new Date(now.getTime() + LEASE_MS), now,
  );
  return row ?? null;
}

export type DeliveryResult = { status: "sent" | "outbox" | "failed" | "pending"; error: string | null };

/** Records an attempt's result with its audit event, in one transaction. */
export async function finishDelivery(id: string, result: DeliveryResult, now: Date = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const message = await tx.message.update({
      where: { id },
      data: { status: result.status, lastError: result.error, lockedUntil: null, sentAt: result.status === "sent" ? now : undefined },
      select: { id: true, userId: true, toAddress: true, subject: true, attempts: true, user: { select: { personId: true } }, notices: { select: { kind: true, itemId: true, threshold: true } } },
    });
    if (result.status === "pending") return;
    await appendAuditEvents(tx, SYSTEM_CONTEXT, [
      {
        action: `notification.${result.status}`,
        entityType: "Message",
        entityId: id,
        personId: message.user.personId,
        after: { to: message.toAddress, subject: message.subject, attempts: message.attempts, error: result.error, items: message.notices },
      },
    ]);
  });
}

/** An admin sends a failed message again: back to pending with a fresh count of attempts. The outcome is in the admin's language. */
export async function retryMessage(id: string, context: AuditContext, locale: Locale = DEFAULT_LOCALE): Promise<Outcome> {
  const t = translatorFor(locale, "notifications");
  return prisma.$transaction(async (tx) => {
    const message = await tx.message.findUnique({ where: { id }, select: { status: true, toAddress: true } });
    if (!message) return fail("NOT_FOUND", t("outcome.messageGone"));
    if (message.status !== "failed") return fail("REFUSED", t("outcome.notFailed"));
    await tx.message.update({ where: { id }, data: { status: "pending", attempts: 0, lastError: null, lockedUntil: null } });
    await appendAuditEvents(tx, context, [{ action: "notification.retry", entityType: "Message", entityId: id, before: { status: "failed" }, after: { status: "pending", to: message.toAddress } }]);
    return ok(undefined, t("outcome.retried"));
  });
}

/** Marks some (or all) of a user's own notices read; another user's ids change nothing. */
export async function markRead(userId: string, ids: readonly string[] | "all", now: Date = new Date()): Promise<number> {
  const { count } = await prisma.notice.updateMany({ where: { userId, readAt: null, ...(ids === "all" ? {} : { id: { in: [...ids] } }) }, data: { readAt: now } });
  return count;
}

/** Saves a user's choices (all kinds at once) with the audit event. */
export async function savePreferences(userId: string, choices: ReadonlyMap<NoticeKind, Cadence>, context: AuditContext): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId }, select: { kind: true, cadence: true } });
    for (const [kind, cadence] of choices) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId, kind } }, create: { userId, kind, cadence }, update: { cadence } });
    }
    await appendAuditEvents(tx, context, [
      { action: "notification.preferences", entityType: "User", entityId: userId, before: Object.fromEntries(before.map((b) => [b.kind, b.cadence])), after: Object.fromEntries(choices) },
    ]);
  });
}

const listed = (names: readonly string[], t: Translate<"notifications">) => (names.length < 2 ? (names[0] ?? "") : t("outcome.names", { first: names.slice(0, -1).join(", "), last: names.at(-1) as string }));

/**
 * A manager asks the validators who may sign off a task at a location to observe an MA there: one
 * notice each, told the way each chose for sign-offs waiting, with the audit event, in one
 * transaction. Once a day per MA and task: the threshold is the location's date, so asking again
 * the same day tells nobody twice. Each validator is told in their language; the manager reads the
 * outcome in hers.
 */
export async function requestSignOff(
  request: { personId: string; locationId: string; taskId: string },
  actor: { name: string },
  context: AuditContext,
  { now = new Date(), locale = DEFAULT_LOCALE }: { now?: Date; locale?: Locale } = {},
): Promise<Outcome> {
  const t = translatorFor(locale, "notifications");
  const [directory, preferences] = await Promise.all([loadDirectory(), loadPreferences()]);
  return prisma.$transaction(async (tx) => {
    const person = await tx.person.findUnique({ where: { id: request.personId }, select: { id: true, firstName: true, lastName: true, isMedicalAssistant: true } });
    const location = await tx.location.findUnique({ where: { id: request.locationId }, select: { id: true, name: true, timeZone: true } });
    const task = await tx.task.findUnique({ where: { id: request.taskId }, select: { id: true, name: true, retiredAt: true, providerOnly: true } });
    if (!person || !location || !task) return fail("NOT_FOUND");
    if (!person.isMedicalAssistant) return fail("REFUSED", t("outcome.notAssistant"));
    if (task.retiredAt || task.providerOnly) return fail("REFUSED", t("outcome.notSignedOffTask", { task: task.name }));
    const today = wallClock(now, location.timeZone).date;
    const item: DueItem = {
      kind: "signoff_waiting",
      itemId: `${person.id}:${task.id}`,
      threshold: `requested-${today}`,
      urgency: 0,
      personId: person.id,
      locationId: location.id,
      audience: [{ to: "validators", locationId: location.id, taskIds: [task.id] }],
      // Only for whom it reaches: the words are the request's own (requestedSignOffWords below).
      subject: { kind: "signoff_waiting", person: `${person.firstName} ${person.lastName}`, title: task.name, location: location.name, recordedOn: today },
    };
    const recipients = recipientsOf(item, directory);
    if (recipients.length === 0) return fail("REFUSED", t("outcome.noValidator", { location: location.name, task: task.name }));
    const rows: NoticeRow[] = recipients.map((r) => ({
      userId: r.userId,
      kind: item.kind,
      itemId: item.itemId,
      threshold: item.threshold,
      urgency: item.urgency,
      personId: person.id,
      locationId: location.id,
      cadence: cadenceFor(item.kind, preferences.get(r.userId) ?? new Map(), { ownRecord: false }),
      ...requestedSignOffWords({ person: `${person.firstName} ${person.lastName}`, task: task.name, location: location.name, asker: actor.name, on: today }, languageOf(r.userId, directory)),
      link: `/people/${person.id}/validate?location=${location.id}&tasks=${task.id}`,
    }));
    const created = await insertNotices(rows, tx);
    const validators = await tx.user.findMany({ where: { id: { in: rows.map((r) => r.userId) } }, select: { person: { select: { firstName: true, lastName: true, providerType: true } } } });
    const names = listed(validators.map(({ person: p }) => supervisorLabel({ name: `${p.firstName} ${p.lastName}`, providerType: p.providerType })).sort(), t);
    if (created === 0) return fail("CONFLICT", t("outcome.alreadyRequested", { names }));
    await appendAuditEvents(tx, context, [
      { action: "notification.request", entityType: "Person", entityId: person.id, personId: person.id, locationId: location.id, after: { taskId: task.id, threshold: item.threshold, to: rows.map((r) => r.userId) } },
    ]);
    return ok(undefined, t("outcome.sent", { names }));
  });
}
