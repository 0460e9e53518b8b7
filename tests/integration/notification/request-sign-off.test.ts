import { beforeAll, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { requestSignOffAction } from "@/lib/notification/actions";
import { savePreferences } from "@/lib/notification/mutations";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { wallClock } from "@/lib/time/zoned";
import { signInNew } from "@/tests/support/actors";
import { makeLocation, makePerson, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Oakland has an MA, two validators (Dr. Shah for every task, Jordan Ellis for vital signs only)
 * and its manager; Tacoma has its own validator and manager; Fresno has no validator at all.
 */
const VENIPUNCTURE = "taskvenipuncture";
let oakland: { id: string; name: string };
let tacoma: { id: string };
let fresno: { id: string; name: string };
let ma: { id: string };
let shah: Awaited<ReturnType<typeof makeUser>>;
let ellis: Awaited<ReturnType<typeof makeUser>>;
let lee: Awaited<ReturnType<typeof makeUser>>;
let managerOakland: Awaited<ReturnType<typeof makeUser>>;
let managerTacoma: Awaited<ReturnType<typeof makeUser>>;

const changes = () => prisma.auditEvent.count({ where: { action: { not: "access.denied" } } });
const request = (personId: string, locationId: string, taskId = VENIPUNCTURE) => requestSignOffAction(undefined, { personId, locationId, taskId });

beforeAll(async () => {
  oakland = await makeLocation({ name: "Oakland Clinic" });
  tacoma = await makeLocation({ name: "Tacoma Clinic" });
  fresno = await makeLocation({ name: "Fresno Clinic" });
  ma = await makePerson({ firstName: "Rosa", lastName: "Martinez", locationIds: [oakland.id, fresno.id] });
  shah = await makeUser({ person: await makePerson({ firstName: "Priya", lastName: "Shah", providerType: "MD", locationIds: [oakland.id] }), grants: [{ role: "validator", locationId: oakland.id }] });
  ellis = await makeUser({ person: await makePerson({ firstName: "Jordan", lastName: "Ellis", providerType: "NP", locationIds: [oakland.id] }), grants: [{ role: "validator", locationId: oakland.id, taskId: "taskvitals" }] });
  lee = await makeUser({ person: await makePerson({ firstName: "Daniel", lastName: "Lee", providerType: "MD", locationIds: [tacoma.id] }), grants: [{ role: "validator", locationId: tacoma.id }] });
  managerOakland = await makeUser({ grants: [{ role: "manager", locationId: oakland.id }, { role: "manager", locationId: fresno.id }], locationIds: [oakland.id] });
  managerTacoma = await makeUser({ grants: [{ role: "manager", locationId: tacoma.id }], locationIds: [tacoma.id] });
  await savePreferences(shah.user.id, new Map([["signoff_waiting", "weekly"]]), SYSTEM_CONTEXT);
});

describe(`requesting a sign-off from a dashboard gap (${testEngine})`, () => {
  it("tells the validators who may sign off the task there, once a day, with the audit event", async () => {
    await signInAs(managerOakland.user);
    expect(await request(ma.id, oakland.id)).toEqual({ status: "success", message: "Sent to Dr. Shah (MD).", data: undefined });
    const today = wallClock(new Date(), "America/Los_Angeles").date;
    const notices = await prisma.notice.findMany({ where: { kind: "signoff_waiting", personId: ma.id } });
    expect(notices).toEqual([
      expect.objectContaining({
        userId: shah.user.id,
        itemId: `${ma.id}:${VENIPUNCTURE}`,
        threshold: `requested-${today}`,
        cadence: "weekly",
        locationId: oakland.id,
        title: "Rosa Martinez's Drawing blood (venipuncture) competency is waiting for your sign-off",
        link: `/people/${ma.id}/validate?location=${oakland.id}&tasks=${VENIPUNCTURE}`,
      }),
    ]);
    expect(notices[0]!.detail).toMatch(/asked on \d{4}-\d{2}-\d{2}: observe Drawing blood \(venipuncture\) at Oakland Clinic and sign it off\./);
    expect(await prisma.auditEvent.findFirstOrThrow({ where: { action: "notification.request", entityId: ma.id } })).toMatchObject({ actorUserId: managerOakland.user.id, locationId: oakland.id, after: { taskId: VENIPUNCTURE, to: [shah.user.id] } });

    const before = await changes();
    expect(await request(ma.id, oakland.id)).toMatchObject({ status: "error", code: "CONFLICT", message: "Already requested today from Dr. Shah (MD). Ask again tomorrow if it is still waiting." });
    expect(await changes()).toBe(before);
  });

  it("reaches every validator whose grant covers the task", async () => {
    await signInAs(managerOakland.user);
    expect(await request(ma.id, oakland.id, "taskvitals")).toMatchObject({ status: "success", message: "Sent to Dr. Shah (MD) and Jordan Ellis (NP)." });
    const told = await prisma.notice.findMany({ where: { itemId: `${ma.id}:taskvitals` }, select: { userId: true, cadence: true } });
    expect(told.map((t) => t.userId).sort()).toEqual([ellis.user.id, shah.user.id].sort());
    expect(told.find((t) => t.userId === ellis.user.id)?.cadence).toBe("daily");
    expect(await prisma.notice.count({ where: { userId: lee.user.id } })).toBe(0);
  });

  it("says who to make a validator when nobody may sign off the task there", async () => {
    await signInAs(managerOakland.user);
    const before = await changes();
    expect(await request(ma.id, fresno.id)).toMatchObject({ status: "error", code: "REFUSED", message: "No validator at Fresno Clinic may sign off Drawing blood (venipuncture): give someone a validator role first." });
    expect(await changes()).toBe(before);
  });

  it("refuses a manager at another location, even naming their own", async () => {
    await signInAs(managerTacoma.user);
    const [before, notices] = [await changes(), await prisma.notice.count()];
    expect(await request(ma.id, oakland.id, "taskspecimens")).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect(await request(ma.id, tacoma.id, "taskspecimens")).toMatchObject({ status: "error", code: "NOT_FOUND" });
    expect([await changes(), await prisma.notice.count()]).toEqual([before, notices]);
  });

  it("refuses a validator or the MA herself", async () => {
    await signInAs(shah.user);
    expect(await request(ma.id, oakland.id, "taskspecimens")).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const own = await signInNew([{ role: "medical_assistant" }], [oakland.id]);
    expect(await request(own.person.id, oakland.id, "taskspecimens")).toMatchObject({ status: "error", code: "NOT_FOUND" });
  });
});
