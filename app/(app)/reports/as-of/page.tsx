import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionDetails } from "@/components/clearance/decision-details";
import { MomentForm } from "@/components/clearance/moment-form";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { AnswerEvidence } from "@/components/report/answer-evidence";
import { AsOfMatrix } from "@/components/report/as-of-matrix";
import { DownloadLink } from "@/components/report/download-link";
import { KnownChoice } from "@/components/report/known-choice";
import { LocationChoices } from "@/components/report/location-choices";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { reachableLocations } from "@/lib/access/policy";
import { requestContext, requireLocations } from "@/lib/auth/guard";
import { momentAt } from "@/lib/clearance/check";
import { listLocations } from "@/lib/location/data";
import { localMoment } from "@/lib/report/as-of";
import { loadAsOfReports } from "@/lib/report/data";
import { recordAuditorReportView } from "@/lib/report/mutations";
import { queryString } from "@/lib/http/query";
import { asOfQuerySchema } from "@/lib/report/schema";
import { wallClock, zoneName } from "@/lib/time/zoned";
import { localizeFields } from "@/lib/i18n/localize";
import { zodFieldErrors } from "@/lib/validation/form-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.asOf");
  return { title: t("title") };
}

const ENTRY = "page /reports/as-of";

export default async function AsOfPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = asOfQuerySchema.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { location: [] as string[], known: "then" as const };
  const errors = parsed.success ? {} : localizeFields(zodFieldErrors(parsed.error), await getLocale());
  const { actor, locations } = await requireLocations("report.read", query.location, ENTRY);
  const [choices, t] = await Promise.all([listLocations(reachableLocations(actor, "report.read")), getTranslations("reports")]);
  const now = new Date();
  const requests = locations.map((location) => ({ location, moment: momentAt(query.date || undefined, query.time || undefined, location.timeZone, now), known: query.known }));
  const valid = Object.keys(errors).length === 0;
  const reports = valid ? await loadAsOfReports(requests, now) : [];
  if (valid) await recordAuditorReportView(actor, await requestContext(actor), ENTRY, { locations: locations.map((l) => l.id), date: query.date || null, time: query.time || null, known: query.known });

  const first = requests[0]!;
  const wall = wallClock(first.moment, first.location.timeZone);
  const zones = new Set(locations.map((l) => l.timeZone));
  const base = { location: query.location, date: query.date || wall.date, time: query.time || wall.time, known: query.known };
  const cellHref = (locationId: string) => (personId: string, taskId: string) => `/reports/as-of?${queryString({ ...base, person: personId, task: taskId, cellLocation: locationId })}#answer`;
  const cellReport = reports.find((r) => r.location.id === query.cellLocation);
  const cellRow = cellReport?.rows.find((r) => r.person.id === query.person);
  const cell = cellRow?.answers.find((a) => a.task.id === query.task);

  return (
    <>
      <PageHeader
        title={t("asOf.title")}
        description={t("asOf.description")}
        actions={valid ? <DownloadLink href={`/api/reports/as-of?${queryString(base)}`}>{t("downloadCsv")}</DownloadLink> : null}
      />
      <div className="space-y-5">
        {!valid ? <Alert tone="error" title={t("choicesNeedAttention")}>{Object.values(errors).join(" ")}</Alert> : null}
        {valid && requests.some((r) => r.moment > now) ? <Alert tone="info" title={t("futureMoment")} /> : null}
        <MomentForm action="/reports/as-of" date={base.date} time={base.time} zoneLabel={zones.size === 1 ? zoneName(first.location.timeZone, first.moment) : t("asOf.eachLocalTime")}>
          <KnownChoice value={query.known} error={errors.known} />
          <div className="w-full">
            <LocationChoices locations={choices} selected={query.location} error={errors.location} />
          </div>
        </MomentForm>
        {query.person && query.task && valid ? (
          <Card title={t("asOf.answerDetails")}>
            <div id="answer" className="space-y-4">
              {cell && cellRow && cellReport ? (
                <>
                  <DecisionDetails decision={cell.decision} heading={t("asOf.answerHeading", { task: cell.task.name, person: cellRow.person.name, location: cellReport.location.name, moment: localMoment(cellReport.moment, cellReport.location.timeZone) })} />
                  <AnswerEvidence answer={cell} />
                </>
              ) : (
                <Alert tone="warning" title={t("asOf.notInReport")}>
                  {t("asOf.notInReportDetail")}
                </Alert>
              )}
              <Link href={`/reports/as-of?${queryString(base)}`} prefetch={false} className="text-sm font-semibold text-brand-800 underline">
                {t("asOf.closeDetails")}
              </Link>
            </div>
          </Card>
        ) : null}
        {reports.map((report) => (
          <AsOfMatrix key={report.location.id} report={report} cellHref={cellHref(report.location.id)} selected={report.location.id === query.cellLocation && query.person && query.task ? { personId: query.person, taskId: query.task } : undefined} />
        ))}
        <p className="text-sm text-muted">
          {query.known === "now" ? t("asOf.knownNow") : t("asOf.knownThen")}
        </p>
        <VerifyNotice />
      </div>
    </>
  );
}
