import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RecordFact } from "@/lib/clearance/facts";
import { expiringRecords } from "@/lib/notification/due";
import { plusDays } from "@/lib/time/calendar";
import { makeAuthorization, makeFacts, makeRecord, MOMENT, status, TASKS } from "@/tests/support/clearance-facts";

/**
 * Expiry reminders over record histories: several lineages, each corrected or withdrawn by later
 * versions recorded at different times (some after the scan's record time), completion dates past
 * and future, expiries before and after the scan. Checked against a small reference written from
 * the rule as the domain states it, not from the code.
 */
const TODAY = "2026-03-10";
const KNOWN_AT = new Date("2026-03-10T12:00:00Z");
const TASK_IDS = [TASKS.venipuncture.id, TASKS.vitals.id];

type Draft = { kind: "competency" | "training"; completedIn: number; expiresIn: number | null; taskIds: string[]; recordedIn: number; withdrawIn: number | null };

const draft = fc.record({
  kind: fc.constantFrom("competency" as const, "training" as const),
  completedIn: fc.integer({ min: -400, max: 10 }),
  expiresIn: fc.option(fc.integer({ min: -60, max: 120 }), { nil: null }),
  taskIds: fc.subarray(TASK_IDS, { minLength: 0 }),
  recordedIn: fc.integer({ min: -30, max: 5 }),
  withdrawIn: fc.option(fc.integer({ min: -20, max: 5 }), { nil: null }),
});

/** A lineage's versions: the first, then each later one correcting (replacing) the one before it. */
function lineage(id: string, drafts: Draft[]): RecordFact[] {
  let recorded = -60;
  return drafts.map((d, i) => {
    recorded = Math.max(recorded + 1, d.recordedIn);
    const completedOn = plusDays(TODAY, d.completedIn);
    return makeRecord({
      id: `${id}v${i + 1}`,
      lineageId: id,
      version: i + 1,
      supersedes: i === 0 ? null : i,
      kind: d.kind,
      title: id,
      taskIds: d.taskIds,
      completedOn,
      effectiveFrom: completedOn,
      effectiveTo: d.withdrawIn === null ? null : plusDays(TODAY, d.withdrawIn),
      expiresOn: d.expiresIn === null ? null : plusDays(TODAY, d.expiresIn),
      recordedAt: new Date(new Date(`${TODAY}T12:00:00Z`).getTime() + recorded * 86_400_000),
    });
  });
}

/** The reference: the standing version known by then, in force today; thresholds counted by hand. */
function reference(records: RecordFact[], activeTasks: string[]): string[] {
  const byLineage = new Map<string, RecordFact[]>();
  for (const r of records) byLineage.set(r.lineageId, [...(byLineage.get(r.lineageId) ?? []), r]);
  const current: RecordFact[] = [];
  for (const versions of byLineage.values()) {
    const known = versions.filter((v) => v.recordedAt <= KNOWN_AT);
    const standing = known.filter((v) => !known.some((w) => w.supersedes === v.version));
    const started = standing.filter((v) => v.effectiveFrom <= TODAY).sort((a, b) => (a.effectiveFrom === b.effectiveFrom ? a.version - b.version : a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    const governing = started.at(-1);
    if (governing && (governing.effectiveTo === null || TODAY < governing.effectiveTo)) current.push(governing);
  }
  const out: string[] = [];
  for (const r of current) {
    if (!r.expiresOn) continue;
    const renewed = current.some((n) => n !== r && n.kind === r.kind && n.completedOn > r.completedOn && (n.expiresOn === null || n.expiresOn > TODAY) && r.taskIds.every((t) => n.taskIds.includes(t)));
    if (renewed) continue;
    let days = 0;
    while (plusDays(TODAY, days) < r.expiresOn) days++;
    if (days > 90) continue;
    if (days === 0) {
      let past = 0;
      while (plusDays(r.expiresOn, past) < TODAY) past++;
      const backed = r.taskIds.length === 0 ? activeTasks.length > 0 : r.taskIds.some((t) => activeTasks.includes(t));
      if (backed) out.push(`${r.lineageId}:expired-${Math.floor(past / 7)}`);
      continue;
    }
    out.push(`${r.lineageId}:${days <= 7 ? 7 : days <= 30 ? 30 : days <= 60 ? 60 : 90}`);
  }
  return out.sort();
}

describe("expiry reminders over record histories", () => {
  it("match the reference for any history, record time and authorization status", () => {
    fc.assert(
      fc.property(fc.array(fc.array(draft, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), fc.boolean(), (lineages, suspended) => {
        const records = lineages.flatMap((drafts, i) => lineage(`lin${i}`, drafts));
        const authorization = makeAuthorization({ history: [status("active", "2025-06-01T07:00:00Z"), ...(suspended ? [status("suspended", "2026-03-01T17:00:00Z")] : [])] });
        const facts = makeFacts({ records, authorizations: [authorization], knownAt: KNOWN_AT });
        const actual = expiringRecords(facts, { now: MOMENT, today: TODAY, timeZone: "America/Los_Angeles" }).map((i) => `${i.itemId}:${i.threshold}`).sort();
        expect(actual).toEqual(reference(records, suspended ? [] : [authorization.taskId]));
      }),
      { numRuns: 400 },
    );
  });
});
