import "server-only";
import { prisma } from "@/lib/db/client";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { supervisableTasks, type ExceptionFact, type Facts } from "@/lib/clearance/facts";
import { planCovers } from "@/lib/clearance/on-duty";
import { describeWindows } from "@/lib/clearance/supervision";
import { standingExceptions } from "@/lib/exception/data";
import { intervalOf, type Interval, type IntervalFields } from "@/lib/exception/interval";
import { employedOn } from "@/lib/person/employment";
import { loadStaff } from "@/lib/report/data";
import { endOfLocalDay, wallClock } from "@/lib/time/zoned";
import { byLineage, governing, governingEach } from "@/lib/version/governing";
import { versionsOf } from "@/lib/version/rows";
import { compare, type Comparison } from "./compare";
import { MAX_WHAT_IF_DAYS } from "./limits";
import { asPlanned, withException } from "./hypothetical";
import { segments } from "./segments";


export type Cover = { id: string; name: string; providerType: string; schedule: string | null; away: boolean };

export type AbsencePreview = {
  location: { id: string; name: string; timeZone: string };
  /** Null for a closure. */
  provider: { id: string; name: string } | null;
  interval: Interval;
  comparison: Comparison;
  /** Providers of a type the affected tasks accept who work at the location then (the one away left out). */
  covers: Cover[];
};

/** The local dates an interval touches. */
function datesOf(from: Date, to: Date, timeZone: string): string[] {
  const dates: string[] = [];
  for (let day = wallClock(from, timeZone).date; ; day = wallClock(endOfLocalDay(day, timeZone), timeZone).date) {
    dates.push(day);
    if (endOfLocalDay(day, timeZone) >= to || dates.length > MAX_WHAT_IF_DAYS + 1) return dates;
  }
}

/**
 * The medical assistants working at a location at some point of an interval, with their facts for
 * the whole interval: two queries, whatever the number of people.
 */
export async function staffFacts(locationId: string, interval: { startsAt: Date; endsAt: Date }, timeZone: string, now: Date): Promise<Map<string, Facts>> {
  const dates = datesOf(interval.startsAt, interval.endsAt, timeZone);
  const staff = (await loadStaff([locationId])).filter((p) => dates.some((d) => employedOn(p.employment, locationId, d, now)));
  return loadFactsForPeople(
    staff.map((p) => p.id),
    locationId,
    interval.startsAt,
    now,
    interval.endsAt,
  );
}

/**
 * What a provider's absence (or, with no provider, the location's closure) would take away, before it
 * is saved: every MA × task × stretch of the interval that is cleared now and would not be, and who
 * else could cover. Check-ins are assumed to happen as planned (they cannot be known ahead). Null
 * when the location or provider does not exist.
 */
export async function exceptionWhatIf(locationId: string, providerId: string | null, interval: Interval, reason: string, now: Date = new Date()): Promise<AbsencePreview | null> {
  const [location, provider] = await Promise.all([
    prisma.location.findUnique({ where: { id: locationId }, select: { id: true, name: true, timeZone: true } }),
    providerId ? prisma.person.findUnique({ where: { id: providerId }, select: { id: true, firstName: true, lastName: true } }) : null,
  ]);
  if (!location || (providerId && !provider)) return null;
  const facts = await staffFacts(locationId, interval, location.timeZone, now);
  const exception: ExceptionFact = {
    id: "whatif",
    lineageId: "whatif",
    version: 1,
    supersedes: null,
    recordedAt: now,
    kind: providerId ? "absence" : "closure",
    providerId,
    level: null,
    reason,
    allDay: interval.allDay,
    cancelled: false,
    effectiveFrom: interval.startsAt.toISOString(),
    effectiveTo: interval.endsAt.toISOString(),
  };
  // An absence changes nothing for people none of the provider's arrangements covers, nor outside the
  // hours the provider is planned: only those are asked (the rest would answer the same either way).
  const touched = ([, f]: [string, Facts]) => !providerId || f.arrangements.some((a) => a.supervisorId === providerId);
  const planned = new Map([...facts].filter(touched).map(([id, f]) => [id, asPlanned(f)]));
  const theirs = [...new Map([...planned.values()].flatMap((f) => f.arrangements.filter((a) => a.supervisorId === providerId)).map((a) => [a.id, a])).values()];
  const stretches = segments([...planned.values()], interval.startsAt, interval.endsAt, location.timeZone).filter((s) => !providerId || theirs.some((a) => planCovers(a, s.from, location.timeZone)));
  const comparison = compare(planned, (f) => withException(f, exception), stretches, (f) => supervisableTasks(f.tasks.filter((t) => !t.retired)), {
    lossesOnly: true,
    // A cleared answer whose supervisor is someone else stays cleared: that supervisor is still there.
    mayChange: (e) => !providerId || e.findings[3]!.evidence.some((x) => x.kind === "supervisor" && x.id === providerId),
  });
  return {
    location,
    provider: provider ? { id: provider.id, name: `${provider.firstName} ${provider.lastName}` } : null,
    interval,
    comparison,
    covers: providerId ? await coversFor(location, providerId, interval, [...planned.values()], comparison, now) : [],
  };
}

/**
 * What the what-if showed, recomputed when the absence or closure is saved from it, for the audit trail: the
 * counts and the first changes. Null when the fields do not make an interval at the location.
 */
export async function previewSummary(locationId: string, providerId: string | null, fields: IntervalFields, reason: string, now: Date = new Date()) {
  const location = await prisma.location.findUnique({ where: { id: locationId }, select: { timeZone: true } });
  const interval = location ? intervalOf(fields, location.timeZone) : null;
  if (!interval?.ok) return null;
  const preview = await exceptionWhatIf(locationId, providerId, interval.interval, reason, now);
  if (!preview) return null;
  const { changes, windows, people } = preview.comparison;
  return { windows, people, changes: changes.slice(0, 50).map((c) => ({ personId: c.personId, taskId: c.taskId, windows: c.windows.length })) };
}

/** Providers who could stand in: working at the location when the absence starts, of a type every affected task's rule accepts. */
async function coversFor(location: { id: string; timeZone: string }, absentId: string, interval: Interval, facts: Facts[], comparison: Comparison, now: Date): Promise<Cover[]> {
  const day = wallClock(interval.startsAt, location.timeZone).date;
  const sample = facts[0];
  const lost = new Set(comparison.changes.map((c) => c.taskId));
  // Each affected task's rule names who may supervise it; a cover must be acceptable for all of them.
  const named: string[][] = [];
  if (sample) {
    for (const taskId of lost) {
      const task = sample.tasks.find((t) => t.id === taskId);
      const lineage = [taskId, ...(task?.parentId ? [task.parentId] : [])];
      const rules = governingEach(byLineage(sample.rules.filter((r) => r.state === sample.location.state && lineage.includes(r.taskId)), (r) => r.lineageId), day, now);
      for (const rule of rules) if (rule.supervisorTypes.length > 0) named.push(rule.supervisorTypes);
    }
  }
  const acceptable = (type: string) => named.every((types) => types.includes(type));
  const people = await prisma.person.findMany({
    where: { id: { not: absentId }, providerType: { not: null }, employments: { some: { locationId: location.id } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: {
      id: true,
      firstName: true,
      lastName: true,
      providerType: true,
      employments: { where: { locationId: location.id } },
      supervising: { where: { locationId: location.id }, orderBy: [{ lineageId: "asc" }, { version: "asc" }], include: { windows: true } },
    },
  });
  const away = new Set((await standingExceptions(location.id, interval.startsAt, interval.endsAt)).filter((e) => e.kind === "absence").map((e) => e.providerId));
  return people
    .filter((p) => employedOn(versionsOf(p.employments), location.id, day, now) && acceptable(p.providerType as string))
    .map((p) => {
      const arrangements = byLineage(versionsOf(p.supervising), (a) => a.lineageId).flatMap((versions) => {
        const v = governing(versions, day, now);
        return v ? [v] : [];
      });
      return {
        id: p.id,
        name: `${p.firstName} ${p.lastName}`,
        providerType: p.providerType as string,
        schedule: arrangements.length > 0 ? arrangements.map((a) => describeWindows(a.windows)).join("; ") : null,
        away: away.has(p.id),
      };
    });
}
