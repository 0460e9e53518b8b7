import "server-only";
import { LRUCache } from "lru-cache";
import { databaseDriver } from "@/lib/db/client";
import type { Driver } from "@/lib/db/driver";
import { DEFAULT_SETTINGS, type Facts } from "./facts";
import { toFacts, type FactsRow } from "./facts-row";
import { FACTS_SQL } from "./facts-sql";
import { LIVE_SPAN_MS, narrowed, serves, storable, type FactsStamp, type StoredLoad } from "./live-facts";

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
  const row = await loadFactsRow(locationId, ids, knownAt, moment, until);
  return row ? factsOf(row, moment, until, knownAt) : facts;
}

/**
 * `loadFacts` for live answers (as known now), on the product's hot path: the same facts, from a
 * load this process made a moment ago when the database's stamp says it would give the same row
 * (lib/clearance/live-facts.ts), for one small statement instead of the large one.
 */
export async function loadLiveFacts(personId: string, locationId: string, moment: Date, now: Date = new Date()): Promise<Facts | null> {
  const driver = await databaseDriver();
  const [stamp] = await driver.query<FactsStamp>(STAMP_SQL);
  const key = `${locationId}\u0000${personId}`;
  const loads = storedLoads(driver);
  const stored = loads.get(key);
  let row: FactsRow | null;
  if (stamp && stored && serves(stored, stamp, moment, moment, now)) {
    row = narrowed(stored.row, new Date(moment.getTime() - DAY_MS), new Date(moment.getTime() + DAY_MS));
  } else {
    const until = new Date(moment.getTime() + LIVE_SPAN_MS);
    const loaded = await loadFactsRow(locationId, [personId], now, moment, until, driver);
    if (loaded && stamp && storable(stamp, now)) loads.set(key, { stamp, knownAt: now, from: moment, until, row: deepFrozen(loaded) });
    else loads.delete(key);
    row = loaded && narrowed(loaded, new Date(moment.getTime() - DAY_MS), new Date(moment.getTime() + DAY_MS));
  }
  return row ? (factsOf(row, moment, moment, now).get(personId) ?? null) : null;
}

/**
 * The loader's row for some people (or none: the location's own facts) at one location, as known at
 * `knownAt`, for moments `moment` to `until`; null when the location does not exist. A day either
 * side: an answer also looks at the rest of its day (who arrives later, today's check-ins).
 */
export async function loadFactsRow(locationId: string, ids: readonly string[], knownAt: Date, moment: Date, until: Date = moment, driver?: Driver): Promise<FactsRow | null> {
  driver ??= await databaseDriver();
  const [row] = await driver.query<FactsRow>(FACTS_SQL, [locationId, ids, knownAt, new Date(moment.getTime() - DAY_MS), new Date(until.getTime() + DAY_MS)]);
  return row?.location ? row : null;
}

function factsOf(row: FactsRow, moment: Date, until: Date, knownAt: Date): Map<string, Facts> {
  const settings = { ...DEFAULT_SETTINGS, ruleStaleAfterDays: row.location!.ruleStaleAfterDays };
  return new Map(toFacts(row, settings, { from: moment, to: until }, knownAt).map((person) => [person.person.id, person]));
}

const DAY_MS = 86_400_000;

const STAMP_SQL = `/* prepared: facts_generation_v1 */ SELECT "generation"::text AS "generation", (extract(epoch FROM "latestRecordedAt") * 1000)::float8 AS "latestRecordedMs" FROM "FactsGeneration" WHERE "id" = 1`;

/** Per database (tests open several in one process), a person's latest live load at each location; bounded. */
const loadsBy = new WeakMap<object, LRUCache<string, StoredLoad>>();

function storedLoads(driver: Driver): LRUCache<string, StoredLoad> {
  let loads = loadsBy.get(driver);
  if (!loads) loadsBy.set(driver, (loads = new LRUCache<string, StoredLoad>({ max: 1_000 })));
  return loads;
}

/** What is stored is shared by later answers: nothing may change it. */
function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFrozen(item);
    Object.freeze(value);
  }
  return value;
}
