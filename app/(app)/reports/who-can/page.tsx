import type { Metadata } from "next";
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
import { zodFieldErrors } from "@/lib/validation/form-data";

export const metadata: Metadata = { title: "Who could do this task" };

const ENTRY = "page /reports/who-can";

export default async function WhoCanPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = whoCanQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { known: "then" as const };
  const errors: Record<string, string> = parsed.success ? {} : zodFieldErrors(parsed.error);
  const { actor, locations } = await requireLocations("report.read", query.location ? [query.location] : [], ENTRY);
  const [choices, tasks] = await Promise.all([listLocations(reachableLocations(actor, "report.read")), listTasks()]);
  const location = locations[0]!;
  const task = tasks.find((t) => t.id === query.task);
  if (query.task && !task) errors.task = "Choose a task from the list.";
  const now = new Date();
  const moment = momentAt(query.date || undefined, query.time || undefined, location.timeZone, now);
  const wall = wallClock(moment, location.timeZone);
  const valid = Object.keys(errors).length === 0;
  const rows = task && valid ? await loadWhoCan({ location, moment, known: query.known }, task.id, now) : null;
  if (rows && task) await recordAuditorReportView(actor, await requestContext(actor), ENTRY, { task: task.id, location: location.id, moment: moment.toISOString(), known: query.known });
  const search = queryString({ task: task?.id, location: location.id, date: wall.date, time: wall.time, known: query.known });
  const checkHref = (personId: string) => `/people/${personId}/check?${search}`;

  return (
    <>
      <PageHeader
        title="Who could do this task"
        description="For one task, location and moment: every medical assistant working there then, with the answer and the reasons, from what was on record then or from everything known today."
        actions={rows ? <DownloadLink href={`/api/reports/who-can?${search}`}>Download CSV</DownloadLink> : null}
      />
      <div className="space-y-5">
        {!valid ? <Alert tone="error" title="Some choices need attention">{Object.values(errors).join(" ")}</Alert> : null}
        {rows && moment > now ? <Alert tone="info" title="That moment is in the future: the answers use what is on record now." /> : null}
        <MomentForm action="/reports/who-can" date={wall.date} time={wall.time} zoneLabel={zoneName(location.timeZone, moment)} submitLabel="Show">
          <TaskPicker tasks={tasks} selected={task?.id} error={errors.task} />
          <KnownChoice value={query.known} error={errors.known} />
          <div className="w-full sm:w-64">
            <SelectField label="Location" name="location" defaultValue={location.id} error={errors.location}>
              {choices.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({l.state})
                </option>
              ))}
            </SelectField>
          </div>
        </MomentForm>
        {rows && task ? (
          <Card title={`${task.name} at ${location.name}, ${localMoment(moment, location.timeZone)}`}>
            <p className="mb-3 text-sm text-muted">
              {rows.filter((r) => r.answer.decision.answer === "cleared").length} of {rows.length} cleared. A name opens that person&apos;s check for this task and moment.
            </p>
            <WhoCanList rows={rows} caption={`Who could do ${task.name} at ${location.name}, ${localMoment(moment, location.timeZone)}: cleared first`} checkHref={checkHref} />
          </Card>
        ) : valid ? (
          <p className="text-sm text-muted">Choose a task to see who could do it.</p>
        ) : null}
        <VerifyNotice />
      </div>
    </>
  );
}
