import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionDetails } from "@/components/clearance/decision-details";
import { MomentForm } from "@/components/clearance/moment-form";
import { TaskPicker } from "@/components/clearance/task-picker";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { answerDate } from "@/components/clearance/when";
import { zoneNameIn } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestContext, requirePersonScope } from "@/lib/auth/guard";
import { answerOneTask, momentAt } from "@/lib/clearance/check";
import { helpersFor } from "@/lib/clearance/overview";
import { checkQuerySchema } from "@/lib/clearance/schema";
import { summarize } from "@/lib/clearance/summary";
import { getLocations } from "@/lib/location/data";
import { getPersonName } from "@/lib/person/data";
import { listTasks } from "@/lib/task/data";
import { loadLocationHelpers } from "@/lib/user/data";
import { wallClock } from "@/lib/time/zoned";
import { zodFieldErrors } from "@/lib/validation/form-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("check"))("title") };
}

export default async function CheckPage({ params, searchParams }: { params: Promise<{ personId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { personId } = await params;
  const { actor, locationIds } = await requirePersonScope("clearance.read", personId, "page /people/[personId]/check");
  const [t, common, locale] = await Promise.all([getTranslations("check"), getTranslations("common"), getLocale()]);
  const [person, locations, tasks] = await Promise.all([getPersonName(personId), getLocations(locationIds), listTasks()]);
  if (!person) notFound();
  const own = person.id === actor.personId;
  const raw = await searchParams;
  const parsed = checkQuerySchema.safeParse(raw);
  // Said in the reader's language: the schema's own messages are English.
  const fieldWords = { task: t("chooseTask"), location: t("chooseLocation"), date: t("invalidDate"), time: t("invalidTime") } as Record<string, string>;
  const errors: Record<string, string> = parsed.success ? {} : Object.fromEntries(Object.keys(zodFieldErrors(parsed.error)).map((field) => [field, fieldWords[field] ?? t("needsAttention")]));
  const input = parsed.success ? parsed.data : {};
  const location = locations.find((l) => l.id === input.location) ?? locations[0];
  if (input.location && location?.id !== input.location) errors.location = t("chooseLocation");
  const task = tasks.find((t) => t.id === input.task);
  if (input.task && !task) errors.task = t("chooseTask");
  const moment = location ? momentAt(input.date || undefined, input.time || undefined, location.timeZone) : new Date();
  const wall = location ? wallClock(moment, location.timeZone) : null;
  const zoneLabel = location ? zoneNameIn(location.timeZone, moment, locale) : "";
  const asking = task && location && Object.keys(errors).length === 0;
  const [answer, helpers] = await Promise.all([
    asking ? answerOneTask(person.id, task.id, location.id, moment, await requestContext(actor), "check", locale) : null,
    asking ? loadLocationHelpers([location.id]) : [],
  ]);
  const summary =
    answer && location
      ? summarize(answer.decision, { audience: own ? "self" : "manager", person: person.name, task: answer.task.name, helpers: helpersFor(helpers, person.id, location.id, answer.task), hoursShown: true }, locale)
      : undefined;

  return (
    <>
      <PageHeader
        title={own ? t("title") : t("personHeading", { name: person.name })}
        description={t("description")}
        actions={
          <Link href={`/people/${person.id}/clearances`} className="text-sm font-semibold text-brand-800 underline">
            {t("allClearances")}
          </Link>
        }
      />
      {locations.length === 0 || !location || !wall ? (
        <EmptyState title={own ? common("notAssigned") : common("noLocations")} />
      ) : (
        <div className="space-y-5">
          {Object.keys(errors).length > 0 ? <Alert tone="error" title={t("needsAttention")}>{Object.values(errors).join(" ")}</Alert> : null}
          <MomentForm action={`/people/${person.id}/check`} date={input.date || wall.date} time={input.time || wall.time} zoneLabel={zoneLabel} submitLabel={t("submit")}>
            <TaskPicker tasks={tasks} selected={task?.id} error={errors.task} />
            <div className="space-y-1">
              <label htmlFor="location" className="block text-sm font-medium">
                {t("location")}
              </label>
              <select id="location" name="location" defaultValue={location.id} className="block rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm" aria-invalid={errors.location ? true : undefined}>
                {locations.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.name} ({l.state})
                  </option>
                ))}
              </select>
            </div>
          </MomentForm>
          {answer ? (
            <DecisionDetails
              focusKey={`${answer.task.id} ${location.id} ${wall.date} ${wall.time}`}
              decision={answer.decision}
              summary={summary}
              evidenceIds={false}
              heading={t("answerHeading", { task: answer.task.name, location: location.name, date: answerDate(wall.date, locale), time: wall.time, zone: zoneLabel })}
            />
          ) : (
            <p className="text-sm text-muted">{t("choosePrompt")}</p>
          )}
          <VerifyNotice />
        </div>
      )}
    </>
  );
}
