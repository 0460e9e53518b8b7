import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadFacts } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { answerAllTasks } from "@/lib/clearance/check";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { seedDemo } from "@/tests/support/demo";
import { countQueries, privilegedDriver, testDriver, testEngine } from "@/tests/support/test-database";

// Seeded as of this instant; questions are asked on the following Tuesday at 10:40 Pacific time.
const SEEDED = new Date("2026-11-20T17:00:00Z");
const TUESDAY = new Date("2026-11-24T18:40:00Z");
const SATURDAY_NIGHT = new Date("2026-11-29T06:00:00Z");

let demo: Awaited<ReturnType<typeof seedDemo>>;
beforeAll(async () => {
  demo = await seedDemo(SEEDED);
});

async function answer(firstName: string, location: string, taskCode: string, moment: Date) {
  const personId = demo.person(firstName).id;
  const locationId = demo.location(location);
  const facts = await loadFacts(personId, locationId, moment, moment);
  const task = facts!.tasks.find((t) => t.code === taskCode)!;
  return decide(facts!, { personId, taskId: task.id, locationId, moment });
}

describe(`clearance loader on the demo data (${testEngine})`, () => {
  it("loads everything the engine needs, so the demo shows all three answers", async () => {
    expect((await answer("Maria", "Oakland", "venipuncture", TUESDAY)).answer).toBe("cleared");
    expect((await answer("Maria", "Oakland", "relay_instructions", TUESDAY)).answer).toBe("check_first");
    expect((await answer("Maria", "Oakland", "venipuncture", SATURDAY_NIGHT)).answer).toBe("not_cleared");
    expect((await answer("Aisha", "Oakland", "venipuncture", TUESDAY)).reason).toMatch(/competency expired on/);
    expect((await answer("Kevin", "Oakland", "venipuncture", TUESDAY)).reason).toBe("Missing: 10 hours of documented training (on file: 6).");
    expect((await answer("Marcus", "Tacoma", "venipuncture", TUESDAY)).reason).toMatch(/was suspended on 1\d November 2026 by Ben Carter: Two hemolyzed samples/);
    expect((await answer("Hannah", "Tacoma", "venipuncture", TUESDAY)).reason).toBe("Washington prohibits drawing blood (venipuncture) by MA-R (registered) medical assistants (RCW 18.360.050(4)).");
    expect((await answer("Emily", "Tacoma", "procedure_assist", TUESDAY)).answer).toBe("check_first");
    expect((await answer("Emily", "Tacoma", "injections.intramuscular", TUESDAY)).answer).toBe("cleared");
  });

  it("at Seattle, which requires check-ins from the day the demo was seeded, Sofia is cleared only once Dr. Okafor has checked in", async () => {
    expect((await answer("Sofia", "Seattle", "venipuncture", new Date("2026-11-17T18:40:00Z"))).answer).toBe("cleared");
    expect(await answer("Sofia", "Seattle", "venipuncture", TUESDAY)).toMatchObject({ answer: "not_cleared", factors: [{}, {}, {}, { code: "not_checked_in" }] });
    await demo.checkIn("Amara", "Seattle", new Date("2026-11-24T15:05:00Z"));
    expect((await answer("Sofia", "Seattle", "venipuncture", TUESDAY)).answer).toBe("cleared");
    expect((await answer("Sofia", "Seattle", "venipuncture", new Date("2026-11-24T15:00:00Z"))).factors[3]).toMatchObject({ code: "not_checked_in" });
  });

  it("uses a location's own stricter policy: IM injections in Oakland need the supervisor in the room", async () => {
    const monday = new Date("2026-11-23T18:40:00Z");
    expect((await answer("Maria", "Oakland", "injections.intramuscular", monday)).reason).toMatch(/requires direct visual supervision/);
    expect((await answer("Maria", "Oakland", "injections.intramuscular", TUESDAY)).answer).toBe("cleared");
  });

  it("reconstructs a past moment from what was on record then", async () => {
    // Emily was authorized on 2021-01-04 and first validated on 2021-03-15.
    const before = await answer("Emily", "Tacoma", "venipuncture", new Date("2021-02-01T18:00:00Z"));
    expect(before.answer).toBe("not_cleared");
    expect(before.reason).toBe("Missing: a documented competency validation for drawing blood (venipuncture).");
    expect((await answer("Emily", "Tacoma", "venipuncture", new Date("2021-04-06T17:00:00Z"))).answer).toBe("cleared");
  });

  it("as known at a moment, ignores records entered later, even backdated ones; as known now, counts them", async () => {
    const moment = new Date("2021-02-01T18:00:00Z");
    const emily = demo.person("Emily").id;
    const venipuncture = (await prisma.task.findUniqueOrThrow({ where: { code: "venipuncture" } })).id;
    await prisma.trainingRecord.create({
      data: { lineageId: "backdatedrecord01", version: 1, personId: emily, kind: "competency", title: "Backdated competency", completedOn: new Date("2021-01-20"), recordedAt: new Date("2026-11-20T18:00:00Z"), tasks: { create: [{ taskId: venipuncture }] } },
    });
    expect((await answer("Emily", "Tacoma", "venipuncture", moment)).answer).toBe("not_cleared");
    const then = await loadFacts(emily, demo.location("Tacoma"), moment, moment);
    expect(then!.records.map((r) => r.title)).not.toContain("Backdated competency");
    const now = await loadFacts(emily, demo.location("Tacoma"), moment, new Date("2026-11-27T00:00:00Z"));
    expect(now!.records.map((r) => r.title)).toContain("Backdated competency");
  });

  it("costs one query for one person at one location, whatever the number of tasks and records", async () => {
    const maria = demo.person("Maria").id;
    const oakland = demo.location("Oakland");
    const { queries } = await countQueries(() => loadFacts(maria, oakland, TUESDAY, TUESDAY));
    const kevin = demo.person("Kevin").id;
    const { queries: again } = await countQueries(() => loadFacts(kevin, oakland, TUESDAY, TUESDAY));
    expect(queries).toBe(again);
    expect(queries).toBe(1);
    // Live answers: the stamp of what changed, the facts, the log; asked again, the facts just loaded serve.
    const { queries: overview } = await countQueries(() => answerAllTasks(maria, [oakland], TUESDAY, SYSTEM_CONTEXT, "overview"));
    expect(overview).toBe(queries + 2);
    const { queries: repeated } = await countQueries(() => answerAllTasks(maria, [oakland], TUESDAY, SYSTEM_CONTEXT, "overview"));
    expect(repeated).toBe(2);
  });

  it("logs every answer it shows, append-only", async () => {
    const before = await prisma.decisionLog.count();
    const [result] = await answerAllTasks(demo.person("Maria").id, [demo.location("Oakland")], TUESDAY, { ...SYSTEM_CONTEXT, actorLabel: "maria@cleared.example" }, "overview");
    expect(await prisma.decisionLog.count()).toBe(before + result!.answers.length);
    const logged = await prisma.decisionLog.findFirstOrThrow({ where: { taskId: "taskvenipuncture" }, orderBy: { seq: "desc" } });
    expect(logged).toMatchObject({ answer: "cleared", askedByLabel: "maria@cleared.example", source: "overview", moment: TUESDAY });
    expect(((await prisma.decisionBreakdown.findUniqueOrThrow({ where: { hash: logged.breakdownHash } })).breakdown as { factors: unknown[] }).factors).toHaveLength(4);
    await expect(privilegedDriver().exec(`UPDATE "DecisionLog" SET answer = 'not_cleared'`)).rejects.toThrow(/append-only/);
    await expect(privilegedDriver().exec(`DELETE FROM "DecisionLog"`)).rejects.toThrow(/append-only/);
  });

  it("never lets a rule version, a record or an authorization be changed or removed in place", async () => {
    const db = testDriver();
    await expect(db.exec(`UPDATE "StateRule" SET outcome = 'allowed'`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM "TrainingRecord"`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM "Authorization"`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`UPDATE "AuthorizationStatusChange" SET reason = 'edited'`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`UPDATE "SupervisionException" SET cancelled = true`)).rejects.toThrow(/append-only/);
    await expect(db.exec(`DELETE FROM "PresenceEvent"`)).rejects.toThrow(/append-only/);
  });

  it("refuses a supervision exception that ends before it starts, or a closure that names a provider", async () => {
    const [row] = await testDriver().query<{ locationId: string; providerId: string }>(`SELECT "locationId", "providerId" FROM "SupervisionException" WHERE "providerId" IS NOT NULL LIMIT 1`);
    const insert = (kind: string, providerId: string | null, startsAt: string, endsAt: string) =>
      testDriver().exec(
        `INSERT INTO "SupervisionException" (id, "lineageId", version, kind, "locationId", "providerId", "startsAt", "endsAt", "allDay", reason, cancelled, "recordedById", "recordedAt")
         VALUES (gen_random_uuid()::text, gen_random_uuid()::text, 1, '${kind}', '${row!.locationId}', ${providerId === null ? "NULL" : `'${providerId}'`}, '${startsAt}', '${endsAt}', false, 'test', false, NULL, now())`,
      );
    await expect(insert("absence", row!.providerId, "2026-03-10T12:00:00Z", "2026-03-10T11:00:00Z")).rejects.toThrow(/must end after it starts/);
    await expect(insert("closure", row!.providerId, "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z")).rejects.toThrow(/a closure names no provider/);
    await expect(insert("absence", null, "2026-03-10T10:00:00Z", "2026-03-10T11:00:00Z")).rejects.toThrow(/a closure names no provider/);
  });
});
