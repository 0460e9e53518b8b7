import type { Metadata } from "next";
import Link from "next/link";
import { DecisionDetails } from "@/components/clearance/decision-details";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { SOURCE_LABELS } from "@/components/report/labels";
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

export const metadata: Metadata = { title: "Decision" };

const ENTRY = "page /reports/decisions/[id]";

export default async function DecisionPage({ params }: { params: Promise<{ id: string }> }) {
  const seq = decisionSeqSchema.safeParse((await params).id);
  const found = seq.success ? await getDecision(seq.data) : null;
  const actor = await requirePage("report.read", found ? { kind: "location", locationId: found.locationId } : null, ENTRY);
  const decision = found!;
  await recordAuditorReportView(actor, await requestContext(actor), ENTRY, { decision: decision.seq }, decision.personId);
  const stored = storedDecision(decision.breakdown);
  const wall = wallClock(decision.moment, decision.timeZone);
  const reconstruct = `/reports/as-of?${queryString({ location: decision.locationId, date: wall.date, time: wall.time, person: decision.personId, task: decision.taskId, cellLocation: decision.locationId })}#answer`;
  const facts: [string, React.ReactNode][] = [
    ["Person", decision.personName + (decision.employeeId ? ` (${decision.employeeId})` : "")],
    ["Task", decision.taskName],
    ["Location", decision.locationName],
    ["Moment asked about", `${localMoment(decision.moment, decision.timeZone)} (${decision.moment.toISOString()})`],
    ["Asked at", `${localMoment(decision.askedAt, decision.timeZone)} (${decision.askedAt.toISOString()})`],
    ["Asked by", decision.askedByLabel],
    ["Where it was shown", SOURCE_LABELS[decision.source]],
    ["Engine version", decision.engineVersion],
  ];

  return (
    <>
      <PageHeader
        title={`Decision ${decision.seq}`}
        description="The answer exactly as it was stored when it was shown. The log is append-only: nothing here can be edited."
        actions={
          <Link href="/reports/decisions" prefetch={false} className="text-sm font-semibold text-brand-800 underline">
            Back to the decision log
          </Link>
        }
      />
      <div className="space-y-5">
        <Card title="Who asked what, and when">
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
              Reconstruct this moment from the records
            </Link>{" "}
            <span className="text-muted">(to the minute, from what is on record for that moment)</span>
          </p>
        </Card>
        {stored ? (
          <DecisionDetails decision={stored} heading={`${decision.taskName} for ${decision.personName} at ${decision.locationName}`} />
        ) : (
          <Alert tone="warning" title="This decision was stored in a shape this version of Cleared does not display.">The stored breakdown is shown below as it was saved.</Alert>
        )}
        <details open={!stored} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-semibold text-brand-800">The stored breakdown (JSON)</summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-words text-xs">{JSON.stringify(decision.breakdown, null, 2)}</pre>
        </details>
        <VerifyNotice />
      </div>
    </>
  );
}
