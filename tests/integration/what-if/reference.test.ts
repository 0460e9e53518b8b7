import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisma } from "@/lib/db/client";
import { saveArrangementAction } from "@/lib/arrangement/actions";
import { savePolicyAction } from "@/lib/policy/actions";
import { saveRuleAction } from "@/lib/rule/actions";
import { plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import type { ReferenceImpact } from "@/lib/what-if/reference";
import { signInNew } from "@/tests/support/actors";
import { rowCounts } from "@/tests/support/counts";
import { makeLocation, makePerson } from "@/tests/support/factories";
import { testEngine } from "@/tests/support/test-database";

vi.mock("next/headers", async () => (await import("@/tests/support/session")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Before a rule or policy version is saved, the editor shows who gains and who loses which tasks
 * where; saving keeps the same in the audit event. An MA at a clinic in a state of its own is cleared
 * for vital signs every hour of every day, until a version says otherwise.
 */
const TASK = "taskvitals";
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const STATES = ["AL", "GA", "FL", "SC", "NC", "VA", "WV", "KY", "TN", "MS"];
const today = wallClock(new Date(), "America/Los_Angeles").date;
let state: string;
let locationId: string;
let ma: { id: string; firstName: string; lastName: string };
let rule: { lineageId: string };
const ok = (s: unknown) => expect(s, JSON.stringify(s)).toMatchObject({ status: "success" });
const ruleFields = (fields: Record<string, string> = {}) => ({ state, taskId: TASK, outcome: "conditional", supervisionLevel: "on_premises", citation: "Rule 1", sourceUrl: "https://example.org/rule", effectiveFrom: "2020-01-01", lastVerifiedOn: today, ...fields });

beforeEach(async () => {
  state = STATES.shift()!;
  locationId = (await makeLocation({ state })).id;
  ma = await makePerson({ locationIds: [locationId] });
  const lee = await makePerson({ providerType: "MD", locationIds: [locationId] });
  await signInNew([{ role: "admin" }], [locationId]);
  const saved = await saveRuleAction(undefined, form(ruleFields()));
  ok(saved);
  rule = (saved as { data: { lineageId: string } }).data;
  ok(await savePolicyAction(undefined, form({ taskId: TASK, locationId, maMayPerform: "on", effectiveFrom: "2020-01-01" })));
  await prisma.authorization.create({ data: { personId: ma.id, taskId: TASK, locationId, effectiveFrom: new Date("2024-01-01"), grantedById: "seed", grantedByName: "Alex Morgan", grantedAt: new Date("2024-01-01T16:00:00Z"), history: { create: { status: "active", effectiveAt: new Date("2024-01-01T08:00:00Z"), recordedAt: new Date("2024-01-01T16:00:00Z"), byName: "Alex Morgan" } } } });
  ok(await saveArrangementAction(undefined, form({ locationId, supervisorId: lee.id, level: "on_premises", superviseeMode: "all", taskMode: "all_clinical", effectiveFrom: "2024-01-01", windowDay: ["0", "1", "2", "3", "4", "5", "6"], windowStart: Array(7).fill("00:00"), windowEnd: Array(7).fill("00:00") })));
});

const impactOf = (s: unknown) => (s as { data: { impact: ReferenceImpact } }).data.impact;

describe(`what a rule or policy version would change (${testEngine})`, () => {
  it("a scheduled prohibition: the preview names who loses what from its date, and saves nothing", async () => {
    const from = plusDays(today, 10);
    const before = await rowCounts();
    const state1 = await saveRuleAction(undefined, form(ruleFields({ lineageId: rule.lineageId, version: "1", outcome: "prohibited", effectiveFrom: from, intent: "preview" })));
    ok(state1);
    const impact = impactOf(state1);
    expect(impact).toMatchObject({ from, days: 7, losses: 1, gains: 0 });
    expect(impact.rows[0]).toMatchObject({ person: `${ma.firstName} ${ma.lastName}`, change: "loses", windows: 1, first: expect.stringMatching(new RegExp(`^${from} 00:00 to ${plusDays(from, 7)} 00:00$`)) });
    expect(impact.rows[0]!.reason).toMatch(/prohibits/);
    expect(await rowCounts()).toEqual(before);
  });

  it("saving the version keeps the same preview in its audit event", async () => {
    ok(await saveRuleAction(undefined, form(ruleFields({ lineageId: rule.lineageId, version: "1", outcome: "prohibited", effectiveFrom: today }))));
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "rule.update", entityId: rule.lineageId } });
    expect((event.after as { preview: { losses: number; rows: { change: string }[] } }).preview).toMatchObject({ losses: 1, gains: 0, rows: [{ change: "loses" }] });
  });

  it("a policy that stops letting MAs do the task here: who loses it; loosening it again: who gains it", async () => {
    const policy = await prisma.employerPolicy.findFirstOrThrow({ where: { locationId, taskId: TASK } });
    const tighten = await savePolicyAction(undefined, form({ taskId: TASK, locationId, effectiveFrom: today, lineageId: policy.lineageId, version: "1", intent: "preview" }));
    expect(impactOf(tighten)).toMatchObject({ losses: 1, gains: 0 });
    ok(await savePolicyAction(undefined, form({ taskId: TASK, locationId, effectiveFrom: today, lineageId: policy.lineageId, version: "1" })));
    const loosen = await savePolicyAction(undefined, form({ taskId: TASK, locationId, maMayPerform: "on", effectiveFrom: plusDays(today, 1), lineageId: policy.lineageId, version: "2", intent: "preview" }));
    expect(impactOf(loosen)).toMatchObject({ losses: 0, gains: 1 });
  });
});
