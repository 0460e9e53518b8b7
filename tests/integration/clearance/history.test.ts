import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveArrangementAction } from "@/lib/arrangement/actions";
import { changeAuthorizationStatusAction } from "@/lib/authorization/actions";
import { answerOneTask } from "@/lib/clearance/check";
import { loadFacts } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { SYSTEM_CONTEXT } from "@/lib/audit/mutations";
import { changeEmploymentAction } from "@/lib/person/actions";
import { savePolicyAction } from "@/lib/policy/actions";
import { saveRuleAction, verifyRuleAction } from "@/lib/rule/actions";
import { saveLocationAction } from "@/lib/location/actions";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makePerson } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Facts that change, through the actions a manager or admin uses and the loader every answer reads:
 * each defect found in review, with the edit that used to leave a version governing that no longer
 * held. Everything is set up for "cleared" on a weekday morning, then one thing is edited.
 */
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const TASK = "taskvitals";
const now = new Date();
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(now);
/** Next Tuesday 10:00 in Los Angeles (a supervised weekday morning), and the same a year later. */
const tuesday = (() => {
  const d = new Date(`${today}T10:00:00-08:00`);
  while (new Intl.DateTimeFormat("en-US", { timeZone: "America/Los_Angeles", weekday: "short" }).format(d) !== "Tue") d.setUTCDate(d.getUTCDate() + 1);
  return d;
})();

// Each test gets a clinic in a state of its own, so rules written by one never reach another.
const STATES = ["WA", "OR", "ID", "NV", "UT", "MT", "WY", "CO", "NM", "AZ", "TX", "KS"];
let state = "";
let locationId: string;
let ma: { id: string };
let supervisor: { id: string };
let admin: Awaited<ReturnType<typeof signInNew>>;

async function answer(personId = ma.id, moment = tuesday) {
  const facts = (await loadFacts(personId, locationId, moment))!;
  return decide(facts, { personId, taskId: TASK, locationId, moment });
}

beforeEach(async () => {
  state = STATES.shift()!;
  locationId = (await makeLocation({ state })).id;
  ma = await makePerson({ locationIds: [locationId], credentialTier: "ma_c" });
  supervisor = await makePerson({ providerType: "MD", locationIds: [locationId], firstName: "Daniel", lastName: "Lee" });
  admin = await signInNew([{ role: "admin" }], [locationId]);
  expect(await saveRuleAction(undefined, form({ state, taskId: TASK, outcome: "conditional", supervisionLevel: "on_premises", supervisorTypes: "MD", citation: "RCW 18.360.050", sourceUrl: "https://app.leg.wa.gov/RCW/default.aspx?cite=18.360.050", effectiveFrom: "2020-01-01", lastVerifiedOn: today }))).toMatchObject({ status: "success" });
  expect(await savePolicyAction(undefined, form({ taskId: TASK, locationId, maMayPerform: "on", effectiveFrom: "2020-01-01" }))).toMatchObject({ status: "success" });
  await prisma.authorization.create({ data: { personId: ma.id, taskId: TASK, locationId, effectiveFrom: new Date("2024-01-01"), grantedById: admin.user.id, grantedByName: "Alex Morgan", grantedAt: new Date("2024-01-01T16:00:00Z"), history: { create: { status: "active", effectiveAt: new Date("2024-01-01T08:00:00Z"), recordedAt: new Date("2024-01-01T16:00:00Z"), byName: "Alex Morgan" } } } });
});

async function arrange(fields: Record<string, string | string[]> = {}) {
  const state = await saveArrangementAction(undefined, form({ locationId, supervisorId: supervisor.id, level: "on_premises", superviseeMode: "selected", superviseeIds: ma.id, taskMode: "all_clinical", effectiveFrom: "2024-01-01", windowDay: "2", windowStart: "08:00", windowEnd: "17:00", ...fields }));
  expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
  return (state as { data: { lineageId: string; version: number } }).data;
}

describe(`answers that stay right while the facts change (${testEngine})`, () => {
  it("an arrangement edited so that its new version no longer names the MA stops covering her from its start", async () => {
    const { lineageId } = await arrange();
    expect((await answer()).answer).toBe("cleared");
    const other = await makePerson({ locationIds: [locationId] });
    await arrange({ lineageId, version: "1", superviseeIds: other.id, effectiveFrom: today });
    expect(await answer()).toMatchObject({ answer: "not_cleared", factors: [{}, {}, {}, { code: "no_arrangement" }] });
    expect((await answer(ma.id, new Date("2025-06-03T17:00:00Z"))).answer).toBe("cleared");
  });

  it("a rule change scheduled for a later date is not cancelled by an edit recorded after it but effective earlier; re-verifying refreshes the version in force today", async () => {
    const lineageId = (await prisma.stateRule.findFirstOrThrow({ where: { taskId: TASK, state } })).lineageId;
    const rule = (fields: Record<string, string>) => form({ state, taskId: TASK, outcome: "conditional", supervisionLevel: "on_premises", supervisorTypes: "MD", citation: "RCW 18.360.050", sourceUrl: "https://app.leg.wa.gov/RCW/default.aspx?cite=18.360.050", lastVerifiedOn: "2025-01-15", lineageId, ...fields });
    const nextYear = `${Number(today.slice(0, 4)) + 1}-07-01`;
    expect(await saveRuleAction(undefined, rule({ version: "1", outcome: "prohibited", effectiveFrom: nextYear }))).toMatchObject({ status: "success" });
    expect(await saveRuleAction(undefined, rule({ version: "2", citation: "RCW 18.360.050 (amended)", effectiveFrom: "2024-01-01" }))).toMatchObject({ status: "success" });
    const later = new Date(`${nextYear}T17:00:00Z`);
    expect((await answer(ma.id, later)).factors[0]).toMatchObject({ code: "prohibited" });
    expect((await answer()).factors[0]).toMatchObject({ code: "stale", evidence: [{ version: 3 }] });

    expect(await verifyRuleAction(undefined, form({ lineageId, version: "3", verifies: "3" }))).toMatchObject({ status: "success", message: "Version 3 marked verified today." });
    const verified = await prisma.stateRule.findFirstOrThrow({ where: { lineageId, version: 4 } });
    expect(verified).toMatchObject({ supersedesVersion: 3, citation: "RCW 18.360.050 (amended)" });
    expect(verified.effectiveFrom.toISOString().slice(0, 10)).toBe("2024-01-01");
    expect((await answer()).factors[0]).toMatchObject({ code: "allowed", evidence: [{ version: 4 }] });
    expect((await answer(ma.id, later)).factors[0]).toMatchObject({ code: "prohibited" });
  });

  it("refuses a second rule for the same state, task and tier, even when two admins save at once", async () => {
    const rule = form({ state, taskId: TASK, outcome: "allowed", supervisionLevel: "on_premises", citation: "Other", sourceUrl: "https://example.org/other", effectiveFrom: "2024-01-01", lastVerifiedOn: today });
    const before = await rowCounts();
    expect(await saveRuleAction(undefined, rule)).toMatchObject({ status: "error", code: "CONFLICT", message: expect.stringContaining("already exists: open it and add a version instead") });
    expect(await rowCounts()).toEqual(before);
    const tier = (t: string) => form({ state, taskId: TASK, credentialTier: t, outcome: "allowed", supervisionLevel: "on_premises", citation: "For MA-R", sourceUrl: "https://example.org/r", effectiveFrom: "2024-01-01", lastVerifiedOn: today });
    const both = await Promise.all([saveRuleAction(undefined, tier("ma_r")), saveRuleAction(undefined, tier("ma_r"))]);
    expect(both.map((s) => s.status).sort()).toEqual(["error", "success"]);
    expect(await prisma.stateRule.count({ where: { taskId: TASK, credentialTier: "ma_r" } })).toBe(1);
  });

  it("refuses a supervision requirement on an administrative task, which nothing could ever meet", async () => {
    const before = await rowCounts();
    expect(await savePolicyAction(undefined, form({ taskId: "taskfrontdesk", locationId, maMayPerform: "on", minSupervisionLevel: "on_premises", effectiveFrom: "2024-01-01" }))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { minSupervisionLevel: expect.stringContaining("could never be met") } });
    expect(await saveRuleAction(undefined, form({ state, taskId: "taskfrontdesk", outcome: "allowed", supervisionLevel: "general", citation: "ORS", sourceUrl: "https://example.org/ors", effectiveFrom: "2024-01-01", lastVerifiedOn: today }))).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { supervisionLevel: expect.stringContaining("could never be met") } });
    expect(await rowCounts()).toEqual(before);
  });

  it("a schedule ending at 00:00 runs to midnight, so an overnight arrangement has no gap", async () => {
    await arrange({ windowDay: ["2", "3"], windowStart: ["00:00", "00:00"], windowEnd: ["00:00", "00:00"] });
    const windows = await prisma.scheduleWindow.findMany({ where: { arrangement: { locationId } }, orderBy: { weekday: "asc" } });
    expect(windows.map((w) => [w.weekday, w.startMinute, w.endMinute])).toEqual([[2, 0, 1440], [3, 0, 1440]]);
    const lastMinute = new Date(tuesday.getTime() + (13 * 60 + 59) * 60_000); // Tue 23:59
    expect((await answer(ma.id, lastMinute)).answer).toBe("cleared");
  });

  it("ending the MA's employment ends her clearances there from the day after her last day; earlier answers stay", async () => {
    await arrange();
    const period = await prisma.employment.findFirstOrThrow({ where: { personId: ma.id } });
    const state = await changeEmploymentAction(undefined, form({ personId: ma.id, lineageId: period.lineageId, version: "1", from: "2024-01-01", lastDay: "2025-06-30", reason: "Moved away" }));
    expect(state).toMatchObject({ status: "success" });
    expect(await answer()).toMatchObject({ answer: "not_cleared", reason: "Your employment at " + (await prisma.location.findUniqueOrThrow({ where: { id: locationId } })).name + " ended (last day 30 June 2025): authorizations there apply only while you work there." });
    expect((await answer(ma.id, new Date("2025-06-24T17:00:00Z"))).answer).toBe("cleared");
  });

  it("a supervisor whose employment ended no longer counts as supervising", async () => {
    await arrange();
    const period = await prisma.employment.findFirstOrThrow({ where: { personId: supervisor.id } });
    expect(await changeEmploymentAction(undefined, form({ personId: supervisor.id, lineageId: period.lineageId, version: "1", from: "2024-01-01", lastDay: "2025-12-31", reason: "Retired" }))).toMatchObject({ status: "success" });
    expect((await answer()).factors[3]).toMatchObject({ status: "not_met", code: "supervisor_unavailable", sentence: expect.stringContaining("Dr. Lee (MD) no longer works at") });
  });

  it("a revocation backdated to last week applies from then as known now, while the decision log keeps what was said before it was entered", async () => {
    await arrange({ windowDay: ["0", "1", "2", "3", "4", "5", "6"], windowStart: Array(7).fill("00:00"), windowEnd: Array(7).fill("00:00") });
    const authorization = await prisma.authorization.findFirstOrThrow({ where: { personId: ma.id } });
    const yesterday = new Date(now.getTime() - 86_400_000);
    const said = await answerOneTask(ma.id, TASK, locationId, yesterday, SYSTEM_CONTEXT, "check");
    expect(said!.decision.answer).toBe("cleared");
    const saidAt = new Date();
    const weekAgo = new Intl.DateTimeFormat("en-CA", { timeZone: "America/Los_Angeles" }).format(new Date(now.getTime() - 7 * 86_400_000));
    const before = await rowCounts();
    const future = await changeAuthorizationStatusAction(undefined, form({ authorizationId: authorization.id, version: "1", change: "revoke", reason: "x", effectiveOn: "2099-01-01" }));
    expect(future).toMatchObject({ status: "error", fieldErrors: { effectiveOn: "A change takes effect now or in the past: enter it when it applies." } });
    const beforeStart = await changeAuthorizationStatusAction(undefined, form({ authorizationId: authorization.id, version: "1", change: "revoke", reason: "x", effectiveOn: "2023-12-01" }));
    expect(beforeStart).toMatchObject({ status: "error", fieldErrors: { effectiveOn: "The authorization starts on 2024-01-01: a change cannot take effect before it." } });
    expect(await rowCounts()).toEqual(before);

    const revoked = await changeAuthorizationStatusAction(undefined, form({ authorizationId: authorization.id, version: "1", change: "revoke", reason: "Found out late", effectiveOn: weekAgo, effectiveTime: "09:00" }));
    expect(revoked).toMatchObject({ status: "success", message: expect.stringContaining(`effective ${weekAgo} 09:00`) });
    const change = await prisma.authorizationStatusChange.findFirstOrThrow({ where: { authorizationId: authorization.id, status: "revoked" } });
    expect(change.recordedAt.getTime() - change.effectiveAt.getTime()).toBeGreaterThan(6 * 86_400_000);
    const asKnownNow = decide((await loadFacts(ma.id, locationId, yesterday, new Date()))!, { personId: ma.id, taskId: TASK, locationId, moment: yesterday });
    expect(asKnownNow).toMatchObject({ answer: "not_cleared", factors: [{}, { code: "revoked" }, {}, {}] });
    // Asked again as known when it was first asked (before the revocation was entered): the same answer.
    const asKnownThen = decide((await loadFacts(ma.id, locationId, yesterday, saidAt))!, { personId: ma.id, taskId: TASK, locationId, moment: yesterday });
    expect(asKnownThen).toEqual(said!.decision);
    const logged = await prisma.decisionLog.findFirstOrThrow({ where: { personId: ma.id, taskId: TASK } });
    expect(logged.answer).toBe("cleared");

    const earlier = await changeAuthorizationStatusAction(undefined, form({ authorizationId: authorization.id, version: "2", change: "reinstate", reason: "x" }));
    expect(earlier).toMatchObject({ status: "error", code: "REFUSED" });
  });

  it("a location's state changed from a date applies from then; a correction replaces the version in force", async () => {
    await arrange();
    const location = await prisma.location.findUniqueOrThrow({ where: { id: locationId } });
    const edit = (fields: Record<string, string>) => saveLocationAction(undefined, form({ locationId, version: String(location.version), name: location.name, address: location.address, timeZone: location.timeZone, ...fields }));
    expect(await edit({ state: "HI" })).toMatchObject({ status: "error", fieldErrors: { change: "Choose one." } });
    expect(await edit({ state: "HI", change: "from_date", changeFrom: "2025-01-01" })).toMatchObject({ status: "success" });
    expect((await answer()).factors[0]).toMatchObject({ code: "no_rule", sentence: expect.stringContaining("No Hawaii rule") });
    expect((await answer(ma.id, new Date("2024-06-04T17:00:00Z"))).answer).toBe("cleared");
    expect(await prisma.location.findUniqueOrThrow({ where: { id: locationId } })).toMatchObject({ state: "HI" });
    const corrected = await prisma.location.findUniqueOrThrow({ where: { id: locationId } });
    expect(await saveLocationAction(undefined, form({ locationId, version: String(corrected.version), name: corrected.name, address: corrected.address, timeZone: corrected.timeZone, state, change: "correction" }))).toMatchObject({ status: "success" });
    expect((await answer()).factors[0]).toMatchObject({ code: "allowed" });
    expect((await answer(ma.id, new Date("2024-06-04T17:00:00Z"))).answer).toBe("cleared");
  });
});
