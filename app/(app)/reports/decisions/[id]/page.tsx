import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DecisionDetails } from "@/components/clearance/decision-details";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requestContext, requirePage } from "@/lib/auth/guard";
import { getDecision } from "@/lib/decision/data";
import { storedDecision } from "@/lib/decision/rows";
import { decisionSeqSchema } from "@/lib/decision/schema";
import { localMoment } from "@/lib/report/as-of";
import { recordAuditorReportView } from "@/lib/report/mutations";
import { queryString } from "@/lib/http/query";
import { wallClock } from "@/lib/time/zoned";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.decision");
  return { title: t("metaTitle") };
}

const ENTRY = "page /reports/decisions/[id]";

export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const seq = decisionSeqSchema.safeParse((await params).id);
  const found = seq.success ? await getDecision(seq.data) : null;
  const actor = await requirePage("report.read", found ? { kind: "location", locationId: found.locationId } : null, ENTRY);
  const decision = found!;
  await recordAuditorReportView(actor, await requestContext(actor), ENTRY, { decision: decision.seq }, decision.personId);
  const t = await getTranslations("reports");
  const stored = storedDecision(decision.breakdown);
  const wall = wallClock(decision.moment, decision.timeZone);
  const reconstruct = `/reports/as-of?${queryString({ location: decision.locationId, date: wall.date, time: wall.time, person: decision.personId, task: decision.taskId, cellLocation: decision.locationId })}#answer`;
  const facts: [string, React.ReactNode][] = [
    [t("decision.facts.person"), decision.personName + (decision.employeeId ? ` (${decision.employeeId})` : "")],
    [t("decision.facts.task"), decision.taskName],
    [t("decision.facts.location"), decision.locationName],
    [t("decision.facts.moment"), `${localMoment(decision.moment, decision.timeZone)} (${decision.moment.toISOString()})`],
    [t("decision.facts.askedAt"), `${localMoment(decision.askedAt, decision.timeZone)} (${decision.askedAt.toISOString()})`],
    [t("decision.facts.askedBy"), decision.askedByLabel],
    [t("decision.facts.source"), t(`sources.${decision.source}`)],
    [t("decision.facts.engineVersion"), decision.engineVersion],
  ];

  return (
    <>
      <PageHeader
        title={t("decision.title", { seq: decision.seq })}
        description={t("decision.description")}
        actions={
          <Link href="/reports/decisions" prefetch={false} className="text-sm font-semibold text-brand-800 underline">
            {t("decision.back")}
          </Link>
        }
      />
      <div className="space-y-5">
        <Card title={t("decision.factsCard")}>
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-sm">
            <Link href={reconstruct} prefetch={false} className="font-semibold text-brand-800 underline">
              {t("decision.reconstruct")}
            </Link>{" "}
            <span className="text-muted">{t("decision.reconstructNote")}</span>
          </p>
        </Card>
        {stored ? (
          <DecisionDetails decision={stored} heading={t("decision.heading", { task: decision.taskName, person: decision.personName, location: decision.locationName })} />
        ) : (
          <Alert tone="warning" title={t("decision.unknownShape")}>
            {t("decision.unknownShapeDetail")}
          </Alert>
        )}
        <details open={!stored} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">{t("decision.storedJson")}</summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(decision.breakdown, null, 2)}</pre>
        </details>
        <VerifyNotice />
      </div>
    </>
  );
}
