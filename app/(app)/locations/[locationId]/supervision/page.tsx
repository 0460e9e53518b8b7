import type { Metadata } from "next";
import Link from "next/link";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { CoverageWeek } from "@/components/arrangement/coverage-week";
import { ExceptionList } from "@/components/exception/exception-list";
import { Alert } from "@/components/ui/alert";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { listArrangements, loadCoverageFacts } from "@/lib/arrangement/data";
import { chosenTask, weekView } from "@/lib/arrangement/week-view";
import { COVERAGE_WORDS } from "@/lib/arrangement/wording";
import { requireLocation } from "@/lib/auth/guard";
import { supervisableTasks } from "@/lib/clearance/facts";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { standingExceptions } from "@/lib/exception/data";
import { presenceSince } from "@/lib/presence/data";
import { plusDays } from "@/lib/time/calendar";
import { endOfLocalDay, startOfLocalDay, wallClock, zoneName } from "@/lib/time/zoned";
import { dateOnly } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "Supervision" };

const AHEAD_DAYS = 90;

export default async function SupervisionPage({ params, searchParams }: { params: Promise<{ locationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locationId } = await params;
  const { actor, location } = await requireLocation("arrangement.read", locationId, "page /locations/[locationId]/supervision");
  const now = new Date();
  const zone = location.timeZone;
  const today = wallClock(now, zone).date;
  const query = await searchParams;
  const asked = dateOnly("Week").safeParse(query.week);
  const anchor = asked.success ? asked.data : today;
  const sunday = plusDays(anchor, -wallClock(startOfLocalDay(anchor, zone), zone).weekday);
  const days = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ date: plusDays(sunday, i), weekday: i }));
  const weekStart = startOfLocalDay(sunday, zone);
  const weekEnd = endOfLocalDay(plusDays(sunday, 6), zone);
  const [arrangements, inWeek, ahead, taps, facts] = await Promise.all([
    listArrangements([location.id], undefined, weekStart < now && now < weekEnd ? now : weekStart),
    standingExceptions(location.id, weekStart, weekEnd),
    standingExceptions(location.id, startOfLocalDay(today, zone), endOfLocalDay(plusDays(today, AHEAD_DAYS), zone)),
    presenceSince([location.id], startOfLocalDay(today, zone)),
    loadCoverageFacts(location.id, weekStart, weekEnd, now),
  ]);
  const supervisable = facts ? supervisableTasks(facts.tasks.filter((t) => !t.retired)) : [];
  const { chosen, error: filterError } = chosenTask(query, supervisable);
  const { week, missing, shown, uncovered, undetermined } = weekView(days, arrangements, inWeek, facts, supervisable, chosen, zone);
  const weekHref = (date: string) => `/locations/${location.id}/supervision?week=${date}${chosen ? `&task=${encodeURIComponent(chosen.code)}` : ""}`;
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
          title={`Week of ${sunday}: ${chosen ? chosen.name : "every supervised task"}`}
          actions={
            <span className="flex gap-3 text-sm">
              <Link href={weekHref(plusDays(sunday, -7))} className="font-medium text-brand-800 underline">
                Previous week
              </Link>
              <Link href={weekHref(plusDays(sunday, 7))} className="font-medium text-brand-800 underline">
                Next week
              </Link>
            </span>
          }
        >
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
            <input type="hidden" name="week" value={sunday} />
            <div className="space-y-1">
              <label htmlFor="coverage-task" className="block text-sm font-medium">
                {COVERAGE_WORDS.filterLabel}
              </label>
              <select id="coverage-task" name="task" defaultValue={chosen?.code ?? ""} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm">
                <option value="">{COVERAGE_WORDS.everyTask}</option>
                {supervisable.map((t) => (
                  <option key={t.id} value={t.code}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {COVERAGE_WORDS.show}
            </button>
          </form>
          {filterError ? (
            <div className="mb-4">
              <Alert tone="warning" title={filterError} />
            </div>
          ) : null}
          <CoverageWeek days={days} week={week} missing={missing} shown={shown} uncovered={uncovered} undetermined={undetermined} today={today} zoneLabel={`${zone} (${zoneName(zone, weekStart)})`} />
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
