import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { RuleForm } from "@/components/reference/rule-form";
import { Badge, Card } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextAreaField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireScope } from "@/lib/auth/guard";
import { SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import { stateName } from "@/lib/location/us-states";
import { organizationSettings } from "@/lib/organization/data";
import { certificationLabel, tierLabel } from "@/lib/person/credentials";
import { verifyRuleAction } from "@/lib/rule/actions";
import { ruleHistory } from "@/lib/rule/data";
import { listTasks } from "@/lib/task/data";
import { wallClock } from "@/lib/time/zoned";
import { idSchema } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "State rule" };

export default async function RulePage({ params }: { params: Promise<{ lineageId: string }> }) {
  const { lineageId } = await params;
  const { actor } = await requireScope("reference.read", "page /rules/[lineageId]");
  const id = idSchema.safeParse(lineageId);
  const [versions, tasks, { timeZone }] = await Promise.all([id.success ? ruleHistory(id.data) : [], listTasks(), organizationSettings()]);
  const current = versions[0];
  if (!current) notFound();
  const day = (iso: string | null) => (iso ? wallClock(new Date(iso), timeZone).date : "");
  const editable = can(actor, "reference.manage", { kind: "organization" });
  return (
    <>
      <PageHeader
        title={`${stateName(current.state)}: ${current.taskName}`}
        description={`${current.credentialTier ? tierLabel(current.credentialTier) : "Every MA credential tier"} · version ${current.version}`}
        actions={
          editable ? (
            <DialogForm action={verifyRuleAction} label="Mark verified today" title="Re-verified against the source?" submitLabel="Mark verified" variant="primary" hidden={{ lineageId: current.lineageId, version: current.version }}>
              <p className="text-sm text-muted">Records that you checked {current.citation} at its source today and it has not changed. A new version is stamped with your name and today.</p>
              <TextAreaField label="Note (optional)" name="note" maxLength={1000} />
            </DialogForm>
          ) : null
        }
      />
      <div className="space-y-5">
        <VerifyNotice />
        <Card title="Versions">
          <ol className="divide-y divide-slate-100">
            {versions.map((v, i) => (
              <li key={v.id} className="space-y-1 py-3 text-sm">
                <p className="font-medium">
                  Version {v.version} {i === 0 ? <Badge tone="green">Newest</Badge> : null}{" "}
                  <span className="font-normal text-muted">
                    in force from {day(v.effectiveFrom)}
                    {v.effectiveTo ? ` to ${day(v.effectiveTo)}` : i > 0 ? ` until version ${versions[i - 1]!.version} took over (${day(versions[i - 1]!.effectiveFrom)})` : ""} · recorded {day(v.recordedAt)} · verified {day(v.lastVerifiedAt)} by {v.lastVerifiedBy}
                  </span>
                </p>
                <p>
                  {v.outcome.replace("_", " ")} · {SUPERVISION_LABELS[v.supervisionLevel]}
                  {v.supervisorTypes.length ? ` · supervised by ${v.supervisorTypes.join(", ")}` : ""}
                  {v.minTrainingHours ? ` · ${v.minTrainingHours} training hours` : ""}
                  {v.minProcedureCount ? ` · ${v.minProcedureCount} procedures` : ""}
                  {v.acceptedCertifications.length ? ` · one of ${v.acceptedCertifications.map(certificationLabel).join(", ")}` : ""}
                </p>
                <p>
                  <a href={v.sourceUrl} className="text-brand-800 underline" rel="noreferrer noopener" target="_blank">
                    {v.citation}
                  </a>
                  {v.requiredRecords ? ` · Records: ${v.requiredRecords}` : ""}
                </p>
                {v.notes ? <p className="text-muted">{v.notes}</p> : null}
              </li>
            ))}
          </ol>
        </Card>
        {editable ? (
          <Card title="New version">
            <p className="mb-3 text-sm text-muted">A new version takes over from its effective date; earlier versions stay and still govern the time before it.</p>
            <RuleForm
              tasks={tasks}
              today={wallClock(new Date(), timeZone).date}
              defaults={{
                lineageId: current.lineageId,
                version: current.version,
                state: current.state,
                taskId: current.taskId,
                credentialTier: current.credentialTier ?? "",
                outcome: current.outcome,
                supervisionLevel: current.supervisionLevel,
                supervisorTypes: current.supervisorTypes,
                minTrainingHours: current.minTrainingHours?.toString() ?? "",
                minProcedureCount: current.minProcedureCount?.toString() ?? "",
                acceptedCertifications: current.acceptedCertifications,
                requiredRecords: current.requiredRecords ?? "",
                citation: current.citation,
                sourceUrl: current.sourceUrl,
                notes: current.notes ?? "",
                effectiveFrom: wallClock(new Date(), timeZone).date,
              }}
            />
          </Card>
        ) : null}
      </div>
    </>
  );
}
