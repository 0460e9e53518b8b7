import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFacts, loadLiveFacts } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { FACTS_SQL } from "@/lib/clearance/facts-sql";
import { prisma } from "@/lib/db/client";
import { seedDemo } from "@/tests/support/demo";
import { countQueries, privilegedDriver, testEngine } from "@/tests/support/test-database";

/**
 * The live-facts cache against the statement it stands in for: whatever was recorded, in whatever
 * order, with effective dates past and future, a live answer from a stored load is the one a fresh
 * load gives (the same facts, value for value), and the stored load serves only while the database's
 * stamp says nothing it reads has changed. A stale answer here could be a false "cleared".
 */
const SEEDED = new Date("2026-11-20T17:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;

let demo: Awaited<ReturnType<typeof seedDemo>>;
// Simulated time, only ever forward: when rows are recorded and when answers are asked. Check-ins
// and absences are drawn around a day before and after it too, the edges of what an answer reads.
let now = new Date(Date.now() + MINUTE);

type Subject = { personId: string; locationId: string; authorizations: string[]; employment: { lineageId: string; locationId: string }; providers: string[] };
let subjects: Subject[];
let taskIds: string[];

async function subject(firstName: string, location: string): Promise<Subject> {
  const personId = demo.person(firstName).id;
  const locationId = demo.location(location);
  const authorizations = (await prisma.authorization.findMany({ where: { personId, locationId }, select: { id: true }, orderBy: { id: "asc" } })).map((a) => a.id);
  const employment = await prisma.employment.findFirstOrThrow({ where: { personId, locationId }, select: { lineageId: true, locationId: true } });
  const providers = [...new Set((await prisma.supervisionArrangement.findMany({ where: { locationId }, select: { supervisorId: true } })).map((a) => a.supervisorId))].sort();
  return { personId, locationId, authorizations, employment, providers };
}

beforeAll(async () => {
  demo = await seedDemo(SEEDED);
  subjects = [await subject("Maria", "Oakland"), await subject("Sofia", "Seattle"), await subject("Emily", "Tacoma")];
  taskIds = (await prisma.task.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((t) => t.id);
});

/** The cached answer next to a fresh load's; the number of statements the cached one cost. */
async function compare(s: Subject, moment: Date): Promise<number> {
  const { result: live, queries } = await countQueries(() => loadLiveFacts(s.personId, s.locationId, moment, now));
  const fresh = await loadFacts(s.personId, s.locationId, moment, now);
  expect(live).toStrictEqual(fresh);
  for (const task of fresh!.tasks) {
    const request = { personId: s.personId, taskId: task.id, locationId: s.locationId, moment };
    expect(decide(live!, request)).toStrictEqual(decide(fresh!, request));
  }
  return queries;
}

const sql = (text: string, params: unknown[]) => privilegedDriver().query(text, params);
const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
const day = (days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

type Op =
  | { kind: "ask"; who: number; minutes: number }
  | { kind: "wait"; minutes: number }
  | { kind: "status"; who: number; pick: number; status: "active" | "suspended" | "revoked"; days: number; recordedAhead: number }
  | { kind: "presence"; who: number; pick: number; checkIn: boolean; minutesAgo: number }
  | { kind: "absence"; who: number; pick: number; minutes: number; length: number; cancelled: boolean }
  | { kind: "retire"; pick: number; minutes: number }
  | { kind: "employment"; who: number; days: number }
  | { kind: "rollback"; who: number; pick: number };

const who = fc.nat({ max: 2 });
const pick = fc.nat({ max: 50 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("ask" as const), who, minutes: fc.integer({ min: -30, max: 15 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("wait" as const), minutes: fc.integer({ min: 0, max: 12 }) }), weight: 3 },
  // A status change effective days ago or ahead; now and then recorded with a clock that runs ahead.
  { arbitrary: fc.record({ kind: fc.constant("status" as const), who, pick, status: fc.constantFrom("active" as const, "suspended" as const, "revoked" as const), days: fc.integer({ min: -5, max: 5 }), recordedAhead: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 20 })) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("presence" as const), who, pick, checkIn: fc.boolean(), minutesAgo: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 1_425, max: 1_455 })) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("absence" as const), who, pick, minutes: fc.integer({ min: -1_800, max: 2_000 }), length: fc.integer({ min: 15, max: 900 }), cancelled: fc.boolean() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("retire" as const), pick, minutes: fc.integer({ min: 1, max: 20 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("employment" as const), who, days: fc.integer({ min: -3, max: 5 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("rollback" as const), who, pick }), weight: 1 },
);

async function apply(o: Op): Promise<void> {
  const s = subjects[("who" in o ? o.who : 0) % subjects.length]!;
  const provider = "pick" in o ? s.providers[o.pick % s.providers.length] : undefined;
  switch (o.kind) {
    case "ask":
      await compare(s, at(o.minutes));
      return;
    case "wait":
      now = at(o.minutes);
      return;
    case "status": {
      const authorization = s.authorizations[o.pick % s.authorizations.length]!;
      await sql(`INSERT INTO "AuthorizationStatusChange" (id, "authorizationId", status, "effectiveAt", "recordedAt", reason, "byName") VALUES ($1, $2, $3::"AuthorizationStatus", $4, $5, 'property test', 'Test')`, [randomUUID(), authorization, o.status, new Date(now.getTime() + o.days * DAY), at(o.recordedAhead)]);
      return;
    }
    case "presence":
      await sql(`INSERT INTO "PresenceEvent" (id, "locationId", "providerId", kind, at) VALUES ($1, $2, $3, $4::"PresenceKind", $5)`, [randomUUID(), s.locationId, provider, o.checkIn ? "check_in" : "check_out", at(-o.minutesAgo)]);
      return;
    case "absence":
      await sql(
        `INSERT INTO "SupervisionException" (id, "lineageId", version, "locationId", kind, "providerId", "startsAt", "endsAt", reason, cancelled, "recordedAt") VALUES ($1, $2, 1, $3, 'absence', $4, $5, $6, 'property test', $7, $8)`,
        [randomUUID(), randomUUID(), s.locationId, provider, at(o.minutes), at(o.minutes + o.length), o.cancelled, now],
      );
      return;
    case "retire":
      await sql(`UPDATE "Task" SET "retiredAt" = $2 WHERE id = $1 AND "retiredAt" IS NULL`, [taskIds[o.pick % taskIds.length], at(o.minutes)]);
      return;
    case "employment": {
      const [latest] = await sql(`SELECT version, "effectiveFrom" FROM "Employment" WHERE "lineageId" = $1 ORDER BY version DESC LIMIT 1`, [s.employment.lineageId]);
      const { version, effectiveFrom } = latest as { version: number; effectiveFrom: Date };
      await sql(`INSERT INTO "Employment" (id, "lineageId", version, "supersedesVersion", "personId", "locationId", "effectiveFrom", "effectiveTo", reason, "recordedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, $8::date, 'property test', $9)`, [randomUUID(), s.employment.lineageId, version + 1, version, s.personId, s.locationId, effectiveFrom, day(o.days), now]);
      return;
    }
    case "rollback":
      await expect(
        prisma.$transaction(async (tx) => {
          await tx.presenceEvent.create({ data: { locationId: s.locationId, providerId: provider!, kind: "check_in", at: now } });
          throw new Error("rolled back");
        }),
      ).rejects.toThrow("rolled back");
  }
}

describe(`live facts: the loader's cache (${testEngine})`, () => {
  it("a repeated live question costs one small statement, and the answer is the fresh load's", async () => {
    const maria = subjects[0]!;
    expect(await compare(maria, now)).toBe(2);
    expect(await compare(maria, at(0))).toBe(1);
    // A moment a few minutes on is within the stored load's span; one past it is loaded afresh.
    now = at(3);
    expect(await compare(maria, now)).toBe(1);
    expect(await compare(maria, at(30))).toBe(2);
  });

  it("is not used once anything the statement reads has changed, or rolled back, or was recorded ahead of the load", async () => {
    const emily = subjects[2]!;
    await compare(emily, now);
    expect(await compare(emily, now)).toBe(1);
    await apply({ kind: "status", who: 2, pick: 0, status: "revoked", days: -1, recordedAhead: 0 });
    expect(await compare(emily, now)).toBe(2);
    expect(await compare(emily, now)).toBe(1);
    await apply({ kind: "rollback", who: 2, pick: 0 });
    expect(await compare(emily, now)).toBe(1);
    // A clock running ahead recorded this: until that time has come, nothing is stored.
    await apply({ kind: "status", who: 2, pick: 1, status: "suspended", days: 0, recordedAhead: 5 });
    expect(await compare(emily, now)).toBe(2);
    expect(await compare(emily, now)).toBe(2);
    now = at(6);
    expect(await compare(emily, now)).toBe(2);
    expect(await compare(emily, now)).toBe(1);
  });

  it("narrows check-ins, exceptions and the providers they name to a day either side of the moment, as the statement does", async () => {
    const sofia = subjects[1]!;
    const provider = sofia.providers[0]!;
    // Just inside a day back now; just outside it five minutes on, when the stored load still serves.
    const edge = at(-24 * 60 + 2);
    await sql(`INSERT INTO "PresenceEvent" (id, "locationId", "providerId", kind, at) VALUES ($1, $2, $3, 'check_in', $4)`, [randomUUID(), sofia.locationId, provider, edge]);
    await sql(
      `INSERT INTO "SupervisionException" (id, "lineageId", version, "locationId", kind, "providerId", "startsAt", "endsAt", reason, level, "recordedAt") VALUES ($1, $2, 1, $3, 'extra_session', $4, $5, $6, 'edge', 'on_premises', $7)`,
      [randomUUID(), randomUUID(), sofia.locationId, demo.person("Jordan").id, new Date(edge.getTime() - 60 * MINUTE), edge, now],
    );
    const before = await loadFacts(sofia.personId, sofia.locationId, now, now);
    expect(before!.presence.some((p) => p.at.getTime() === edge.getTime())).toBe(true);
    expect(before!.supervisors.map((p) => p.id)).toContain(demo.person("Jordan").id);
    await compare(sofia, now);
    now = at(5);
    expect(await compare(sofia, now)).toBe(1);
    const after = await loadFacts(sofia.personId, sofia.locationId, now, now);
    expect(after!.presence.some((p) => p.at.getTime() === edge.getTime())).toBe(false);
    expect(after!.exceptions.some((x) => x.reason === "edge")).toBe(false);
    expect(after!.supervisors.map((p) => p.id)).not.toContain(demo.person("Jordan").id);
  });

  it("whatever is recorded, in any order, live answers from stored loads are those of fresh loads", async () => {
    let served = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 4, maxLength: 12 }), async (ops) => {
        for (const o of ops) {
          await apply(o);
          for (const s of subjects) if ((await compare(s, now)) === 1) served++;
        }
      }),
      { numRuns: 12 },
    );
    // The property would hold trivially if nothing were ever served from the cache.
    expect(served).toBeGreaterThan(20);
  }, 120_000);

  it("every table the statement reads keeps the stamp, with the record time its rows are filtered by", async () => {
    const read = new Set([...FACTS_SQL.matchAll(/(?:FROM|JOIN) "(\w+)"/g)].map((m) => m[1]!));
    const triggers = await privilegedDriver().query<{ table: string; name: string; args: string }>(
      `SELECT c.relname AS "table", t.tgname AS name, encode(t.tgargs, 'escape') AS args FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'facts_%'`,
    );
    const kept = (name: string) => new Set(triggers.filter((t) => t.name === name).map((t) => t.table));
    expect(kept("facts_truncated")).toEqual(read);
    for (const table of read) {
      const names = triggers.filter((t) => t.table === table).map((t) => t.name).sort();
      expect([table, names]).toEqual([table, expect.arrayContaining(kept("facts_changed").has(table) ? ["facts_changed"] : ["facts_deleted", "facts_inserted", "facts_updated"])]);
    }
    const columns = await privilegedDriver().query<{ table: string; column: string }>(
      `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = current_schema() AND column_name IN ('recordedAt', 'grantedAt') OR (table_name = 'PresenceEvent' AND column_name = 'at')`,
    );
    const recordTime = (table: string) => (table === "Authorization" ? "grantedAt" : table === "PresenceEvent" ? "at" : columns.some((c) => c.table === table && c.column === "recordedAt") ? "recordedAt" : null);
    for (const table of read) {
      const tracked = triggers.find((t) => t.table === table && t.name === "facts_inserted")?.args.replace(/\\000$/, "") ?? null;
      expect([table, tracked]).toEqual([table, recordTime(table)]);
      if (recordTime(table)) expect(FACTS_SQL).toMatch(new RegExp(`"?${recordTime(table)}"? <= \\$3`));
    }
  });
});
