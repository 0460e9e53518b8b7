import type { Metadata } from "next";
import Link from "next/link";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { CoverageWeek } from "@/components/arrangement/coverage-week";
import { ExceptionList } from "@/components/exception/exception-list";
import { LinkButton } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { weekCoverage } from "@/lib/arrangement/coverage";
import { listArrangements } from "@/lib/arrangement/data";
import { requireLocation } from "@/lib/auth/guard";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { standingExceptions } from "@/lib/exception/data";
import { presenceSince } from "@/lib/presence/data";
import { plusDays } from "@/lib/time/calendar";
import { endOfLocalDay, startOfLocalDay, wallClock, zoneName } from "@/lib/time/zoned";
import { dateOnly } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Supervision" };

const AHEAD_DAYS = 90;

export default async function SupervisionPage({ params, searchParams }: { params: Promise<{ locationId: string }>; searchParams: Promise<{ week?: string }> }) {
  const { locationId } = await params;
  const { actor, location } = await requireLocation("arrangement.read", locationId, "page /locations/[locationId]/supervision");
  const now = new Date();
  const zone = location.timeZone;
  const today = wallClock(now, zone).date;
  const asked = dateOnly("Week").safeParse((await searchParams).week);
  const anchor = asked.success ? asked.data : today;
  const sunday = plusDays(anchor, -wallClock(startOfLocalDay(anchor, zone), zone).weekday);
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ date: plusDays(sunday, i), weekday: i }));
  const weekStart = startOfLocalDay(sunday, zone);
  const weekEnd = endOfLocalDay(plusDays(sunday, 6), zone);
  const [arrangements, inWeek, ahead, taps] = await Promise.all([
    listArrangements([location.id], undefined, weekStart < now && now < weekEnd ? now : weekStart),
    standingExceptions(location.id, weekStart, weekEnd),
    standingExceptions(location.id, startOfLocalDay(today, zone), endOfLocalDay(plusDays(today, AHEAD_DAYS), zone)),
    presenceSince([location.id], startOfLocalDay(today, zone)),
  ]);
  const current = arrangements.filter((a) => a.inForce && a.allClinicalTasks);
  const week = weekCoverage(days, current.map((a) => ({ supervisorId: a.supervisor.id, supervisorName: a.supervisor.name, level: a.level, windows: a.windows })), inWeek, zone);
  const editable = can(actor, "arrangement.manage", { kind: "location", locationId: location.id });
  const checkIns = [...new Map(taps.map((t) => [t.providerId, `${t.provider.firstName} ${t.provider.lastName}`])).entries()].map(([id, name]) => ({ name, state: checkInState(taps.filter((t) => t.providerId === id), now, zone) }));
  return (
    <>
      <PageHeader
        title={`Supervision at ${location.name}`}
        description="Who supervises whom, when and how closely, and what changes it: absences, extra sessions, closures, check-ins. A clinical task that needs a supervisor on site is not cleared in a gap."
        actions={
          editable ? (
            <>
              <LinkButton href={`/locations/${location.id}/supervision/what-if`} variant="secondary">
                What if a provider is away?
              </LinkButton>
              <LinkButton href={`/locations/${location.id}/supervision/exceptions/new`} variant="secondary">
                Add an exception
              </LinkButton>
              <LinkButton href={`/locations/${location.id}/supervision/new`}>New arrangement</LinkButton>
            </>
          ) : null
        }
      />
      <div className="space-y-5">
        <Card title="Check-ins today" actions={location.requiresCheckIn ? <Badge tone="blue">Check-in required</Badge> : <Badge>Check-in optional</Badge>}>
          {checkIns.length === 0 ? (
            <p className="text-sm text-muted">{location.requiresCheckIn ? "No provider has checked in today: tasks that need a supervisor on site are not cleared until one does." : "No check-ins today. They are optional here: answers follow the plan and its exceptions."}</p>
          ) : (
            <ul className="text-sm">
              {checkIns.map((c) => (
                <li key={c.name}>
                  {c.name}: {c.state.checkedIn ? `on site since ${formatMinute(c.state.since!)}` : `checked out at ${formatMinute(c.state.checkedOutAt!)}`}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          title={`Week of ${sunday} (arrangements for all clinical tasks, with exceptions)`}
          actions={
            <span className="flex gap-3 text-sm">
              <Link href={`/locations/${location.id}/supervision?week=${plusDays(sunday, -7)}`} className="font-medium text-brand-800 underline">
                Previous week
              </Link>
              <Link href={`/locations/${location.id}/supervision?week=${plusDays(sunday, 7)}`} className="font-medium text-brand-800 underline">
                Next week
              </Link>
            </span>
          }
        >
          <CoverageWeek days={days} week={week} today={today} zoneLabel={`${zone} (${zoneName(zone, weekStart)})`} />
        </Card>
        <Card title={`Absences, extra sessions and closures (next ${AHEAD_DAYS} days)`}>
          <ExceptionList
            exceptions={ahead.map((e) => ({ ...e, locationId: location.id, timeZone: zone }))}
            editHref={editable ? (e) => `/locations/${location.id}/supervision/exceptions/${e.lineageId}` : undefined}
            readOnly={!editable}
            empty="Nothing recorded: answers follow the weekly plan."
          />
        </Card>
        <Card title="Arrangements">
          <ArrangementList arrangements={arrangements} editable={editable} today={today} />
        </Card>
      </div>
    </>
  );
}
