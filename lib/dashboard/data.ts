import "server-only";
import { prisma } from "@/lib/db/client";
import { loadFactsForPeople } from "@/lib/clearance/data";
import { decide } from "@/lib/clearance/decide";
import { expirationsByMonth, stillExpired } from "./expirations";

const DAY = 86_400_000;

export type DashboardRecord = { lineageId: string; personId: string; personName: string; title: string; kind: string; expiresAt: string; daysLeft: number };
export type Dashboard = {
  expiring: { within30: DashboardRecord[]; within60: DashboardRecord[]; within90: DashboardRecord[] };
  expired: DashboardRecord[];
  trainingGaps: { personId: string; personName: string; locationId: string; locationName: string; taskName: string; reason: string }[];
  unsupervised: { personId: string; personName: string; locationId: string; locationName: string; tasks: string[] }[];
  staleRules: { lineageId: string; state: string; taskName: string; citation: string; lastVerifiedAt: string }[];
  byMonth: { month: string; count: number }[];
};

/**
 * What needs a manager's attention at their locations, now. A fixed number of queries: the people,
 * their records, one facts load per location (the engine answers the rest), and the rules.
 */
export async function loadDashboard(locationIds: readonly string[], now: Date = new Date()): Promise<Dashboard> {
  const [organization, locations, people] = await Promise.all([
    prisma.organization.findFirst({ select: { timeZone: true, ruleStaleAfterDays: true } }),
    prisma.location.findMany({ where: { id: { in: [...locationIds] } }, select: { id: true, name: true, state: true } }),
    prisma.person.findMany({
      where: { isMedicalAssistant: true, locations: { some: { locationId: { in: [...locationIds] } } } },
      select: { id: true, firstName: true, lastName: true, locations: { select: { locationId: true } } },
    }),
  ]);
  const timeZone = organization?.timeZone ?? "UTC";
  const names = new Map(people.map((p) => [p.id, `${p.firstName} ${p.lastName}`]));

  const records = await prisma.trainingRecord.findMany({
    where: { personId: { in: people.map((p) => p.id) }, expiresAt: { not: null } },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    select: { lineageId: true, personId: true, kind: true, title: true, completedAt: true, expiresAt: true, tasks: { select: { taskId: true } } },
  });
  const latest = new Map<string, (typeof records)[number]>();
  for (const r of records) if (!latest.has(r.lineageId)) latest.set(r.lineageId, r);
  const current = [...latest.values()].map((r) => ({ ...r, taskIds: r.tasks.map((t) => t.taskId) }));
  const asView = (r: (typeof current)[number]): DashboardRecord => ({
    lineageId: r.lineageId,
    personId: r.personId,
    personName: names.get(r.personId) ?? "",
    title: r.title,
    kind: r.kind,
    expiresAt: r.expiresAt!.toISOString(),
    daysLeft: Math.ceil((r.expiresAt!.getTime() - now.getTime()) / DAY),
  });
  const upcoming = current.filter((r) => r.expiresAt! > now).map(asView).sort((a, b) => a.daysLeft - b.daysLeft);

  const trainingGaps: Dashboard["trainingGaps"] = [];
  const unsupervised: Dashboard["unsupervised"] = [];
  for (const location of locations) {
    const here = people.filter((p) => p.locations.some((l) => l.locationId === location.id)).map((p) => p.id);
    const facts = await loadFactsForPeople(here, location.id, now, now);
    for (const [personId, f] of facts) {
      const clinical = new Set<string>();
      for (const task of f.tasks.filter((t) => !t.retired && !t.providerOnly)) {
        const decision = decide(f, { personId, taskId: task.id, locationId: location.id, moment: now });
        const [, employer, training] = decision.factors;
        if (employer?.status !== "met") continue;
        if (training?.status === "not_met") trainingGaps.push({ personId, personName: f.person.name, locationId: location.id, locationName: location.name, taskName: task.name, reason: training.sentence });
        if (task.category === "clinical" || task.category === "clinical_support") clinical.add(task.name);
      }
      const covered = f.arrangements.some((a) => a.windows.length > 0 && (a.effectiveTo === null || a.effectiveTo > now));
      if (clinical.size > 0 && !covered) unsupervised.push({ personId, personName: f.person.name, locationId: location.id, locationName: location.name, tasks: [...clinical] });
    }
  }

  const staleBefore = new Date(now.getTime() - (organization?.ruleStaleAfterDays ?? 365) * DAY);
  const rules = await prisma.stateRule.findMany({
    where: { state: { in: [...new Set(locations.map((l) => l.state))] } },
    orderBy: [{ lineageId: "asc" }, { version: "desc" }],
    select: { lineageId: true, state: true, citation: true, lastVerifiedAt: true, task: { select: { name: true } } },
  });
  const seen = new Set<string>();
  const staleRules = rules
    .filter((r) => !seen.has(r.lineageId) && seen.add(r.lineageId) && r.lastVerifiedAt < staleBefore)
    .map((r) => ({ lineageId: r.lineageId, state: r.state, taskName: r.task.name, citation: r.citation, lastVerifiedAt: r.lastVerifiedAt.toISOString() }));

  return {
    expiring: {
      within30: upcoming.filter((r) => r.daysLeft <= 30),
      within60: upcoming.filter((r) => r.daysLeft > 30 && r.daysLeft <= 60),
      within90: upcoming.filter((r) => r.daysLeft > 60 && r.daysLeft <= 90),
    },
    expired: stillExpired(current, now).map(asView).sort((a, b) => a.daysLeft - b.daysLeft),
    trainingGaps,
    unsupervised,
    staleRules,
    byMonth: expirationsByMonth(current.map((r) => r.expiresAt!).filter((d) => d > now), now, timeZone),
  };
}
