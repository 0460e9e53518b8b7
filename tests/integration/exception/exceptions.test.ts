import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveArrangementAction } from "@/lib/arrangement/actions";
import { loadFacts } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { saveExceptionAction, saveOwnAbsenceAction } from "@/lib/exception/actions";
import { intervalOf } from "@/lib/exception/interval";
import { saveLocationAction } from "@/lib/location/actions";
import { savePolicyAction } from "@/lib/policy/actions";
import { recordPresenceAction } from "@/lib/presence/actions";
import { saveRuleAction } from "@/lib/rule/actions";
import { plusDays } from "@/lib/time/calendar";
import { instantFromWallClock, wallClock } from "@/lib/time/zoned";
import { exceptionWhatIf } from "@/lib/what-if/data";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makePerson, makeUser } from "@/tests/support/factories";
import { signInAs } from "@/tests/support/session";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Exceptions to the weekly plan and check-ins, through the actions managers and providers use and
 * the loader every answer reads. The plan: Dr. Lee on site every day 00:00–24:00, so that "now" is
 * always inside it; the MA is cleared for vital signs until something says the supervisor is not there.
 */
const ZONE = "America/Los_Angeles";
const TASK = "taskvitals";
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const STATES = ["WA", "OR", "ID", "NV", "UT", "MT", "WY", "CO", "NM", "AZ", "TX", "KS", "NE", "SD", "ND", "MN", "IA", "MO", "AR", "LA", "OK", "WI"];
let locationId: string;
let ma: { id: string };
let lee: { id: string };
let manager: Awaited<ReturnType<typeof signInNew>>;
const nextWeek = plusDays(wallClock(new Date(), ZONE).date, 7);
const at = (date: string, time: string) => instantFromWallClock(date, time, ZONE);

async function answer(moment: Date, knownAt: Date = new Date()) {
  const facts = (await loadFacts(ma.id, locationId, moment, knownAt))!;
  return decide(facts, { personId: ma.id, taskId: TASK, locationId, moment });
}
const ok = (state: unknown) => expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });

beforeEach(async () => {
  const state = STATES.shift()!;
  locationId = (await makeLocation({ state })).id;
  ma = await makePerson({ locationIds: [locationId], credentialTier: "ma_c" });
  lee = await makePerson({ providerType: "MD", locationIds: [locationId], firstName: "Daniel", lastName: "Lee" });
  await signInNew([{ role: "admin" }], [locationId]);
  ok(await saveRuleAction(undefined, form({ state, taskId: TASK, outcome: "conditional", supervisionLevel: "on_premises", supervisorTypes: ["MD", "NP"], citation: "Rule 1", sourceUrl: "https://example.org/rule", effectiveFrom: "2020-01-01", lastVerifiedOn: wallClock(new Date(), ZONE).date })));
  ok(await savePolicyAction(undefined, form({ taskId: TASK, locationId, maMayPerform: "on", effectiveFrom: "2020-01-01" })));
  await prisma.authorization.create({ data: { personId: ma.id, taskId: TASK, locationId, effectiveFrom: new Date("2024-01-01"), grantedById: "seed", grantedByName: "Alex Morgan", grantedAt: new Date("2024-01-01T16:00:00Z"), history: { create: { status: "active", effectiveAt: new Date("2024-01-01T08:00:00Z"), recordedAt: new Date("2024-01-01T16:00:00Z"), byName: "Alex Morgan" } } } });
  manager = await signInNew([{ role: "manager", locationId }], [locationId]);
  ok(await saveArrangementAction(undefined, form({ locationId, supervisorId: lee.id, level: "on_premises", superviseeMode: "all", taskMode: "all_clinical", effectiveFrom: "2024-01-01", windowDay: ["0", "1", "2", "3", "4", "5", "6"], windowStart: Array(7).fill("00:00"), windowEnd: Array(7).fill("00:00") })));
});

const absence = (fields: Record<string, string> = {}) => form({ locationId, kind: "absence", providerId: lee.id, span: "days", fromDate: nextWeek, reason: "vacation", ...fields });

describe(`exceptions to the plan (${testEngine})`, () => {
  it("an absence is saved with its audit event; answers for its days change, answers as known before it was entered do not", async () => {
    const moment = at(nextWeek, "10:00");
    expect((await answer(moment)).answer).toBe("cleared");
    const before = new Date();
    const state = await saveExceptionAction(undefined, absence({ toDate: plusDays(nextWeek, 2) }));
    ok(state);
    const { lineageId } = (state as { data: { lineageId: string } }).data;
    const saved = await prisma.supervisionException.findFirstOrThrow({ where: { lineageId } });
    expect(saved).toMatchObject({ kind: "absence", providerId: lee.id, allDay: true, startsAt: at(nextWeek, "00:00"), endsAt: at(plusDays(nextWeek, 3), "00:00"), reason: "vacation", recordedById: manager.user.id });
    expect(await prisma.auditEvent.findFirst({ where: { action: "exception.create", entityId: lineageId } })).toMatchObject({ actorUserId: manager.user.id, locationId });
    expect(await answer(moment)).toMatchObject({ answer: "not_cleared", factors: [{}, {}, {}, { code: "supervisor_absent", params: { reason: "vacation", until: { lastDay: plusDays(nextWeek, 2) } } }] });
    expect((await answer(moment, before)).answer).toBe("cleared");
    expect((await answer(at(plusDays(nextWeek, 3), "10:00"))).answer).toBe("cleared");
  });

  it("a correction moves it and a cancellation withdraws it, each a new version with its own audit event", async () => {
    const { lineageId } = ((await saveExceptionAction(undefined, absence())) as { data: { lineageId: string } }).data;
    ok(await saveExceptionAction(undefined, absence({ lineageId, version: "1", fromDate: plusDays(nextWeek, 1) })));
    expect((await answer(at(nextWeek, "10:00"))).answer).toBe("cleared");
    expect((await answer(at(plusDays(nextWeek, 1), "10:00"))).answer).toBe("not_cleared");
    expect(await saveExceptionAction(undefined, absence({ lineageId, version: "1", fromDate: nextWeek }))).toMatchObject({ status: "error", code: "STALE" });
    ok(await saveExceptionAction(undefined, absence({ lineageId, version: "2", cancel: "on" })));
    expect((await answer(at(plusDays(nextWeek, 1), "10:00"))).answer).toBe("cleared");
    const versions = await prisma.supervisionException.findMany({ where: { lineageId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.supersedesVersion, v.cancelled])).toEqual([[1, null, false], [2, 1, false], [3, 2, true]]);
    expect(await prisma.auditEvent.count({ where: { entityId: lineageId, action: { in: ["exception.create", "exception.correct", "exception.cancel"] } } })).toBe(3);
  });

  it("an extra session outside the plan covers its hours", async () => {
    const np = await makePerson({ providerType: "NP", locationIds: [locationId] });
    ok(await saveExceptionAction(undefined, form({ locationId, kind: "extra_session", providerId: np.id, span: "hours", fromDate: nextWeek, startTime: "09:00", endTime: "13:00", level: "on_premises", reason: "Saturday clinic" })));
    const extra = await prisma.supervisionException.findFirstOrThrow({ where: { locationId, kind: "extra_session" } });
    expect(extra).toMatchObject({ level: "on_premises", allDay: false, startsAt: at(nextWeek, "09:00"), endsAt: at(nextWeek, "13:00") });
  });

  it("a manager who reads Spanish is told what is missing, and what was saved, in Spanish", async () => {
    await prisma.user.update({ where: { id: manager.user.id }, data: { locale: "es" } });
    const missing = await saveExceptionAction(undefined, absence({ providerId: "", span: "hours", startTime: "9am" }));
    expect(missing).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { providerId: "Elija el proveedor.", startTime: "Hora de inicio debe ser una hora como 08:00 (reloj de 24 horas).", endTime: "Ingrese la hora de fin." } });
    const saved = await saveExceptionAction(undefined, absence());
    expect(saved.status === "success" && saved.message).toMatch(/^Ausencia guardada: /);
  });

  describe("bad input is refused with a message naming the problem, and nothing is saved", () => {
    const cases: [string, () => Record<string, string>, RegExp, string?][] = [
      ["an absence that ends before it starts", () => ({ span: "hours", startTime: "14:00", endTime: "09:00" }), /ends \(.* 09:00\) before it starts \(.* 14:00\)/, "endTime"],
      ["a last day before the first", () => ({ toDate: plusDays(nextWeek, -2) }), /The last day .* is before the first day/, "toDate"],
      ["a provider who does not supervise here", () => ({ providerId: "__other__" }), /does not supervise at/, "providerId"],
    ];
    for (const [title, fields, message, field] of cases) {
      it(title, async () => {
        const other = await makePerson({ providerType: "MD", locationIds: [locationId], lastName: "Shah" });
        const input = fields();
        if (input.providerId === "__other__") input.providerId = other.id;
        const before = await rowCounts();
        const state = await saveExceptionAction(undefined, absence(input));
        expect(state.status).toBe("error");
        const text = state.status === "error" ? `${state.message} ${Object.values(state.fieldErrors ?? {}).join(" ")}` : "";
        expect(text).toMatch(message);
        if (field && state.status === "error") expect(state.fieldErrors?.[field]).toBeTruthy();
        expect(await rowCounts()).toEqual(before);
      });
    }

    it("overlapping exceptions that contradict each other: away during one's own extra session, or twice at once", async () => {
      ok(await saveExceptionAction(undefined, absence({ toDate: plusDays(nextWeek, 4) })));
      const before = await rowCounts();
      expect(await saveExceptionAction(undefined, absence({ fromDate: plusDays(nextWeek, 2) }))).toMatchObject({ status: "error", code: "CONFLICT", message: expect.stringMatching(/Dr\. Lee \(MD\) is already recorded as away .* \(vacation\): change that one/) });
      expect(await saveExceptionAction(undefined, form({ locationId, kind: "extra_session", providerId: lee.id, span: "hours", fromDate: plusDays(nextWeek, 1), startTime: "09:00", endTime: "12:00", reason: "cover" }))).toMatchObject({ status: "error", code: "CONFLICT", message: expect.stringMatching(/is recorded as away .* so they cannot cover/) });
      ok(await saveExceptionAction(undefined, form({ locationId, kind: "closure", span: "days", fromDate: plusDays(nextWeek, 10), reason: "holiday" })));
      expect(await saveExceptionAction(undefined, form({ locationId, kind: "extra_session", providerId: lee.id, span: "hours", fromDate: plusDays(nextWeek, 10), startTime: "09:00", endTime: "12:00", reason: "cover" }))).toMatchObject({ status: "error", code: "CONFLICT", message: expect.stringMatching(/recorded as closed/) });
      expect((await rowCounts()).exceptions).toBe(before.exceptions + 1);
    });
  });
});

describe(`a provider's own sign-in (${testEngine})`, () => {
  async function asLee() {
    const made = await makeUser({ person: lee, grants: [{ role: "validator", locationId }] });
    await signInAs(made.user);
    return made;
  }

  it("a provider records their own absence, and only their own", async () => {
    await asLee();
    ok(await saveOwnAbsenceAction(undefined, absence({ reason: "sick" })));
    const other = await makePerson({ providerType: "MD", locationIds: [locationId] });
    const before = await rowCounts();
    expect(await saveOwnAbsenceAction(undefined, absence({ providerId: other.id, fromDate: plusDays(nextWeek, 3) }))).toMatchObject({ status: "error", code: "REFUSED", message: expect.stringMatching(/only your own absences/) });
    expect(await rowCounts()).toEqual(before);
  });

  it("where check-ins are required, the plan alone is not enough; the provider's check-in turns the answer cleared, and a check-out ends it", async () => {
    await signInNew([{ role: "admin" }], [locationId]);
    const location = await prisma.location.findUniqueOrThrow({ where: { id: locationId } });
    ok(await saveLocationAction(undefined, form({ locationId, version: String(location.version), name: location.name, address: location.address, state: location.state, timeZone: location.timeZone, requiresCheckIn: "on" })));
    const now = new Date();
    expect(await answer(new Date(now.getTime() + 1000))).toMatchObject({ answer: "not_cleared", factors: [{}, {}, {}, { code: "not_checked_in" }] });
    expect((await answer(new Date(now.getTime() - 3_600_000))).answer).toBe("cleared");

    await asLee();
    ok(await recordPresenceAction(undefined, form({ locationId, providerId: lee.id, kind: "check_in" })));
    expect((await answer(new Date(Date.now() + 1000))).answer).toBe("cleared");
    expect(await prisma.auditEvent.count({ where: { action: "presence.check_in", locationId } })).toBe(1);
    expect(await recordPresenceAction(undefined, form({ locationId, providerId: lee.id, kind: "check_in" }))).toMatchObject({ status: "error", code: "CONFLICT", message: expect.stringMatching(/already checked in/) });
    ok(await recordPresenceAction(undefined, form({ locationId, providerId: lee.id, kind: "check_out" })));
    expect(await answer(new Date(Date.now() + 1000))).toMatchObject({ answer: "not_cleared", factors: [{}, {}, {}, { code: "not_checked_in", params: { checkedOutAt: expect.stringMatching(/^\d\d:\d\d$/) } }] });
  });

  it("a check-in from a provider not assigned to the location, or for someone else, is refused and changes nothing", async () => {
    const elsewhere = (await makeLocation({ state: STATES.shift()! })).id;
    const before = await rowCounts();
    await signInAs((await makeUser({ person: lee, grants: [{ role: "validator", locationId: elsewhere }], email: `lee${Date.now()}@example.org` })).user);
    expect(await recordPresenceAction(undefined, form({ locationId: elsewhere, providerId: lee.id, kind: "check_in" }))).toMatchObject({ status: "error", message: expect.stringMatching(/not on record as working at/) });
    const nurse = await makeUser({ grants: [{ role: "validator", locationId }], locationIds: [locationId] });
    await signInAs(nurse.user);
    expect(await recordPresenceAction(undefined, form({ locationId, providerId: lee.id, kind: "check_in" }))).toMatchObject({ status: "error", code: "REFUSED", message: expect.stringMatching(/signed in as .*only for themselves/) });
    const after = await rowCounts();
    expect([after.presence, after.changes]).toEqual([before.presence, before.changes]);
  });
});

describe(`what-if before an absence is saved (${testEngine})`, () => {
  it("lists every MA and task that would stop being cleared, with the windows, and who else could cover; saving from it audits what it showed", async () => {
    const ellis = await makePerson({ providerType: "NP", locationIds: [locationId], firstName: "Jordan", lastName: "Ellis" });
    const interval = intervalOf({ span: "hours", fromDate: nextWeek, toDate: null, startTime: "09:00", endTime: "12:00" }, ZONE);
    if (!interval.ok) throw new Error(interval.message);
    const preview = (await exceptionWhatIf(locationId, lee.id, interval.interval, "dentist"))!;
    const lost = preview.comparison.changes.find((c) => c.personId === ma.id && c.taskId === TASK)!;
    expect(lost).toMatchObject({ change: "loses", windows: [{ from: at(nextWeek, "09:00"), to: at(nextWeek, "12:00") }] });
    expect(lost.reason).toContain("away (dentist)");
    expect(preview.comparison.people).toBe(1);
    expect(preview.covers.map((c) => c.name)).toEqual(["Jordan Ellis"]);
    expect(ellis).toBeTruthy();
    expect(await prisma.supervisionException.count({ where: { locationId } })).toBe(0);

    const state = await saveExceptionAction(undefined, absence({ span: "hours", startTime: "09:00", endTime: "12:00", reason: "dentist", fromPreview: "on" }));
    ok(state);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "exception.create", entityId: (state as { data: { lineageId: string } }).data.lineageId } });
    expect((event.after as { preview: { windows: number; people: number } }).preview).toMatchObject({ windows: preview.comparison.windows, people: 1 });
  });

  it("a closure: every MA loses the day, nobody can cover, and saving it from the preview audits what it showed", async () => {
    const interval = intervalOf({ span: "days", fromDate: nextWeek, toDate: null, startTime: null, endTime: null }, ZONE);
    if (!interval.ok) throw new Error(interval.message);
    const preview = (await exceptionWhatIf(locationId, null, interval.interval, "holiday"))!;
    expect(preview.provider).toBeNull();
    expect(preview.covers).toEqual([]);
    expect(preview.comparison.changes.find((c) => c.personId === ma.id && c.taskId === TASK)).toMatchObject({ windows: [{ from: at(nextWeek, "00:00"), to: at(plusDays(nextWeek, 1), "00:00") }] });
    const state = await saveExceptionAction(undefined, form({ locationId, kind: "closure", span: "days", fromDate: nextWeek, reason: "holiday", fromPreview: "on" }));
    ok(state);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "exception.create", entityId: (state as { data: { lineageId: string } }).data.lineageId } });
    expect((event.after as { preview: { windows: number } }).preview.windows).toBe(preview.comparison.windows);
  });
});
