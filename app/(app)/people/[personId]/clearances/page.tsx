import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClearanceOverview } from "@/components/clearance/clearance-overview";
import { MomentForm } from "@/components/clearance/moment-form";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { answerDate } from "@/components/clearance/when";
import { zoneNameIn } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { requestContext, requirePersonScope } from "@/lib/auth/guard";
import { answerAllTasks, momentAt } from "@/lib/clearance/check";
import { overviewQuerySchema } from "@/lib/clearance/schema";
import { supervisionSummaries } from "@/lib/clearance/wording";
import { getLocations } from "@/lib/location/data";
import { getPersonName } from "@/lib/person/data";
import { loadLocationHelpers } from "@/lib/user/data";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("clearances"))("title") };
}

export default async function ClearancesPage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { personId } = await params;
  const { actor, locationIds } = await requirePersonScope("clearance.read", personId, "page /people/[personId]/clearances");
  const [t, common, locale] = await Promise.all([getTranslations("clearances"), getTranslations("common"), getLocale()]);
  const [person, locations] = await Promise.all([getPersonName(personId), getLocations(locationIds)]);
  if (!person) notFound();
  const query = overviewQuerySchema.safeParse(await searchParams);
  const date = query.success ? query.data.date || undefined : undefined;
  const time = query.success ? query.data.time || undefined : undefined;
  const zone = locations[0]?.timeZone ?? "UTC";
  const moment = momentAt(date, time, zone);
  const own = person.id === actor.personId;
  const [results, helpers] = await Promise.all([
    locations.length > 0 ? answerAllTasks(person.id, locations.map((l) => l.id), moment, await requestContext(actor), "overview", locale) : [],
    loadLocationHelpers(locations.map((l) => l.id)),
  ]);
  const wall = wallClock(moment, zone);
  const zoneLabel = zoneNameIn(zone, moment, locale);
  const summaries = supervisionSummaries(results.flatMap((r) => r.answers.map((a) => a.decision)), locale);
  return (
    <>
      <PageHeader
        title={own ? t("myHeading") : t("personHeading", { name: person.name })}
        description={t("description")}
        actions={
          <>
            <LinkButton href={`/people/${person.id}/check`} variant="secondary">
              {t("checkTask")}
            </LinkButton>
            <PrintButton />
          </>
        }
      />
      <div className="space-y-4">
        <p className="hidden text-base font-semibold print:block">{t("printedFor", { name: person.name, date: answerDate(wall.date, locale), time: wall.time, zone: zoneLabel })}</p>
        {!query.success ? <Alert tone="error" title={common("invalidMoment")} /> : null}
        {summaries.map((line) => (
          <Alert key={line} tone="warning" title={line} />
        ))}
        <MomentForm action={`/people/${person.id}/clearances`} date={date} time={time} zoneLabel={zoneLabel} />
        {results.length === 0 ? (
          <EmptyState title={own ? common("notAssigned") : common("noLocations")}>{t("perLocation")}</EmptyState>
        ) : (
          <ClearanceOverview results={results} person={{ id: person.id, name: person.name }} audience={own ? "self" : "manager"} helpers={helpers} explicitMoment={Boolean(date || time)} />
        )}
        <VerifyNotice />
      </div>
    </>
  );
}
