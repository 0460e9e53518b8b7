import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClearanceOverview } from "@/components/clearance/clearance-overview";
import { ANSWER_LABELS } from "@/components/clearance/labels";
import { MomentForm } from "@/components/clearance/moment-form";
import { VerifyNotice } from "@/components/clearance/verify-notice";
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
import { getPersonProfile } from "@/lib/person/data";
import { loadLocationHelpers } from "@/lib/user/data";
import { wallClock, zoneName } from "@/lib/time/zoned";

export const metadata: Metadata = { title: "Clearances" };

export default async function ClearancesPage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { personId } = await params;
  const { actor, locationIds } = await requirePersonScope("clearance.read", personId, "page /people/[personId]/clearances");
  const [person, locations] = await Promise.all([getPersonProfile(personId), getLocations(locationIds)]);
  if (!person) notFound();
  const query = overviewQuerySchema.safeParse(await searchParams);
  const date = query.success ? query.data.date || undefined : undefined;
  const time = query.success ? query.data.time || undefined : undefined;
  const zone = locations[0]?.timeZone ?? "UTC";
  const moment = momentAt(date, time, zone);
  const own = person.id === actor.personId;
  const [results, helpers] = await Promise.all([
    locations.length > 0 ? answerAllTasks(person.id, locations.map((l) => l.id), moment, await requestContext(actor), "overview") : [],
    loadLocationHelpers(locations.map((l) => l.id)),
  ]);
  const wall = wallClock(moment, zone);
  const summaries = supervisionSummaries(results.flatMap((r) => r.answers.map((a) => a.decision)));
  return (
    <>
      <PageHeader
        title={own ? "My clearances" : `${person.name}: clearances`}
        description="May I do this task, here, right now? Each answer weighs state law, employer policy, documented training and competency, and supervision."
        actions={
          <>
            <LinkButton href={`/people/${person.id}/check`} variant="secondary">
              Check a task
            </LinkButton>
            <PrintButton />
          </>
        }
      />
      <div className="space-y-4">
        <p className="hidden text-base font-semibold print:block">{ANSWER_LABELS.printedFor(person.name, `${wall.date} ${wall.time} ${zoneName(zone, moment)}`)}</p>
        {!query.success ? <Alert tone="error" title={ANSWER_LABELS.invalidMoment} /> : null}
        {summaries.map((line) => (
          <Alert key={line} tone="warning" title={line} />
        ))}
        <MomentForm action={`/people/${person.id}/clearances`} date={date} time={time} zoneLabel={zoneName(zone, moment)} />
        {results.length === 0 ? (
          <EmptyState title={own ? "You are not assigned to a location yet." : "No locations you can see."}>Clearances are per location. An admin assigns locations.</EmptyState>
        ) : (
          <ClearanceOverview results={results} person={{ id: person.id, name: person.name }} audience={own ? "self" : "manager"} helpers={helpers} explicitMoment={Boolean(date || time)} />
        )}
        <VerifyNotice />
      </div>
    </>
  );
}
