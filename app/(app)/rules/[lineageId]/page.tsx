import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { VerifyNotice } from "@/components/clearance/verify-notice";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RuleForm } from "@/components/reference/rule-form";
import { Card } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { TextAreaField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { VersionList } from "@/components/version/version-list";
import { can } from "@/lib/access/policy";
import { formatNumber } from "@/lib/i18n/format";
import { requireScope } from "@/lib/auth/guard";
import { supervisionLabel } from "@/lib/clearance/supervision";
import { stateName } from "@/lib/location/us-states";
import { organizationSettings } from "@/lib/organization/data";
import { certificationLabelIn, tierLabelIn } from "@/lib/person/credentials";
import { verifyRuleAction } from "@/lib/rule/actions";
import { ruleHistory } from "@/lib/rule/data";
import { listTasks } from "@/lib/task/data";
import { lastDayOf } from "@/lib/time/calendar";
import { wallClock } from "@/lib/time/zoned";
import { idSchema } from "@/lib/validation/fields";
import { governing, standing } from "@/lib/version/governing";
import { versionStandings } from "@/lib/version/history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rules.lineage");
  return { title: t("metaTitle") };
}

export default async function RulePage({ params, searchParams }: { params: Promise<{ lineageId: string }>; searchParams: Promise<{ correct?: string }> }) {
  const { lineageId } = await params;
  const { actor } = await requireScope("reference.read", "page /rules/[lineageId]");
  const id = idSchema.safeParse(lineageId);
  const [versions, tasks, { timeZone }] = await Promise.all([id.success ? ruleHistory(id.data) : [], listTasks(), organizationSettings()]);
  if (versions.length === 0) notFound();
  const now = new Date();
  const today = wallClock(now, timeZone).date;
  const asVersions = versions.map((v) => ({ ...v, recordedAt: new Date(v.recordedAt) }));
  const inForce = governing(asVersions, today, now);
  const live = standing(asVersions, now);
  const newest = versions[versions.length - 1]!;
  const shown = versions.find((v) => v.version === (inForce ?? live.sort((a, b) => b.version - a.version)[0]!).version)!;
  const requested = Number((await searchParams).correct);
  const correcting = live.some((v) => v.version === requested) ? versions.find((v) => v.version === requested) : undefined;
  const base = correcting ?? shown;
  const editable = can(actor, "reference.manage", { kind: "organization" });
  const t = await getTranslations("rules");
  const locale = await getLocale();
  const recorded = (iso: string) => `${wallClock(new Date(iso), timeZone).date} ${wallClock(new Date(iso), timeZone).time}`;
  return (
    <ClientMessages paths={["rules.form", "whatIf.impact"]}>
      <PageHeader
        title={`${stateName(shown.state)}: ${shown.taskName}`}
        description={`${shown.credentialTier ? tierLabelIn(shown.credentialTier, locale) : t("lineage.everyTier")} · ${inForce ? t("lineage.versionInForce", { version: shown.version }) : t("lineage.notInForce")}`}
        actions={
          editable ? (
            <DialogForm action={verifyRuleAction} label={t("lineage.verifyLabel")} title={t("lineage.verifyTitle")} submitLabel={t("lineage.verifySubmit")} variant="primary" hidden={{ lineageId: shown.lineageId, version: newest.version, verifies: shown.version }}>
              <p className="text-sm text-muted">{t("lineage.verifyBody", { citation: shown.citation, version: shown.version })}</p>
              <TextAreaField label={t("lineage.note")} name="note" maxLength={1000} />
            </DialogForm>
          ) : null
        }
      />
      <div className="space-y-5">
        <VerifyNotice />
        <Card title={t("lineage.versions")}>
          <VersionList
            today={today}
            standings={versionStandings(asVersions, now)}
            correctHref={editable ? (n) => `/rules/${shown.lineageId}?correct=${n}#edit` : undefined}
            versions={versions.map((v) => ({
              id: v.id,
              version: v.version,
              supersedes: v.supersedes,
              effectiveFrom: v.effectiveFrom,
              recorded: recorded(v.recordedAt),
              body: (
                <>
                  <p>
                    {[
                      t(`outcomeText.${v.outcome}`),
                      supervisionLabel(v.supervisionLevel, locale),
                      v.supervisorTypes.length ? t("lineage.supervisedBy", { types: v.supervisorTypes.join(", ") }) : null,
                      // Quarter hours are allowed (10.25): the catalog formats the number with all its decimals.
                      v.minTrainingHours ? t("lineage.trainingHours", { hours: v.minTrainingHours }) : null,
                      v.minProcedureCount ? t("lineage.procedures", { count: formatNumber(v.minProcedureCount, locale) }) : null,
                      v.acceptedCertifications.length ? t("lineage.oneOf", { certifications: v.acceptedCertifications.map((c) => certificationLabelIn(c, locale)).join(", ") }) : null,
                      v.effectiveTo ? t("lineage.lastDay", { date: lastDayOf(v.effectiveTo) }) : null,
                      t("lineage.verifiedBy", { date: v.lastVerifiedOn, name: v.lastVerifiedBy }),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  <p>
                    <a href={v.sourceUrl} className="text-brand-800 underline" rel="noreferrer noopener" target="_blank">
                      {v.citation}
                    </a>
                    {v.requiredRecords ? ` · ${t("lineage.records", { records: v.requiredRecords })}` : null}
                  </p>
                  {v.notes ? <p className="text-muted">{v.notes}</p> : null}
                </>
              ),
            }))}
          />
        </Card>
        {editable ? (
          <Card title={correcting ? t("lineage.correctTitle", { version: correcting.version }) : t("lineage.changeTitle")}>
            <p id="edit" className="mb-3 text-sm text-muted">
              {correcting ? t("lineage.correctBody", { version: correcting.version }) : t("lineage.changeBody")}
            </p>
            <RuleForm
              key={correcting?.version ?? "change"}
              tasks={tasks}
              today={today}
              defaults={{
                lineageId: base.lineageId,
                version: newest.version,
                corrects: correcting ? String(correcting.version) : "",
                state: base.state,
                taskId: base.taskId,
                credentialTier: base.credentialTier ?? "",
                outcome: base.outcome,
                supervisionLevel: base.supervisionLevel,
                supervisorTypes: base.supervisorTypes,
                minTrainingHours: base.minTrainingHours?.toString() ?? "",
                minProcedureCount: base.minProcedureCount?.toString() ?? "",
                acceptedCertifications: base.acceptedCertifications,
                requiredRecords: base.requiredRecords ?? "",
                citation: base.citation,
                sourceUrl: base.sourceUrl,
                notes: base.notes ?? "",
                effectiveFrom: correcting ? correcting.effectiveFrom : today,
                lastDay: correcting?.effectiveTo ? lastDayOf(correcting.effectiveTo) : "",
              }}
            />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
