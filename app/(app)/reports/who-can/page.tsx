import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { KnownChoice } from "@/components/report/known-choice";
import { MomentForm } from "@/components/clearance/moment-form";
import { TaskPicker } from "@/components/clearance/task-picker";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { DownloadLink } from "@/components/report/download-link";
import { WhoCanList } from "@/components/report/who-can-list";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { reachableLocations } from "@/lib/access/policy";
import { requestContext, requireLocations } from "@/lib/auth/guard";
import { momentAt } from "@/lib/clearance/check";
import { listLocations } from "@/lib/location/data";
import { localMoment } from "@/lib/report/as-of";
import { loadWhoCan } from "@/lib/report/data";
import { recordAuditorReportView } from "@/lib/report/mutations";
import { queryString } from "@/lib/http/query";
import { whoCanQuerySchema } from "@/lib/report/schema";
import { listTasks } from "@/lib/task/data";
import { wallClock, zoneName } from "@/lib/time/zoned";
import { localizeFields } from "@/lib/i18n/localize";
import { zodFieldErrors } from "@/lib/validation/form-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.whoCan");
  return { title: t("title") };
}

const ENTRY = "page /reports/who-can";

export default async function WhoCanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = whoCanQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { known: "then" as const };
  const errors: Record<string, string> = parsed.success ? {} : localizeFields(zodFieldErrors(parsed.error), await getLocale());
  const { actor, locations } = await requireLocations("report.read", query.location ? [query.location] : [], ENTRY);
  const [choices, tasks, t] = await Promise.all([listLocations(reachableLocations(actor, "report.read")), listTasks(), getTranslations("reports")]);
  const location = locations[0]!;
  const task = tasks.find((candidate) => candidate.id === query.task);
  if (query.task && !task) errors.task = t("whoCan.chooseTaskFromList");
  const now = new Date();
  const moment = momentAt(query.date || undefined, query.time || undefined, location.timeZone, now);
  const wall = wallClock(moment, location.timeZone);
  const valid = Object.keys(errors).length === 0;
  const rows = task && valid ? await loadWhoCan({ location, moment, known: query.known }, task.id, now) : null;
  if (rows && task) await recordAuditorReportView(actor, await requestContext(actor), ENTRY, { task: task.id, location: location.id, moment: moment.toISOString(), known: query.known });
  const search = queryString({ task: task?.id, location: location.id, date: wall.date, time: wall.time, known: query.known });
  const checkHref = (personId: string) => `/people/${personId}/check?${search}`;
  const where = { task: task?.name ?? "", location: location.name, moment: localMoment(moment, location.timeZone) };

  return (
    <>
      <PageHeader
        title={t("whoCan.title")}
        description={t("whoCan.description")}
        actions={rows ? <DownloadLink href={`/api/reports/who-can?${search}`}>{t("downloadCsv")}</DownloadLink> : null}
      />
      <div className="space-y-5">
        {!valid ? <Alert tone="error" title={t("choicesNeedAttention")}>{Object.values(errors).join(" ")}</Alert> : null}
        {rows && moment > now ? <Alert tone="info" title={t("futureMoment")} /> : null}
        <MomentForm action="/reports/who-can" date={wall.date} time={wall.time} zoneLabel={zoneName(location.timeZone, moment)} submitLabel={t("whoCan.show")}>
          <TaskPicker tasks={tasks} selected={task?.id} error={errors.task} />
          <KnownChoice value={query.known} error={errors.known} />
          <div className="w-full sm:w-64">
            <SelectField label={t("whoCan.location")} name="location" defaultValue={location.id} error={errors.location}>
              {choices.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({l.state})
                </option>
              ))}
            </SelectField>
          </div>
        </MomentForm>
        {rows && task ? (
          <Card title={t("whoCan.cardTitle", where)}>
            <p className="mb-3 text-sm text-muted">{t("whoCan.summary", { cleared: rows.filter((r) => r.answer.decision.answer === "cleared").length, total: rows.length })}</p>
            <WhoCanList rows={rows} caption={t("whoCan.caption", where)} checkHref={checkHref} />
          </Card>
        ) : valid ? (
          <p className="text-sm text-muted">{t("whoCan.chooseTask")}</p>
        ) : null}
        <VerifyNotice />
      </div>
    </>
  );
}
