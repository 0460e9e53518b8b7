import "server-only";
import { activeLocationsWhere } from "@/lib/location/data";
import type { Facts, PolicyFact, StateRuleFact } from "@/lib/clearance/facts";
import { describeInterval } from "@/lib/exception/interval";
import { plusDays } from "@/lib/time/calendar";
import { startOfLocalDay, wallClock } from "@/lib/time/zoned";
import { compare } from "./compare";
import { staffFacts } from "./data";
import { asPlanned, withPolicy, withRule } from "./hypothetical";
import { segments } from "./segments";

/**
 * Before a state rule version or an employer policy is saved: who gains and who loses which tasks at
 * which locations, over the week from its effective date (or from today, for one effective in the
 * past), by the same engine, for every MA working there. What the editor shows, and what the save's
 * audit event keeps.
 */
export const PREVIEW_DAYS = 7;
const MAX_ROWS = 200;

export type ImpactRow = { location: string; person: string; task: string; change: "gains" | "loses"; first: string; windows: number; reason: string };
export type ReferenceImpact = { from: string; days: number; locations: number; gains: number; losses: number; rows: ImpactRow[]; truncated: boolean };

/** What a reference editor's action answers: the version saved, or (a preview) what it would change. */
export type SavedOrImpact = { lineageId: string; version: number; impact?: undefined } | { impact: ReferenceImpact; lineageId?: undefined };

type Where = { id: string; name: string; timeZone: string };

async function impact(locations: readonly Where[], effectiveFrom: string, taskId: string, change: (facts: Facts) => Facts, now: Date): Promise<ReferenceImpact> {
  const rows: ImpactRow[] = [];
  let from = effectiveFrom;
  for (const location of locations) {
    const today = wallClock(now, location.timeZone).date;
    from = effectiveFrom > today ? effectiveFrom : today;
    const interval = { startsAt: startOfLocalDay(from, location.timeZone), endsAt: startOfLocalDay(plusDays(from, PREVIEW_DAYS), location.timeZone) };
    const facts = await staffFacts(location.id, interval, location.timeZone, now);
    const planned = new Map([...facts].map(([id, f]) => [id, asPlanned(f)]));
    const stretches = segments([...planned.values()], interval.startsAt, interval.endsAt, location.timeZone);
    const tasks = (f: Facts) => f.tasks.filter((t) => !t.retired && (t.id === taskId || t.parentId === taskId));
    for (const c of compare(planned, change, stretches, tasks).changes) {
      const first = c.windows[0]!;
      rows.push({ location: location.name, person: c.personName, task: c.taskName, change: c.change, first: describeInterval({ startsAt: first.from, endsAt: first.to, allDay: false }, location.timeZone), windows: c.windows.length, reason: c.reason });
    }
  }
  rows.sort((a, b) => a.change.localeCompare(b.change) || a.location.localeCompare(b.location) || a.person.localeCompare(b.person) || a.task.localeCompare(b.task));
  return { from, days: PREVIEW_DAYS, locations: locations.length, gains: rows.filter((r) => r.change === "gains").length, losses: rows.filter((r) => r.change === "loses").length, rows: rows.slice(0, MAX_ROWS), truncated: rows.length > MAX_ROWS };
}

/** The next version number of a lineage among the facts (1 for a new lineage). */
const nextNumber = (versions: readonly { lineageId: string; version: number }[], lineageId: string) => versions.filter((v) => v.lineageId === lineageId).reduce((n, v) => Math.max(n, v.version), 0) + 1;

/** A rule version as it would be saved (`lineageId` and `supersedes` from the edit), at the active locations in its state. */
export async function ruleImpact(rule: Omit<StateRuleFact, "id" | "version" | "recordedAt">, now: Date = new Date()): Promise<ReferenceImpact> {
  const locations = await activeLocationsWhere({ state: rule.state });
  return impact(locations, rule.effectiveFrom, rule.taskId, (f) => withRule(f, { ...rule, id: "whatif", version: nextNumber(f.rules, rule.lineageId), recordedAt: f.knownAt }), now);
}

/** A policy version as it would be saved, at its location or, organization-wide, at every active location. */
export async function policyImpact(policy: Omit<PolicyFact, "id" | "version" | "recordedAt">, now: Date = new Date()): Promise<ReferenceImpact> {
  const locations = await activeLocationsWhere(policy.locationId ? { id: policy.locationId } : {});
  return impact(locations, policy.effectiveFrom, policy.taskId, (f) => withPolicy(f, { ...policy, id: "whatif", version: nextNumber(f.policies, policy.lineageId), recordedAt: f.knownAt }), now);
}

/** What the audit trail keeps of an impact: the counts and who changed, without the wording. */
export function impactSummary(i: ReferenceImpact) {
  return { from: i.from, days: i.days, gains: i.gains, losses: i.losses, rows: i.rows.map((r) => ({ location: r.location, person: r.person, task: r.task, change: r.change, windows: r.windows })), truncated: i.truncated };
}
