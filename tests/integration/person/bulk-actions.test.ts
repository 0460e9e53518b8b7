import { beforeAll, describe, expect, it, vi } from "vitest";
import { grantAuthorizationsAction } from "@/lib/authorization/actions";
import { prisma } from "@/lib/db/client";
import { requestSignOffAction } from "@/lib/notification/actions";
import { seedDemo } from "@/tests/support/demo";
import { rowCounts } from "@/tests/support/counts";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * The People list's bulk actions, as its panels call them, signed in as Oakland's manager: a grant
 * to the selected people is one transaction with an audit event per person, and a selection or a
 * location that was tampered with, or a pair the state or the employer refuses, writes nothing.
 */
let demo: Awaited<ReturnType<typeof seedDemo>>;
const grant = (personIds: string[], taskIds: string[], locationId = demo.location("Oakland")) => grantAuthorizationsAction(undefined, { locationId, personIds, taskIds, effectiveFrom: "2026-11-20" });
const notices = () => prisma.notice.count();

beforeAll(async () => {
  demo = await seedDemo(new Date("2026-11-20T17:00:00Z"));
  await signInAs(demo.person("Olivia").user);
});

describe(`bulk actions on the People list (${testEngine})`, () => {
  it("a selection that includes someone from another location, or a location the manager does not manage, writes nothing", async () => {
    const before = await rowCounts();
    const mixed = await grant([demo.person("Kevin").id, demo.person("Emily").id], ["taskprocedureassist"]);
    expect(mixed).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { personIds: expect.stringContaining("who work at Oakland Clinic") } });
    const elsewhere = await grant([demo.person("Emily").id], ["taskprocedureassist"], demo.location("Tacoma"));
    expect(elsewhere).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const provider = await grant([demo.person("Priya").id], ["taskprocedureassist"]);
    expect(provider).toMatchObject({ status: "error", code: "VALIDATION" });
    expect(await rowCounts()).toEqual(before);
  });

  it("one refused pair refuses the whole selection, naming the person and the task", async () => {
    const before = await rowCounts();
    const state = await grant([demo.person("Kevin").id, demo.person("Aisha").id], ["taskprocedureassist", "taskinterpretresults"]);
    expect(state).toMatchObject({ status: "error", code: "REFUSED" });
    expect(state.status === "error" && state.message).toMatch(/Kevin Tran, Interpreting test results/);
    expect(state.status === "error" && state.message).toMatch(/Aisha Johnson, Interpreting test results/);
    expect(await rowCounts()).toEqual(before);
  });

  it("grants to every selected person in one step, with an audit event for each", async () => {
    const people = [demo.person("Kevin").id, demo.person("Aisha").id];
    const events = await prisma.auditEvent.count({ where: { action: "authorization.grant" } });
    const state = await grant(people, ["taskprocedureassist"]);
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success", data: { granted: 2 } });
    expect(await prisma.authorization.count({ where: { personId: { in: people }, taskId: "taskprocedureassist", locationId: demo.location("Oakland") } })).toBe(2);
    expect(await prisma.auditEvent.count({ where: { action: "authorization.grant" } })).toBe(events + 2);
  });

  it("sign-off requests go to the location's validators for each selected person; another location's person or a provider changes nothing", async () => {
    const oakland = demo.location("Oakland");
    const sent = await requestSignOffAction(undefined, { personId: demo.person("Kevin").id, locationId: oakland, taskId: "taskvenipuncture" });
    expect(sent).toMatchObject({ status: "success", message: expect.stringContaining("Shah") });
    const before = { rows: await rowCounts(), notices: await notices() };
    const outsider = await requestSignOffAction(undefined, { personId: demo.person("Emily").id, locationId: oakland, taskId: "taskvenipuncture" });
    expect(outsider).toMatchObject({ status: "error", code: "NOT_FOUND" });
    const provider = await requestSignOffAction(undefined, { personId: demo.person("Priya").id, locationId: oakland, taskId: "taskvenipuncture" });
    expect(provider).toMatchObject({ status: "error", code: "REFUSED" });
    const bad = await requestSignOffAction(undefined, { personId: demo.person("Kevin").id, locationId: oakland, taskId: "not an id" });
    expect(bad).toMatchObject({ status: "error", code: "VALIDATION" });
    expect({ rows: await rowCounts(), notices: await notices() }).toEqual(before);
  });
});
