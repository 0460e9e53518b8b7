import "server-only";
import { prisma } from "@/lib/db/client";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { daysBetween, fromDbDate, fromDbDateOrNull, plusDays } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { byLineage, governing } from "@/lib/version/governing";
import { versionsOf } from "@/lib/version/rows";
import { employedOn } from "@/lib/person/employment";
import { expirationsByMonth, stillExpired } from "./expirations";

export type DashboardRecord = { lineageId: string; personId: string; personName: string; title: string; kind: string; expiresOn: string; daysLeft: number };
export type Dashboard = {
  expiring: { within30: DashboardRecord[]; within60: DashboardRecord[]; within90: DashboardRecord[] };
  expired: DashboardRecord[];
  /** `signOff`: what is missing includes a validator's sign-off of competency, which a manager can ask for. */
  trainingGaps: { personId: string; personName: string; locationId: string; locationName: string; taskId: string; taskName: string; reason: string; signOff: boolean }[];
  unsupervised: { personId: string; personName: string; locationId: string; locationName: string; tasks: string[] }[];
  staleRules: { lineageId: string; state: string; taskName: string; citation: string; lastVerifiedOn: string }[];
  byMonth: { month: string; count: number }[];
};

/** Supervision findings that mean no arrangement covers the MA at all, not a gap in a schedule. */
const NO_COVERAGE = new Set(["no_arrangement", "supervisor_unavailable"]);

/**
 * What needs a manager's attention at their locations, today. A fixed number of queries: the people,
 * their records, one facts load per location (the engine answers the rest), and the rules. Only
 * people employed at the locations today count; records as they stand (withdrawn ones left out).
 */
export async function loadDashboard(locationIds: readonly string[], now: Date = new Date()): Promise<Dashboard> {
  const [organization, locations, people] = await Promise.all([
    prisma.organization.findFirst({ select: { timeZone: true, ruleStaleAfterDays: true } }),
    prisma.location.findMany({ where: { id: { in: [...locationIds] } }, select: { id: true, name: true, state: true } }),
    prisma.person.findMany({
      where: { isMedicalAssistant: true, employments: { some: { locationId: { in: [...locationIds] } } } },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        employments: { where: { locationId: { in: [...locationIds] } }, orderBy: [{ lineageId: "asc" }, { version: "asc" }], select: { lineageId: true, locationId: true, version: true, supersedesVersion: true, effectiveFrom: true, effectiveTo: true, recordedAt: true } },
      },
    }),
  ]);
  const timeZone = organization?.timeZone ?? "UTC";
  const today = wallClock(now, timeZone).date;
  const employedAt = (p: (typeof people)[number], locationId: string) => employedOn(versionsOf(p.employments), locationId, today, now);
  const staff = people.filter((p) => locations.some((l) => employedAt(p, l.id)));
  const names = new Map(staff.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));

  const records = await prisma.trainingRecord.findMany({
    where: { personId: { in: staff.map((p) => p.id) }, expiresOn: { not: null } },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    select: { lineageId: true, personId: true, kind: true, title: true, completedOn: true, expiresOn: true, withdrawnFrom: true, tasks: { select: { taskId: true } } },
  });
  const latest = new Map<string, (typeof records)[number]>();
  for (const r of records) if (!latest.has(r.lineageId)) latest.set(r.lineageId, r);
  const current = [...latest.values()]
    .filter((r) => r.withdrawnFrom === null)
    .map((r) => ({ ...r, completedOn: fromDbDate(r.completedOn), expiresOn: fromDbDateOrNull(r.expiresOn) as string, taskIds: r.tasks.map((t) => t.taskId) }));
  const asView = (r: (typeof current)[number]): DashboardRecord => ({
    lineageId: r.lineageId,
    personId: r.personId,
    personName: names.get(r.personId) ?? "",
    title: r.title,
    kind: r.kind,
    expiresOn: r.expiresOn,
    daysLeft: daysBetween(today, r.expiresOn),
  });
  const upcoming = current.filter((r) => r.expiresOn > today).map(asView).sort((a, b) => a.daysLeft - b.daysLeft);

  const trainingGaps: Dashboard["trainingGaps"] = [];
  const unsupervised: Dashboard["unsupervised"] = [];
  for (const location of locations) {
    const here = staff.filter((p) => employedAt(p, location.id)).map((p) => p.id);
    const facts = await loadFactsForPeople(here, location.id, now, now);
    for (const [personId, f] of facts) {
      const uncovered = new Set<string>();
      for (const task of f.tasks.filter((t) => !t.retired && !t.providerOnly)) {
        const decision = decide(f, { personId, taskId: task.id, locationId: location.id, moment: now });
        const [, employer, training, supervision] = decision.factors;
        if (employer?.status !== "met") continue;
        if (training?.status === "not_met") {
          const signOff = ((training.params.missing ?? []) as { code: string }[]).some((m) => m.code.startsWith("competency"));
          trainingGaps.push({ personId, personName: f.person.name, locationId: location.id, locationName: location.name, taskId: task.id, taskName: task.name, reason: training.sentence, signOff });
        }
        if (supervision && NO_COVERAGE.has(supervision.code)) uncovered.add(task.name);
      }
      if (uncovered.size > 0) unsupervised.push({ personId, personName: f.person.name, locationId: location.id, locationName: location.name, tasks: [...uncovered] });
    }
  }

  const staleBefore = plusDays(today, -(organization?.ruleStaleAfterDays ?? 365));
  const rules = await prisma.stateRule.findMany({
    where: { state: { in: [...new Set(locations.map((l) => l.state))] } },
    orderBy: [{ lineageId: "asc" }, { version: "asc" }],
    select: { lineageId: true, version: true, supersedesVersion: true, state: true, citation: true, effectiveFrom: true, effectiveTo: true, lastVerifiedOn: true, recordedAt: true, task: { select: { name: true } } },
  });
  const staleRules = byLineage(versionsOf(rules), (r) => r.lineageId)
    .map((versions) => governing(versions, today, now))
    .filter((r) => r !== null && fromDbDate(r.lastVerifiedOn) < staleBefore)
    .map((r) => ({ lineageId: r!.lineageId, state: r!.state, taskName: r!.task.name, citation: r!.citation, lastVerifiedOn: fromDbDate(r!.lastVerifiedOn) }));

  return {
    expiring: {
      within30: upcoming.filter((r) => r.daysLeft <= 30),
      within60: upcoming.filter((r) => r.daysLeft > 30 && r.daysLeft <= 60),
      within90: upcoming.filter((r) => r.daysLeft > 60 && r.daysLeft <= 90),
    },
    expired: stillExpired(current, today).map(asView).sort((a, b) => a.daysLeft - b.daysLeft),
    trainingGaps,
    unsupervised,
    staleRules,
    byMonth: expirationsByMonth(current.map((r) => r.expiresOn).filter((d) => d > today), today),
  };
}
