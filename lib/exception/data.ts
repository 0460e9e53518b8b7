import "server-only";
import { prisma, type Tx } from "@/lib/db/client";
import { supervisorLabel } from "@/lib/clearance/wording";
import type { Standing } from "./interval";

/** How exceptions name their provider: "Dr. Lee (MD)", "Jordan Ellis (NP)". */
export function providerName(p: { firstName: string; lastName: string; providerType: string | null }): string {
  return supervisorLabel({ name: `${p.firstName} ${p.lastName}`, providerType: p.providerType });
}

/**
 * The exceptions standing at a location now (each lineage's newest version, cancelled ones left
 * out) that overlap an interval. Two queries; `db` is a transaction when a mutation checks
 * contradictions inside its own.
 */
export async function standingExceptions(locationId: string, from: Date, to: Date, db: Tx = prisma): Promise<Standing[]> {
  const touching = await db.supervisionException.findMany({ where: { locationId, endsAt: { gt: from }, startsAt: { lt: to } }, select: { lineageId: true }, distinct: ["lineageId"] });
  if (touching.length === 0) return [];
  const rows = await db.supervisionException.findMany({
    where: { lineageId: { in: touching.map((r) => r.lineageId) } },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    include: { provider: { select: { firstName: true, lastName: true, providerType: true } } },
  });
  const newest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!newest.has(r.lineageId)) newest.set(r.lineageId, r);
  return [...newest.values()]
    .filter((r) => !r.cancelled && r.startsAt < to && from < r.endsAt)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.lineageId.localeCompare(b.lineageId))
    .map((r) => ({ lineageId: r.lineageId, version: r.version, kind: r.kind, providerId: r.providerId, providerName: r.provider ? providerName(r.provider) : null, reason: r.reason, level: r.level, startsAt: r.startsAt, endsAt: r.endsAt, allDay: r.allDay }));
}

export type ExceptionVersion = Standing & { cancelled: boolean; recordedAt: Date; supersedes: number | null; locationId: string };

/** Every version of one exception, newest first; empty when there is no such lineage. */
export async function exceptionHistory(lineageId: string): Promise<ExceptionVersion[]> {
  const rows = await prisma.supervisionException.findMany({ where: { lineageId }, orderBy: { version: "desc" }, include: { provider: { select: { firstName: true, lastName: true, providerType: true } } } });
  return rows.map((r) => ({
    lineageId: r.lineageId,
    version: r.version,
    supersedes: r.supersedesVersion,
    locationId: r.locationId,
    kind: r.kind,
    providerId: r.providerId,
    providerName: r.provider ? providerName(r.provider) : null,
    reason: r.reason,
    level: r.level,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    allDay: r.allDay,
    cancelled: r.cancelled,
    recordedAt: r.recordedAt,
  }));
}
