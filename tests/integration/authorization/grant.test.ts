import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { loadActor } from "@/lib/auth/data";
import { changeAuthorizationStatusAction, grantAuthorizationsAction } from "@/lib/authorization/actions";
import { createAuthorizations } from "@/lib/authorization/mutations";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makePerson, makeStateRule } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { countQueries, testEngine } from "@/tests/support/test-database";
import { englishOutcome } from "@/tests/support/words";
import { heldAuthorizations } from "@/lib/authorization/data";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Granting tasks and changing an authorization's status, through the server actions as a manager:
 * rows and audit events are written together, refusals and failures write nothing.
 */
type Clinic = { locationId: string; manager: Awaited<ReturnType<typeof signInNew>> };

async function clinic(state = "WA"): Promise<Clinic> {
  const location = await makeLocation({ state });
  const manager = await signInNew([{ role: "manager", locationId: location.id }], [location.id]);
  return { locationId: location.id, manager };
}

const medicalAssistant = (locationId: string) => makePerson({ locationIds: [locationId] });

function grantInput(locationId: string, personIds: string[], taskIds: string[], extra: Record<string, unknown> = {}) {
  return { locationId, personIds, taskIds, effectiveFrom: "2026-01-05", ...extra };
}

async function grantOne(locationId: string, personId: string, taskId = "taskvitals") {
  const state = await grantAuthorizationsAction(undefined, grantInput(locationId, [personId], [taskId]));
  expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
  return prisma.authorization.findFirstOrThrow({ where: { personId, taskId, locationId } });
}

describe(`granting authorizations (${testEngine})`, () => {
  let here: Clinic;
  beforeEach(async () => {
    here = await clinic();
  });

  it("a single grant writes the authorization, its first history entry and an audit event naming the manager", async () => {
    const ma = await medicalAssistant(here.locationId);
    const state = await grantAuthorizationsAction(undefined, grantInput(here.locationId, [ma.id], ["taskvitals"], { conditions: "Adults only" }));
    expect(state).toMatchObject({ status: "success", message: "Authorized 1 task." });

    const authorization = await prisma.authorization.findFirstOrThrow({ where: { personId: ma.id }, include: { history: true } });
    expect(authorization).toMatchObject({
      taskId: "taskvitals",
      locationId: here.locationId,
      status: "active",
      version: 1,
      conditions: "Adults only",
      grantedById: here.manager.user.id,
      grantedByName: `${here.manager.person.firstName} ${here.manager.person.lastName}`,
    });
    // A calendar date, stored as the date itself (the driver reads it as midnight UTC), whatever the server's zone.
    expect(authorization.effectiveFrom.toISOString()).toBe("2026-01-05T00:00:00.000Z");
    expect(authorization.history).toEqual([expect.objectContaining({ status: "active", byUserId: here.manager.user.id, reason: null })]);

    const events = await prisma.auditEvent.findMany({ where: { action: "authorization.grant", personId: ma.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: here.manager.user.id, actorLabel: here.manager.user.email, entityId: authorization.id, locationId: here.locationId });
    expect(events[0]!.after).toEqual([expect.objectContaining({ id: authorization.id, taskId: "taskvitals", conditions: "Adults only" })]);
  });

  it("a bulk grant to several MAs writes every pair and one audit event per person", async () => {
    const people = await Promise.all([1, 2, 3].map(() => medicalAssistant(here.locationId)));
    const ids = people.map((p) => p.id);
    const before = await rowCounts();
    const state = await grantAuthorizationsAction(undefined, grantInput(here.locationId, ids, ["taskvitals", "taskfrontdesk"]));
    expect(state).toMatchObject({ status: "success", message: "Authorized 6 tasks." });

    const after = await rowCounts();
    expect(after.authorizations - before.authorizations).toBe(6);
    expect(after.statusChanges - before.statusChanges).toBe(6);
    expect(after.changes - before.changes).toBe(3);
    const events = await prisma.auditEvent.findMany({ where: { action: "authorization.grant", personId: { in: ids } } });
    expect(events.map((e) => e.personId).sort()).toEqual([...ids].sort());
    for (const event of events) {
      expect(event.actorUserId).toBe(here.manager.user.id);
      expect((event.after as { taskId: string }[]).map((a) => a.taskId).sort()).toEqual(["taskfrontdesk", "taskvitals"]);
    }
  });

  it("skips pairs that are already active instead of duplicating them", async () => {
    const ma = await medicalAssistant(here.locationId);
    await grantOne(here.locationId, ma.id, "taskvitals");
    const state = await grantAuthorizationsAction(undefined, { ...grantInput(here.locationId, [ma.id], ["taskvitals", "taskfrontdesk"]), effectiveFrom: "2026-02-01" });
    expect(state).toMatchObject({ status: "success", message: "Authorized 1 task (1 already active, left as they were)." });
    expect(await prisma.authorization.count({ where: { personId: ma.id, taskId: "taskvitals" } })).toBe(1);

    const again = await grantAuthorizationsAction(undefined, grantInput(here.locationId, [ma.id], ["taskvitals"]));
    expect(again).toMatchObject({ status: "error", code: "REFUSED", message: expect.stringContaining("already authorized") });
  });

  it("two managers granting the same task at the same moment produce one authorization, and neither sees an internal error", async () => {
    const ma = await medicalAssistant(here.locationId);
    const before = await rowCounts();
    const input = grantInput(here.locationId, [ma.id], ["taskvitals"]);
    const results = await Promise.all([grantAuthorizationsAction(undefined, input), grantAuthorizationsAction(undefined, input)]);

    expect(await prisma.authorization.count({ where: { personId: ma.id } })).toBe(1);
    const after = await rowCounts();
    expect(after.statusChanges - before.statusChanges).toBe(1);
    expect(after.changes - before.changes).toBe(1);
    expect(results.filter((r) => r.status === "success")).toHaveLength(1);
    const loser = results.find((r) => r.status === "error");
    expect(loser, JSON.stringify(results)).toMatchObject({ status: "error", code: expect.stringMatching(/^(CONFLICT|REFUSED)$/) });
    expect(loser && "message" in loser ? loser.message : "").toMatch(/at the same moment|already authorized/);
  });

  it("the losing writer of a race gets a conflict from the unique constraint, and none of its rows are kept", async () => {
    // The race above may be serialized by the engine (PGlite has one connection); this forces the
    // interleaving: the plan was made before the other grant was saved.
    const [first, second] = [await medicalAssistant(here.locationId), await medicalAssistant(here.locationId)];
    const existing = await grantOne(here.locationId, first.id);
    const actor = (await loadActor(here.manager.user.id, here.manager.user.sessionVersion))!;
    const before = await rowCounts();
    const row = (personId: string) => ({ personId, taskId: "taskvitals", locationId: here.locationId, effectiveFrom: existing.effectiveFrom.toISOString().slice(0, 10), effectiveTo: null, conditions: null });
    const outcome = await createAuthorizations([row(second.id), row(first.id)], actor, { ...SYSTEM_CONTEXT, actorUserId: actor.userId, actorLabel: actor.email }, "America/Los_Angeles");
    expect(englishOutcome(outcome)).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("at the same moment. Nothing was saved") });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a task the state prohibits, citing the rule, and writes nothing", async () => {
    await makeStateRule({ state: "WA", taskId: "taskinjections", outcome: "prohibited", citation: "WAC 246-827-0240(3)" });
    const ma = await medicalAssistant(here.locationId);
    const before = await rowCounts();
    const state = await grantAuthorizationsAction(undefined, grantInput(here.locationId, [ma.id], ["taskinjections"]));
    expect(state).toMatchObject({ status: "error", code: "REFUSED", fieldErrors: { taskIds: "Remove the refused tasks and try again." } });
    expect(state.status === "error" && state.message).toMatch(/^Not saved: this task cannot be authorized\. .*Washington prohibits giving certain injections by medical assistants \(WAC 246-827-0240\(3\)\)\./);
    expect(await rowCounts()).toEqual(before);
  });

  it("a refinement of a prohibited task is refused by the parent's rule, and a bulk grant with one refused pair saves nothing at all", async () => {
    await makeStateRule({ state: "WA", taskId: "taskinjections", outcome: "prohibited", citation: "WAC 246-827-0240" });
    const people = [await medicalAssistant(here.locationId), await medicalAssistant(here.locationId)];
    const before = await rowCounts();
    const state = await grantAuthorizationsAction(undefined, grantInput(here.locationId, people.map((p) => p.id), ["taskvitals", "taskinjectionsintramuscular"]));
    expect(state).toMatchObject({ status: "error", code: "REFUSED" });
    expect(state.status === "error" && state.message).toMatch(/these tasks cannot be authorized.*WAC 246-827-0240/);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a task that belongs to the provider, and a person who is not an MA at the location", async () => {
    const ma = await medicalAssistant(here.locationId);
    const elsewhere = await medicalAssistant((await makeLocation()).id);
    const before = await rowCounts();
    const providerTask = await grantAuthorizationsAction(undefined, grantInput(here.locationId, [ma.id], ["taskinterpretresults"]));
    expect(providerTask).toMatchObject({ status: "error", code: "REFUSED" });
    expect(providerTask.status === "error" && providerTask.message).toMatch(/interpreting test results/i);

    const outsider = await grantAuthorizationsAction(undefined, grantInput(here.locationId, [elsewhere.id], ["taskvitals"]));
    expect(outsider).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { personIds: expect.stringContaining("who work at") } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses bad input with field messages and writes nothing", async () => {
    const ma = await medicalAssistant(here.locationId);
    const before = await rowCounts();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ effectiveFrom: "2026-02-30" }, "effectiveFrom", /not a real calendar date/],
      [{ lastDay: "2026-01-01" }, "lastDay", /cannot be before the start date/],
      [{ taskIds: [] }, "taskIds", /Choose at least one/],
      [{ conditions: "x".repeat(100_000) }, "conditions", /at most 1000 characters/],
      [{ conditions: "Adults\u0000only" }, "conditions", /characters that are not allowed/],
      [{ unexpected: "a\u0000b" }, "unexpected", /characters that are not allowed/],
    ];
    for (const [override, field, message] of cases) {
      const state = await grantAuthorizationsAction(undefined, { ...grantInput(here.locationId, [ma.id], ["taskvitals"]), ...override });
      expect(state, field).toMatchObject({ status: "error", code: "VALIDATION" });
      expect(state.status === "error" && state.fieldErrors?.[field], field).toMatch(message);
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("knows, in one statement, which tasks the chosen people already hold here: active, not ended, at this location only", async () => {
    const [maria, aisha] = [await medicalAssistant(here.locationId), await medicalAssistant(here.locationId)];
    await grantOne(here.locationId, maria.id, "taskvitals");
    const suspended = await grantOne(here.locationId, aisha.id, "taskvitals");
    await changeAuthorizationStatusAction(undefined, { authorizationId: suspended.id, version: "1", change: "suspend", reason: "Under review" });
    const ended = await grantAuthorizationsAction(undefined, grantInput(here.locationId, [aisha.id], ["taskfrontdesk"], { effectiveFrom: "2025-01-06", lastDay: "2025-12-31" }));
    expect(ended, JSON.stringify(ended)).toMatchObject({ status: "success" });
    const elsewhere = await clinic();

    const { result, queries } = await countQueries(() =>
      heldAuthorizations(
        [
          { id: here.locationId, today: "2026-03-01" },
          { id: elsewhere.locationId, today: "2026-03-01" },
        ],
        [maria.id, aisha.id],
      ),
    );
    expect(queries).toBe(1);
    expect(result).toEqual([{ personId: maria.id, taskId: "taskvitals", locationId: here.locationId }]);
  });
});

describe(`changing an authorization's status (${testEngine})`, () => {
  it("suspend, reinstate and revoke each append a history entry with the reason and an audit event; nothing is deleted", async () => {
    const here = await clinic();
    const ma = await medicalAssistant(here.locationId);
    const authorization = await grantOne(here.locationId, ma.id);
    const steps = [
      { change: "suspend", status: "suspended", reason: "Needle-stick incident under review" },
      { change: "reinstate", status: "active", reason: "Review closed, retrained" },
      { change: "revoke", status: "revoked", reason: "Left the venipuncture team" },
    ] as const;
    for (const [i, step] of steps.entries()) {
      const state = await changeAuthorizationStatusAction(undefined, { authorizationId: authorization.id, version: String(i + 1), change: step.change, reason: step.reason });
      expect(state, step.change).toMatchObject({ status: "success" });
      const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: `authorization.${step.change}`, entityId: authorization.id } });
      expect(event).toMatchObject({ actorUserId: here.manager.user.id, personId: ma.id, locationId: here.locationId, after: { status: step.status, reason: step.reason } });
    }

    const saved = await prisma.authorization.findUniqueOrThrow({ where: { id: authorization.id }, include: { history: { orderBy: { recordedAt: "asc" } } } });
    expect(saved).toMatchObject({ status: "revoked", version: 4 });
    expect(saved.history.map((h) => [h.status, h.reason])).toEqual([["active", null], ...steps.map((s) => [s.status, s.reason])]);
    expect(saved.history.slice(1).every((h) => h.byUserId === here.manager.user.id)).toBe(true);

    const before = await rowCounts();
    const again = await changeAuthorizationStatusAction(undefined, { authorizationId: authorization.id, version: "4", change: "reinstate", reason: "Changed my mind" });
    expect(again).toMatchObject({ status: "error", code: "REFUSED", message: expect.stringContaining("revoked authorization cannot change again") });
    expect(await rowCounts()).toEqual(before);
  });

  it("requires a reason, and refuses a 100,000-character one with a clear message", async () => {
    const here = await clinic();
    const authorization = await grantOne(here.locationId, (await medicalAssistant(here.locationId)).id);
    const before = await rowCounts();
    const blank = await changeAuthorizationStatusAction(undefined, { authorizationId: authorization.id, version: "1", change: "suspend", reason: "   " });
    expect(blank).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reason: "Reason is required." } });
    const huge = await changeAuthorizationStatusAction(undefined, { authorizationId: authorization.id, version: "1", change: "suspend", reason: "why ".repeat(25_000) });
    expect(huge).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { reason: "Reason must be at most 1000 characters." } });
    expect(await rowCounts()).toEqual(before);
    expect((await prisma.authorization.findUniqueOrThrow({ where: { id: authorization.id } })).status).toBe("active");
  });

  it("a change based on an old version is refused as stale, naming who changed it and when, keeping the input, writing nothing", async () => {
    const here = await clinic();
    const authorization = await grantOne(here.locationId, (await medicalAssistant(here.locationId)).id);
    const colleague = await signInNew([{ role: "manager", locationId: here.locationId }], [here.locationId]);
    expect(await changeAuthorizationStatusAction(undefined, { authorizationId: authorization.id, version: "1", change: "suspend", reason: "Colleague's suspension" })).toMatchObject({ status: "success" });

    await signInAs(here.manager.user);
    const before = await rowCounts();
    const stale = await changeAuthorizationStatusAction(undefined, { authorizationId: authorization.id, version: "1", change: "revoke", reason: "My revocation" });
    expect(stale).toMatchObject({ status: "error", code: "STALE", values: { authorizationId: authorization.id, version: "1", change: "revoke", reason: "My revocation" } });
    expect(stale.status === "error" && stale.message).toMatch(new RegExp(`changed by ${colleague.user.email.replace(/\./g, "\\.")} at \\d{2}:\\d{2} P[SD]T while you were editing`));
    expect(await rowCounts()).toEqual(before);
    expect(await prisma.authorization.findUniqueOrThrow({ where: { id: authorization.id } })).toMatchObject({ status: "suspended", version: 2 });
  });
});
