import "server-only";
import { databaseDriver } from "@/lib/db/client";
import { DEFAULT_SETTINGS, type Facts } from "./facts";
import { toFacts, type FactsRow } from "./facts-row";
import { FACTS_SQL } from "./facts-sql";

/**
 * Everything the engine needs about one person at one location. See `loadFactsForPeople`.
 */
export async function loadFacts(personId: string, locationId: string, moment: Date, knownAt: Date = new Date()): Promise<Facts | null> {
  return (await loadFactsForPeople([personId], locationId, moment, knownAt)).get(personId) ?? null;
}

/**
 * Everything the engine needs about some people at one location, in one SQL statement whatever the
 * number of people, tasks, records or arrangements: "all my tasks" costs what one task costs, and a
 * location's dashboard costs what one person's check costs. (Through Prisma's query builder one
 * person's load took eight queries and four times as long: this is the product's hot path, so it is
 * written as SQL once, below.)
 *
 * Answers may be asked for any moment from `moment` to `until` (a week's what-if costs one load);
 * exceptions to the supervision plan and check-ins are loaded for that span only, and the engine
 * refuses a moment outside it. Only what was on record at `knownAt` is loaded, every version of it: which version governs the
 * moment is the engine's choice (lib/version/governing.ts), so an edit that drops a person from an
 * arrangement, a scheduled rule change or a backdated revocation is seen whatever order the
 * versions were entered in. Live answers know everything recorded so far (knownAt = now); "what
 * Cleared said then" is knownAt = the moment. Every list is ordered, so nothing depends on the order
 * rows happen to be stored in. People who do not exist are absent from the result. Read through the
 * driver, not Prisma: a third of the load's time went to Prisma's handling of this one large row.
 */
export async function loadFactsForPeople(personIds: readonly string[], locationId: string, moment: Date, knownAt: Date = new Date(), until: Date = moment): Promise<Map<string, Facts>> {
  const facts = new Map<string, Facts>();
  if (personIds.length === 0) return facts;
  const ids = [...new Set(personIds)];
  const driver = await databaseDriver();
  // A day either side: an answer also looks at the rest of its day (who arrives later, today's check-ins).
  const [row] = await driver.query<FactsRow>(FACTS_SQL, [locationId, ids, knownAt, moment, new Date(moment.getTime() - DAY_MS), new Date(until.getTime() + DAY_MS)]);
  if (!row?.location) return facts;
  const settings = { ...DEFAULT_SETTINGS, ruleStaleAfterDays: row.location.ruleStaleAfterDays };
  for (const person of toFacts(row, settings, { from: moment, to: until }, knownAt)) facts.set(person.person.id, person);
  return facts;
}

const DAY_MS = 86_400_000;
