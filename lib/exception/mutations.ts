import { prisma } from "@/lib/db/client";
import { lockFor } from "@/lib/db/lock";
import { newId } from "@/lib/db/ids";
import type { Actor } from "@/lib/access/policy";
import { appendAuditEvent, staleMessage, type AuditContext } from "@/lib/audit/mutations";
import type { ExceptionKind, SupervisionLevel } from "@/lib/clearance/facts";
import { fail, ok, type Outcome } from "@/lib/errors/app-error";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { employedOn } from "@/lib/person/employment";
import { wallClock } from "@/lib/time/zoned";
import { nextVersion } from "@/lib/version/edit";
import { versionsOf } from "@/lib/version/rows";
import { providerName, standingExceptions } from "./data";
import { contradiction, describeInterval, intervalOf, type IntervalFields } from "./interval";

export type ExceptionContent = IntervalFields & { locationId: string; kind: ExceptionKind; providerId: string | null; level: SupervisionLevel | null; reason: string };
/** An edit: the lineage and the newest version the form showed; every edit corrects it. */
export type ExceptionEdit = { lineageId: string; version: number; cancel: boolean };

/**
 * Records an exception to a location's weekly plan, corrects one (a new version of its lineage), or
 * cancels one (a version marked cancelled). Refused, with nothing saved: an end before the start; an
 * absence for a provider who has no arrangement at the location; an extra session by someone who is
 * not a provider working there then; a contradiction with an exception already standing; an edit of
 * a version that is no longer the newest. With its audit event (and the preview it was saved from,
 * when there was one) in one transaction, one writer per location at a time.
 */
export type SaveOptions = {
  /** What the what-if showed when it was saved from there: audited with the change. */
  preview?: unknown;
  /** A provider recording their own absence: only absences, only theirs. */
  ownAbsence?: boolean;
  /** The language of the answer (the form shows it as it is). */
  locale?: Locale;
};

export async function saveException(content: ExceptionContent, edit: ExceptionEdit | null, actor: Actor, context: AuditContext, { preview, ownAbsence = false, locale = DEFAULT_LOCALE }: SaveOptions = {}, now: Date = new Date()): Promise<Outcome<{ lineageId: string; version: number }>> {
  const t = translatorFor(locale, "exceptions");
  if (ownAbsence && (content.kind !== "absence" || content.providerId !== actor.personId)) {
    return fail("REFUSED", t("outcome.ownOnly", { name: actor.name }));
  }
  return prisma.$transaction(async (tx) => {
    await lockFor(tx, `exceptions:${content.locationId}`);
    const location = await tx.location.findUnique({ where: { id: content.locationId }, select: { name: true, timeZone: true, active: true } });
    if (!location?.active) return fail("NOT_FOUND");
    const timeZone = location.timeZone;

    let lineageId = newId();
    let version = 1;
    let supersedes: number | null = null;
    let before: unknown = undefined;
    let fields = content;
    if (edit) {
      const versions = await tx.supervisionException.findMany({ where: { lineageId: edit.lineageId }, orderBy: { version: "asc" } });
      const latest = versions[versions.length - 1];
      if (!latest || latest.locationId !== content.locationId || (ownAbsence && latest.providerId !== actor.personId)) return fail("NOT_FOUND");
      const asVersions = versions.map((v) => ({ ...v, supersedes: v.supersedesVersion, effectiveFrom: v.startsAt.toISOString(), effectiveTo: v.endsAt.toISOString() }));
      const next = nextVersion(asVersions, { version: edit.version, corrects: edit.version }, now);
      if (next === "stale") return fail("STALE", await staleMessage(tx, "SupervisionException", edit.lineageId, timeZone));
      if (!next.ok) return next;
      if (latest.cancelled) return fail("REFUSED", t("outcome.wasCancelled"));
      lineageId = edit.lineageId;
      ({ version, supersedes } = next.data);
      before = latest;
      if (edit.cancel) {
        await tx.supervisionException.create({
          data: { ...copyOf(latest), lineageId, version, supersedesVersion: supersedes, cancelled: true, recordedAt: now, recordedById: actor.userId },
        });
        await appendAuditEvent(tx, context, { action: "exception.cancel", entityType: "SupervisionException", entityId: lineageId, locationId: content.locationId, before, after: { cancelled: true, version } });
        return ok({ lineageId, version }, t("outcome.cancelled", { kind: latest.kind }));
      }
      if (latest.kind !== content.kind) return fail("VALIDATION", t("outcome.keepsKind"), { kind: t("outcome.keepKind", { kind: latest.kind }) });
      fields = { ...content, providerId: latest.providerId };
    }

    const interval = intervalOf(fields, timeZone, locale);
    if (!interval.ok) return fail("VALIDATION", interval.message, { [interval.field]: interval.message });
    const { startsAt, endsAt, allDay } = interval.interval;

    if (fields.kind !== "closure") {
      const provider = await tx.person.findUnique({ where: { id: fields.providerId as string }, select: { firstName: true, lastName: true, providerType: true, employments: { where: { locationId: content.locationId } } } });
      if (!provider?.providerType) return fail("VALIDATION", t("outcome.chooseProvider"), { providerId: t("outcome.chooseProvider") });
      if (fields.kind === "absence") {
        const supervises = await tx.supervisionArrangement.count({ where: { locationId: content.locationId, supervisorId: fields.providerId as string } });
        if (supervises === 0) return fail("VALIDATION", t("outcome.notSupervising", { provider: providerName(provider), location: location.name }), { providerId: t("outcome.chooseSupervisor") });
      } else if (!employedOn(versionsOf(provider.employments), content.locationId, wallClock(startsAt, timeZone).date, now)) {
        return fail("VALIDATION", t("outcome.notWorking", { provider: providerName(provider), location: location.name, date: wallClock(startsAt, timeZone).date }), { providerId: t("outcome.chooseWorking") });
      }
    }
    const conflict = contradiction(await standingExceptions(content.locationId, startsAt, endsAt, tx), { lineageId: edit?.lineageId ?? null, kind: fields.kind, providerId: fields.providerId, startsAt, endsAt, allDay }, timeZone, locale);
    if (conflict) return fail("CONFLICT", conflict, { fromDate: conflict });

    const data = { locationId: content.locationId, kind: fields.kind, providerId: fields.providerId, startsAt, endsAt, allDay, level: fields.kind === "extra_session" ? (fields.level ?? "on_premises") : null, reason: fields.reason };
    await tx.supervisionException.create({ data: { ...data, lineageId, version, supersedesVersion: supersedes, recordedAt: now, recordedById: actor.userId } });
    await appendAuditEvent(tx, context, {
      action: edit ? "exception.correct" : "exception.create",
      entityType: "SupervisionException",
      entityId: lineageId,
      locationId: content.locationId,
      before,
      after: { ...data, version, supersedesVersion: supersedes, ...(preview ? { preview } : {}) },
    });
    const when = describeInterval(interval.interval, timeZone, locale);
    return ok({ lineageId, version }, edit ? t("outcome.corrected", { kind: fields.kind, version, when }) : t("outcome.saved", { kind: fields.kind, when }));
  });
}

function copyOf(row: { locationId: string; kind: ExceptionKind; providerId: string | null; startsAt: Date; endsAt: Date; allDay: boolean; level: SupervisionLevel | null; reason: string }) {
  const { locationId, kind, providerId, startsAt, endsAt, allDay, level, reason } = row;
  return { locationId, kind, providerId, startsAt, endsAt, allDay, level, reason };
}
