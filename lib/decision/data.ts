import "server-only";
import { prisma } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import type { DecisionFilter } from "./filter";
import { decisionCsvRow, summarize, type DecisionRow } from "./rows";
import { literalLike } from "@/lib/db/like";
import { recombine } from "./breakdown";

export const PAGE_SIZE = 50;
const EXPORT_BATCH = 1_000;
const MAX_NAME_WORDS = 5;
const MAX_MATCHED_PEOPLE = 500;

const COLUMNS = {
  seq: true,
  askedAt: true,
  askedByLabel: true,
  source: true,
  personId: true,
  taskId: true,
  locationId: true,
  moment: true,
  answer: true,
  // The shared breakdown comes in the same query (relationJoins: one lateral join).
  details: { select: { breakdown: true } },
  engineVersion: true,
} as const satisfies Prisma.DecisionLogSelect;
type LogRow = Prisma.DecisionLogGetPayload<{ select: typeof COLUMNS }>;

/**
 * The `where` for a filter; null when the person search matches nobody (so nothing is read). The
 * log has no foreign keys (it outlives what it names), so a name search resolves to ids first.
 */
async function whereOf(filter: DecisionFilter): Promise<Prisma.DecisionLogWhereInput | null> {
  let personIds: string[] | undefined;
  if (filter.person) {
    const words = filter.person.split(/\s+/).filter(Boolean).slice(0, MAX_NAME_WORDS);
    const people = await prisma.person.findMany({
      where: {
        OR: [
          { id: filter.person },
          { AND: words.map((w) => ({ OR: [{ firstName: { contains: literalLike(w), mode: "insensitive" as const } }, { lastName: { contains: literalLike(w), mode: "insensitive" as const } }] })) },
        ],
      },
      select: { id: true },
      take: MAX_MATCHED_PEOPLE,
    });
    if (people.length === 0) return null;
    personIds = people.map((p) => p.id);
  }
  return {
    ...(filter.locationIds ? { locationId: { in: [...filter.locationIds] } } : {}),
    ...(personIds ? { personId: { in: personIds } } : {}),
    ...(filter.taskId ? { taskId: filter.taskId } : {}),
    ...(filter.answer ? { answer: filter.answer } : {}),
    ...(filter.source ? { source: filter.source } : {}),
    ...(filter.askedFrom || filter.askedBefore ? { askedAt: { ...(filter.askedFrom ? { gte: filter.askedFrom } : {}), ...(filter.askedBefore ? { lt: filter.askedBefore } : {}) } } : {}),
  };
}

/** Names for a batch of log rows: one query for the people; tasks and locations are few and loaded once per call. */
async function namer() {
  const [tasks, locations] = await Promise.all([
    prisma.task.findMany({ select: { id: true, name: true } }),
    prisma.location.findMany({ select: { id: true, name: true, timeZone: true } }),
  ]);
  const taskNames = new Map(tasks.map((t) => [t.id, t.name]));
  const places = new Map(locations.map((l) => [l.id, l]));
  return async (rows: readonly LogRow[]): Promise<DecisionRow[]> => {
    const people = await prisma.person.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.personId))] } }, select: { id: true, firstName: true, lastName: true, employeeId: true } });
    const byId = new Map(people.map((p) => [p.id, p]));
    return rows.map((r) => {
      const person = byId.get(r.personId);
      const place = places.get(r.locationId);
      return {
        seq: r.seq,
        askedAt: r.askedAt,
        askedByLabel: r.askedByLabel,
        source: r.source,
        personId: r.personId,
        personName: person ? `${person.firstName} ${person.lastName}` : r.personId,
        employeeId: person?.employeeId ?? null,
        taskId: r.taskId,
        taskName: taskNames.get(r.taskId) ?? r.taskId,
        locationId: r.locationId,
        locationName: place?.name ?? r.locationId,
        timeZone: place?.timeZone ?? "UTC",
        moment: r.moment,
        answer: r.answer,
        ...summarize(r.details.breakdown),
        engineVersion: r.engineVersion,
      };
    });
  };
}

export type DecisionPage = { rows: DecisionRow[]; newer: boolean; older: boolean };

/**
 * One page of the log, newest first, by keyset on the sequence number: `before` pages to older
 * rows, `after` back to newer ones. A fixed number of queries per page.
 */
export async function listDecisions(filter: DecisionFilter, page: { before?: number; after?: number } = {}, limit: number = PAGE_SIZE): Promise<DecisionPage> {
  const where = await whereOf(filter);
  if (!where) return { rows: [], newer: false, older: false };
  const name = await namer();
  if (page.after !== undefined) {
    const rows = await prisma.decisionLog.findMany({ where: { ...where, seq: { gt: page.after } }, orderBy: { seq: "asc" }, take: limit + 1, select: COLUMNS });
    return { rows: await name(rows.slice(0, limit).reverse()), newer: rows.length > limit, older: true };
  }
  const rows = await prisma.decisionLog.findMany({ where: { ...where, ...(page.before !== undefined ? { seq: { lt: page.before } } : {}) }, orderBy: { seq: "desc" }, take: limit + 1, select: COLUMNS });
  return { rows: await name(rows.slice(0, limit)), newer: page.before !== undefined, older: rows.length > limit };
}

/** The whole filtered log, newest first, a batch at a time: an export of any size holds one batch. */
export async function* decisionBatches(filter: DecisionFilter, size: number = EXPORT_BATCH): AsyncGenerator<DecisionRow[]> {
  const where = await whereOf(filter);
  if (!where) return;
  const name = await namer();
  let before: number | undefined;
  for (;;) {
    const rows = await prisma.decisionLog.findMany({ where: { ...where, ...(before !== undefined ? { seq: { lt: before } } : {}) }, orderBy: { seq: "desc" }, take: size, select: COLUMNS });
    if (rows.length === 0) return;
    yield await name(rows);
    if (rows.length < size) return;
    before = rows[rows.length - 1]!.seq;
  }
}

/** The log export's rows (`DECISION_CSV_HEADER`). */
export async function* decisionCsvRows(filter: DecisionFilter): AsyncGenerator<unknown[]> {
  for await (const batch of decisionBatches(filter)) for (const row of batch) yield decisionCsvRow(row);
}

export type StoredDecision = DecisionRow & { breakdown: unknown };

/** One logged decision with its breakdown exactly as it was shown (row and shared breakdown recombined); null when there is none. */
export async function getDecision(seq: number): Promise<StoredDecision | null> {
  const row = await prisma.decisionLog.findUnique({ where: { seq }, select: COLUMNS });
  if (!row) return null;
  const [named] = await (await namer())([row]);
  return { ...named!, breakdown: recombine(row, row.details.breakdown) };
}
