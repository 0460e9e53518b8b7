import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DecisionFilters } from "@/components/report/decision-filters";
import { DecisionTable } from "@/components/report/decision-table";
import { DownloadLink } from "@/components/report/download-link";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { reachableLocations } from "@/lib/access/policy";
import { requestContext, requireLocations } from "@/lib/auth/guard";
import { listDecisions } from "@/lib/decision/data";
import { decisionFilter, filterRecord } from "@/lib/decision/filter";
import { decisionQuerySchema } from "@/lib/decision/schema";
import { listLocations } from "@/lib/location/data";
import { organizationSettings } from "@/lib/organization/data";
import { recordAuditorReportView } from "@/lib/report/mutations";
import { queryString } from "@/lib/http/query";
import { listTasks } from "@/lib/task/data";
import { zoneName } from "@/lib/time/zoned";
import { localizeFields } from "@/lib/i18n/localize";
import { zodFieldErrors } from "@/lib/validation/form-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.decisions");
  return { title: t("title") };
}

const ENTRY = "page /reports/decisions";

export default async function DecisionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const parsed = decisionQuerySchema.safeParse(raw);
  // A refused query lists nothing (the alert says why); the empty query stands in for the form's defaults.
  const query = parsed.success ? parsed.data : decisionQuerySchema.parse({});
  const errors = parsed.success ? {} : localizeFields(zodFieldErrors(parsed.error), await getLocale());
  const { actor, locations } = await requireLocations("report.read", query.location ? [query.location] : [], ENTRY);
  const [choices, tasks, organization, t] = await Promise.all([listLocations(reachableLocations(actor, "report.read")), listTasks({ includeRetired: true }), organizationSettings(), getTranslations("reports")]);
  const filter = decisionFilter(query, actor, locations, organization.timeZone);
  const page = parsed.success ? await listDecisions(filter, { before: query.before, after: query.after }) : null;
  if (page) await recordAuditorReportView(actor, await requestContext(actor), ENTRY, filterRecord(filter));
  const filters = { person: query.person, task: query.task, location: query.location, answer: query.answer, source: query.source, from: query.from, to: query.to };
  const search = queryString(filters);
  const pageHref = (cursor: Record<string, string>) => `/reports/decisions?${queryString({ ...filters, ...cursor })}`;
  const values = parsed.success ? filters : Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === "string" ? v : undefined]));

  return (
    <>
      <PageHeader
        title={t("decisions.title")}
        description={t("decisions.description")}
        actions={page ? <DownloadLink href={`/api/reports/decisions${search ? `?${search}` : ""}`}>{t("downloadCsv")}</DownloadLink> : null}
      />
      <div className="space-y-5">
        {!parsed.success ? <Alert tone="error" title={t("decisions.filtersNeedAttention")}>{Object.values(errors).join(" ")}</Alert> : null}
        <DecisionFilters values={values} errors={errors} tasks={tasks} locations={choices} zone={zoneName(organization.timeZone, new Date())} />
        {page ? (
          <>
            <DecisionTable rows={page.rows} />
            {page.newer || page.older ? (
              <nav aria-label={t("decisions.pages")} className="flex justify-between gap-3 text-sm font-semibold">
                {page.newer && page.rows[0] ? (
                  <Link href={pageHref({ after: String(page.rows[0].seq) })} prefetch={false} className="text-brand-800 underline">
                    {t("decisions.newer")}
                  </Link>
                ) : (
                  <span />
                )}
                {page.older && page.rows.length > 0 ? (
                  <Link href={pageHref({ before: String(page.rows[page.rows.length - 1]!.seq) })} prefetch={false} className="text-brand-800 underline">
                    {t("decisions.older")}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
