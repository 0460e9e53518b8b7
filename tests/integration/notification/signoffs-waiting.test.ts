import { describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/data";
import { newId } from "@/lib/db/ids";
import { signOffsWaitingFor } from "@/lib/notification/data";
import { validateCompetencyAction } from "@/lib/record/actions";
import { plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { makeLocation, makePerson, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { countQueries, testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const today = () => wallClock(new Date(), "America/Los_Angeles").date;

/** A competency recorded by a manager without a validator's sign-off. */
function unsigned(personId: string, taskIds: string[], title: string, daysAgo = 3) {
  return prisma.trainingRecord.create({
    data: { lineageId: newId(), version: 1, personId, kind: "competency", title, completedOn: new Date(`${plusDays(today(), -daysAgo)}T00:00:00Z`), recordedAt: new Date(Date.now() - 60_000), tasks: { create: taskIds.map((taskId) => ({ taskId })) } },
  });
}

const actorOf = async (user: { id: string; sessionVersion: number }) => (await loadActor(user.id, user.sessionVersion))!;

describe(`sign-offs waiting on a validator's home page (${testEngine})`, () => {
  it("lists the unsigned competencies a validator may sign off at their locations, and drops one once signed", async () => {
    const here = await makeLocation({ name: "Oakland Clinic" });
    const there = await makeLocation({ name: "Tacoma Clinic" });
    const rosa = await makePerson({ firstName: "Rosa", lastName: "Martinez", locationIds: [here.id] });
    const kevin = await makePerson({ firstName: "Kevin", lastName: "Tran", locationIds: [here.id] });
    const former = await makePerson({ firstName: "Gone", lastName: "Before", locationIds: [here.id], employedFrom: "2020-01-01", employedUntil: "2021-01-01" });
    const emily = await makePerson({ firstName: "Emily", lastName: "Nguyen", locationIds: [there.id] });
    const shah = await makeUser({ person: await makePerson({ firstName: "Priya", lastName: "Shah", providerType: "MD", locationIds: [here.id] }), grants: [{ role: "validator", locationId: here.id }] });
    const vitalsOnly = await makeUser({ person: await makePerson({ providerType: "NP", locationIds: [here.id] }), grants: [{ role: "validator", locationId: here.id, taskId: "taskvitals" }] });
    const rosaRecord = await unsigned(rosa.id, ["taskvitals", "taskhistory"], "Clinical skills check-off", 10);
    await unsigned(kevin.id, ["taskvenipuncture"], "Venipuncture competency", 2);
    await unsigned(former.id, ["taskvitals"], "Old check-off");
    await unsigned(emily.id, ["taskvitals"], "Vitals check-off");

    const { result, queries } = await countQueries(async () => signOffsWaitingFor(await actorOf(shah.user)));
    expect(result).toEqual([
      { lineageId: rosaRecord.lineageId, personId: rosa.id, person: "Rosa Martinez", locationId: here.id, location: "Oakland Clinic", title: "Clinical skills check-off", recordedOn: plusDays(today(), -10), taskIds: expect.arrayContaining(["taskhistory", "taskvitals"]) },
      expect.objectContaining({ person: "Kevin Tran", title: "Venipuncture competency" }),
    ]);
    expect(queries, "a fixed number of queries, whatever the number of people").toBeLessThanOrEqual(7);
    expect((await signOffsWaitingFor(await actorOf(vitalsOnly.user))).map((w) => w.person)).toEqual(["Rosa Martinez"]);

    await signInAs(shah.user);
    const state = await validateCompetencyAction(undefined, { personId: rosa.id, locationId: here.id, taskIds: ["taskvitals", "taskhistory"], method: "direct_observation", observedOn: today(), attest: "on" });
    expect(state).toMatchObject({ status: "success" });
    expect((await signOffsWaitingFor(await actorOf(shah.user))).map((w) => w.person)).toEqual(["Kevin Tran"]);
  });

  it("never lists a validator's own record, nor anything for someone who validates nowhere", async () => {
    const here = await makeLocation();
    const validator = await makeUser({ grants: [{ role: "validator", locationId: here.id }, { role: "medical_assistant" }], locationIds: [here.id] });
    await prisma.person.update({ where: { id: validator.person.id }, data: { isMedicalAssistant: true } });
    await unsigned(validator.person.id, ["taskvitals"], "My own check-off");
    expect(await signOffsWaitingFor(await actorOf(validator.user))).toEqual([]);
    const manager = await makeUser({ grants: [{ role: "manager", locationId: here.id }], locationIds: [here.id] });
    expect(await signOffsWaitingFor(await actorOf(manager.user))).toEqual([]);
  });
});
