import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { organizationSettings } from "@/lib/organization/data";
import { chainVerifier, type ChainCheck, type ChainedEvent, type JsonValue } from "./chain";
import type { AuditQuery } from "./filter";
import { compareHead, describeHeadComparison, readHeadStatement, type HeadReport } from "./head";
import { literalLike } from "@/lib/db/like";
import { describeEvent, eventReferences, type AuditNames, type DescribedEvent, type SentenceEvent } from "./sentence";

const BATCH = 2_000;
const EXPORT_BATCH = 1_000;

type StoredEvent = Prisma.AuditEventGetPayload<object>;

function toChained(row: StoredEvent): ChainedEvent {
  return { ...row, before: row.before as JsonValue, after: row.after as JsonValue };
}

/** Walks the whole trail in sequence order, a batch at a time, recomputing every link. */
export async function verifyAuditChain(): Promise<ChainCheck> {
  const verifier = chainVerifier();
  let after = 0;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({ where: { seq: { gt: after } }, orderBy: { seq: "asc" }, take: BATCH });
    if (rows.length === 0) break;
    verifier.check(rows.map(toChained));
    after = rows[rows.length - 1]!.seq;
  }
  return verifier.result();
}

/**
 * What stands where a saved head points: the hash of event `seq` (null when it is gone) and how
 * many events lead up to it. Appends never take a lower number (writers hold the chain lock while
 * numbering), so the count up to `seq` only moves when history was rewritten.
 */
export async function chainPosition(seq: number): Promise<{ hash: string | null; countUpTo: number }> {
  const [event, countUpTo] = await Promise.all([
    prisma.auditEvent.findUnique({ where: { seq }, select: { hash: true } }),
    prisma.auditEvent.count({ where: { seq: { lte: seq } } }),
  ]);
  return { hash: event?.hash ?? null, countUpTo };
}

/**
 * The trail checked against a saved head statement (its text, as pasted or read from its file).
 * The chain is walked even for an altered statement, so the caller can always show the trail as it
 * is now (count and head hash) beside the verdict.
 */
export async function checkHeadStatement(text: string): Promise<{ ok: false; message: string } | { ok: true; check: ChainCheck; report: HeadReport }> {
  const read = readHeadStatement(text);
  if (read.kind === "invalid") return { ok: false, message: read.message };
  const [check, atLastSeq, organization] = await Promise.all([verifyAuditChain(), read.kind === "statement" ? chainPosition(read.statement.lastSeq) : null, organizationSettings()]);
  const comparison = read.kind === "statement" && atLastSeq ? compareHead(read.statement, { organizationId: organization.id, check, atLastSeq }) : ({ status: "statement_altered" } as const);
  return { ok: true, check, report: describeHeadComparison(comparison) };
}

export type AuditEventView = {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  personId: string | null;
  locationId: string | null;
  before: JsonValue | null;
  after: JsonValue | null;
  ip: string | null;
};

const VIEW_SELECT = { seq: true, occurredAt: true, actorUserId: true, actorLabel: true, action: true, entityType: true, entityId: true, personId: true, locationId: true, before: true, after: true, ip: true } as const;

function toView(row: Prisma.AuditEventGetPayload<{ select: typeof VIEW_SELECT }>): AuditEventView {
  return { ...row, occurredAt: row.occurredAt.toISOString(), before: row.before as JsonValue, after: row.after as JsonValue };
}

/**
 * The latest events, about one person when asked. `locationIds` keeps out the events that happened
 * at a location outside the viewer's reach (events tied to no location stay).
 */
export async function recentAuditEvents(filter: { personId?: string; locationIds?: readonly string[]; limit?: number } = {}): Promise<AuditEventView[]> {
  const rows = await prisma.auditEvent.findMany({
    where: {
      ...(filter.personId ? { personId: filter.personId } : {}),
      ...(filter.locationIds ? { OR: [{ locationId: null }, { locationId: { in: [...filter.locationIds] } }] } : {}),
    },
    orderBy: { seq: "desc" },
    take: Math.min(filter.limit ?? 50, 500),
    select: VIEW_SELECT,
  });
  return rows.map(toView);
}

function whereOf(query: AuditQuery): Prisma.AuditEventWhereInput {
  return {
    ...(query.actor ? { actorLabel: { contains: literalLike(query.actor), mode: "insensitive" } } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.entityId ? { entityId: query.entityId } : {}),
    ...(query.personId ? { personId: query.personId } : {}),
    ...(query.from || query.until ? { occurredAt: { ...(query.from ? { gte: query.from } : {}), ...(query.until ? { lt: query.until } : {}) } } : {}),
  };
}

/**
 * One page of matching events, newest first, older than `before` (keyset on seq: a page deep in a
 * long trail costs what the first one does). `older` is the cursor for the next page, if any.
 */
export async function listAuditEvents(query: AuditQuery, page: { before: number | null; limit?: number }): Promise<{ events: AuditEventView[]; older: number | null }> {
  const limit = Math.min(page.limit ?? 50, 200);
  const rows = await prisma.auditEvent.findMany({
    where: { ...whereOf(query), ...(page.before ? { seq: { lt: page.before } } : {}) },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: VIEW_SELECT,
  });
  const events = rows.slice(0, limit).map(toView);
  return { events, older: rows.length > limit ? events[events.length - 1]!.seq : null };
}

/**
 * Every matching event in chain order, read a batch at a time as the consumer asks for more: an
 * export of the whole trail holds one batch in memory, and a slow download slows the reads.
 */
async function* auditEventBatches(query: AuditQuery): AsyncGenerator<ChainedEvent[]> {
  const where = whereOf(query);
  let after = 0;
  for (;;) {
    const rows = await prisma.auditEvent.findMany({ where: { ...where, seq: { gt: after } }, orderBy: { seq: "asc" }, take: EXPORT_BATCH });
    if (rows.length > 0) yield rows.map(toChained);
    if (rows.length < EXPORT_BATCH) return;
    after = rows[rows.length - 1]!.seq;
  }
}

/**
 * The same events, each with its sentence, for the export: names are loaded once per batch, for an
 * organization-wide reader (the export requires audit.read on the organization).
 */
export async function* describedAuditEventsInOrder(query: AuditQuery, timeZone: string): AsyncGenerator<ChainedEvent & { description: string }> {
  for await (const batch of auditEventBatches(query)) {
    const names = await auditNames(batch, EVERY_NAME);
    for (const event of batch) yield { ...event, description: describeEvent(event, names, timeZone).sentence };
  }
}

export async function auditEvent(seq: number): Promise<ChainedEvent | null> {
  const row = await prisma.auditEvent.findUnique({ where: { seq } });
  return row ? toChained(row) : null;
}

/** The actions and record types present in the trail, for the filter's choices. */
export async function auditFilterChoices(): Promise<{ actions: string[]; entityTypes: string[] }> {
  const [actions, entityTypes] = await Promise.all([
    prisma.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    prisma.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), entityTypes: entityTypes.map((e) => e.entityType) };
}

/**
 * Whose names a viewer may read in sentences: the locations they may see named, the locations whose
 * people they may see named, and people they may always see (themselves, the person on the page).
 */
export type NameScope = { locations: "all" | readonly string[]; peopleAt: "all" | readonly string[]; people: readonly string[] };

export const EVERY_NAME: NameScope = { locations: "all", peopleAt: "all", people: [] };

/**
 * Names for a page of events: one statement per kind (users, then people, tasks, locations and
 * authorizations together), each filtered by the scope in its `where`, so an out-of-scope name is
 * never read.
 */
export async function auditNames(events: readonly SentenceEvent[], scope: NameScope): Promise<AuditNames> {
  const refs = eventReferences(events);
  const users = refs.userIds.length > 0 ? await prisma.user.findMany({ where: { id: { in: refs.userIds } }, select: { id: true, personId: true } }) : [];
  const personIds = [...new Set([...refs.personIds, ...users.map((u) => u.personId)])];
  const locationIds = scope.locations === "all" ? refs.locationIds : refs.locationIds.filter((id) => scope.locations.includes(id));
  const nameable = scope.peopleAt === "all" ? {} : { OR: [{ id: { in: [...scope.people] } }, { locations: { some: { locationId: { in: [...scope.peopleAt] } } } }] };
  const [people, tasks, locations, authorizations] = await Promise.all([
    personIds.length > 0 ? prisma.person.findMany({ where: { id: { in: personIds }, ...nameable }, select: { id: true, firstName: true, lastName: true } }) : [],
    refs.taskRefs.length > 0 ? prisma.task.findMany({ where: { OR: [{ id: { in: refs.taskRefs } }, { code: { in: refs.taskRefs } }] }, select: { id: true, code: true, name: true } }) : [],
    locationIds.length > 0 ? prisma.location.findMany({ where: { id: { in: locationIds } }, select: { id: true, name: true, timeZone: true } }) : [],
    refs.authorizationIds.length > 0 && locationIds.length > 0 ? prisma.authorization.findMany({ where: { id: { in: refs.authorizationIds }, locationId: { in: locationIds } }, select: { id: true, taskId: true } }) : [],
  ]);
  const personName = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));
  return {
    users: new Map(users.flatMap((u) => (personName.has(u.personId) ? [[u.id, personName.get(u.personId)!] as const] : []))),
    people: personName,
    tasks: new Map(tasks.flatMap((t) => [[t.id, t.name] as const, [t.code, t.name] as const])),
    locations: new Map(locations.map((l) => [l.id, { name: l.name, timeZone: l.timeZone }])),
    authorizationTasks: new Map(authorizations.map((a) => [a.id, a.taskId])),
  };
}

/**
 * A person's history as sentences: the events about them at the locations in `scope.locations`
 * (the person's locations the viewer reaches) or at none, named within the same scope.
 */
export async function personHistory(personId: string, scope: NameScope & { locations: readonly string[] }, timeZone: string, limit = 50): Promise<{ seq: number; described: DescribedEvent }[]> {
  const events = await recentAuditEvents({ personId, locationIds: scope.locations, limit });
  const names = await auditNames(events, scope);
  return events.map((e) => ({ seq: e.seq, described: describeEvent(e, names, timeZone) }));
}
