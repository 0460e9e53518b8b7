import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrangementList } from "@/components/arrangement/arrangement-list";
import { CoverageWeek } from "@/components/arrangement/coverage-week";
import { ExceptionList } from "@/components/exception/exception-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { listArrangements, loadCoverageFacts } from "@/lib/arrangement/data";
import { chosenTask, weekView } from "@/lib/arrangement/week-view";
import { requireLocation } from "@/lib/auth/guard";
import { supervisableTasks } from "@/lib/clearance/facts";
import { checkInState } from "@/lib/clearance/on-duty";
import { formatMinute } from "@/lib/clearance/supervision";
import { standingExceptions } from "@/lib/exception/data";
import { localize } from "@/lib/i18n/localize";
import { presenceSince } from "@/lib/presence/data";
import { plusDays } from "@/lib/time/calendar";
import { endOfLocalDay, startOfLocalDay, wallClock, zoneName } from "@/lib/time/zoned";
import { dateOnly } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("supervision.page");
  return { title: t("metaTitle") };
}

const AHEAD_DAYS = 90;

export default async function SupervisionPage({ params, searchParams }: { params: Promise<{ locationId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locationId } = await params;
  const { actor, location } = await requireLocation("arrangement.read", locationId, "page /locations/[locationId]/supervision");
  const [t, coverage, locale] = await Promise.all([getTranslations("supervision.page"), getTranslations("supervision.coverage"), getLocale()]);
  const now = new Date();
  const zone = location.timeZone;
  const today = wallClock(now, zone).date;
  const query = await searchParams;
  const asked = dateOnly("forms.label.week").safeParse(query.week);
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
  const { chosen, error: filterProblem } = chosenTask(query, supervisable);
  const filterError = filterProblem && localize(filterProblem, locale);
  const { week, missing, shown, uncovered, undetermined } = weekView(days, arrangements, inWeek, facts, supervisable, chosen, zone);
  const weekHref = (date: string) => `/locations/${location.id}/supervision?week=${date}${chosen ? `&task=${encodeURIComponent(chosen.code)}` : ""}`;
  const editable = can(actor, "arrangement.manage", { kind: "location", locationId: location.id });
  const checkIns = [...new Map(taps.map((t) => [t.providerId, `${t.provider.firstName} ${t.provider.lastName}`])).entries()].map(([id, name]) => ({ name, state: checkInState(taps.filter((t) => t.providerId === id), now, zone) }));
  return (
    <ClientMessages paths={["exceptions.cancel"]}>
      <PageHeader
        title={t("title", { location: location.name })}
        description={t("description")}
        actions={
          editable ? (
            <>
              <LinkButton href={`/locations/${location.id}/supervision/what-if`} variant="secondary">
                {t("whatIf")}
              </LinkButton>
              <LinkButton href={`/locations/${location.id}/supervision/exceptions/new`} variant="secondary">
                {t("addException")}
              </LinkButton>
              <LinkButton href={`/locations/${location.id}/supervision/new`}>{t("newArrangement")}</LinkButton>
            </>
          ) : null
        }
      />
      <div className="space-y-5">
        <Card title={t("checkIns")} actions={location.requiresCheckIn ? <Badge tone="blue">{t("checkInRequired")}</Badge> : <Badge>{t("checkInOptional")}</Badge>}>
          {checkIns.length === 0 ? (
            <p className="text-sm text-muted">{location.requiresCheckIn ? t("noCheckInsRequired") : t("noCheckInsOptional")}</p>
          ) : (
            <ul className="text-sm">
              {checkIns.map((c) => (
                <li key={c.name}>{c.state.checkedIn ? t("onSiteSince", { name: c.name, time: formatMinute(c.state.since!) }) : t("checkedOutAt", { name: c.name, time: formatMinute(c.state.checkedOutAt!) })}</li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          title={chosen ? t("weekOfTask", { date: sunday, task: chosen.name }) : t("weekOfEvery", { date: sunday })}
          actions={
            <span className="flex gap-3 text-sm">
              <Link href={weekHref(plusDays(sunday, -7))} className="font-medium text-brand-800 underline">
                {t("previousWeek")}
              </Link>
              <Link href={weekHref(plusDays(sunday, 7))} className="font-medium text-brand-800 underline">
                {t("nextWeek")}
              </Link>
            </span>
          }
        >
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
            <input type="hidden" name="week" value={sunday} />
            <div className="space-y-1">
              <label htmlFor="coverage-task" className="block text-sm font-medium">
                {coverage("filterLabel")}
              </label>
              <select id="coverage-task" name="task" defaultValue={chosen?.code ?? ""} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm">
                <option value="">{coverage("everyTask")}</option>
                {supervisable.map((t) => (
                  <option key={t.id} value={t.code}>
                    {t.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className={buttonClass("secondary")}>
              {coverage("show")}
            </button>
          </form>
          {filterError ? (
            <div className="mb-4">
              <Alert tone="warning" title={filterError} />
            </div>
          ) : null}
          <CoverageWeek days={days} week={week} missing={missing} shown={shown} uncovered={uncovered} undetermined={undetermined} today={today} zoneLabel={`${zone} (${zoneName(zone, weekStart)})`} />
        </Card>
        <Card title={t("exceptions", { days: AHEAD_DAYS })}>
          <ExceptionList
            exceptions={ahead.map((e) => ({ ...e, locationId: location.id, timeZone: zone }))}
            editHref={editable ? (e) => `/locations/${location.id}/supervision/exceptions/${e.lineageId}` : undefined}
            readOnly={!editable}
            empty={t("noExceptions")}
          />
        </Card>
        <Card title={t("arrangements")}>
          <ArrangementList arrangements={arrangements} editable={editable} today={today} />
        </Card>
      </div>
    </ClientMessages>
  );
}
