import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { localMoment, shownDay } from "@/components/person/local-moment";
import { methodText } from "@/components/record/method-label";
import { RecordForm } from "@/components/record/record-form";
import { EvidenceLinks } from "@/components/record/record-list";
import { Badge, Card } from "@/components/ui/card";
import { DialogForm } from "@/components/ui/dialog-form";
import { Choice, ChoiceGroup, TextAreaField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requirePersonScope } from "@/lib/auth/guard";
import { organizationSettings } from "@/lib/organization/data";
import { certificationLabelIn } from "@/lib/person/credentials";
import { getPersonProfile } from "@/lib/person/data";
import { withdrawRecordAction } from "@/lib/record/actions";
import { recordHistory } from "@/lib/record/data";
import { listTasks } from "@/lib/task/data";
import { idSchema } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("people");
  return { title: t("record.page.metaTitle") };
}

export default async function RecordPage({ params }: { params: Promise<{ personId: string; lineageId: string }> }) {
  const { personId, lineageId } = await params;
  const { actor, locationIds } = await requirePersonScope("record.read", personId, "page /people/[personId]/records/[lineageId]");
  const id = idSchema.safeParse(lineageId);
  const [person, versions, tasks, { timeZone }, t, locale] = await Promise.all([
    getPersonProfile(personId),
    id.success ? recordHistory(personId, id.data) : null,
    listTasks(),
    organizationSettings(),
    getTranslations("people"),
    getLocale(),
  ]);
  if (!person || !versions) notFound();
  const current = versions[0]!;
  const local = (iso: string | null) => (iso ? localMoment(iso, timeZone, locale) : "");
  const day = (date: string) => shownDay(date, locale);
  const kind = t(`record.kind.${current.kind}`).toLowerCase();
  const canCorrect = can(actor, "record.manage", { kind: "person", personId, locationIds }) && current.withdrawnFrom === null;
  const signed = current.kind === "competency" && current.validatedBy !== null;
  return (
    <ClientMessages paths={["people.record.form", "people.record.kind"]}>
      <PageHeader
        title={current.title}
        description={versions.length > 1 ? t("record.page.descriptionOf", { name: person.name, kind, version: current.version, versions: versions.length }) : t("record.page.description", { name: person.name, kind, version: current.version })}
        actions={
          canCorrect ? (
            <DialogForm
              action={withdrawRecordAction}
              label={t("record.page.withdraw")}
              subject={current.title}
              variant="danger"
              title={t("record.page.withdrawTitle", { title: current.title })}
              submitLabel={t("record.page.withdraw")}
              hidden={{ personId: person.id, lineageId: current.lineageId, version: current.version }}
            >
              <p className="text-sm text-muted">{t("record.page.withdrawNote")}</p>
              <ChoiceGroup legend={t("record.page.countsForNothing")} name="fromMode">
                <Choice type="radio" name="fromMode" value="start" label={t("record.page.fromStart")} defaultChecked />
                <Choice type="radio" name="fromMode" value="date" label={t("record.page.fromDate")} />
              </ChoiceGroup>
              <TextField label={t("record.page.fromLabel")} name="from" type="date" />
              <TextAreaField label={t("record.page.reason")} name="reason" required maxLength={1000} />
            </DialogForm>
          ) : null
        }
      />
      <div className="space-y-5">
        <Card title={t("record.page.versions")}>
          <ol className="divide-y divide-slate-100">
            {versions.map((v) => (
              <li key={v.id} className="space-y-1 py-3 text-sm">
                <p className="font-medium">
                  {t("record.page.version", { version: v.version })} {v === current ? <Badge tone="green">{t("record.page.current")}</Badge> : <Badge>{t("record.page.replacedBy", { version: v.version + 1 })}</Badge>}{" "}
                  {v.withdrawnFrom ? <Badge tone="red">{t("record.withdrawnFrom", { date: day(v.withdrawnFrom) })}</Badge> : null}{" "}
                  <span className="font-normal text-muted">{t("record.page.recorded", { at: local(v.recordedAt) })}</span>
                </p>
                {v.correctionReason ? <p>{v.withdrawnFrom ? t("record.page.withdrawal", { reason: v.correctionReason }) : t("record.page.correction", { reason: v.correctionReason })}</p> : null}
                <p className="text-muted">
                  {t("record.page.completedLine", { title: v.title, date: day(v.completedOn) })}
                  {v.expiresOn ? t("record.expiresOn", { date: day(v.expiresOn) }) : ""}
                  {v.hours ? t("record.hours", { hours: v.hours }) : ""}
                  {v.procedureCount ? t("record.procedures", { count: v.procedureCount }) : ""}
                  {v.certificationType ? ` · ${certificationLabelIn(v.certificationType, locale)}` : ""}
                  {v.tasks.length ? ` · ${v.tasks.map((task) => task.name).join(", ")}` : ""}
                </p>
                {v.attestation ? (
                  <blockquote className="border-l-4 border-emerald-300 pl-3">
                    “{v.attestation}” <span className="text-muted">{t("record.page.attestedBy", { name: v.validatedBy ?? "", at: local(v.validatedAt), method: v.validationMethod ? methodText(t, v.validationMethod).toLowerCase() : "" })}</span>
                  </blockquote>
                ) : v.kind === "competency" ? (
                  <p className="text-amber-900">{t("record.page.notSigned")}</p>
                ) : null}
                {v.notes ? <p>{t("record.page.notes", { notes: v.notes })}</p> : null}
                <EvidenceLinks files={v.evidence} />
              </li>
            ))}
          </ol>
        </Card>
        {canCorrect ? (
          <Card title={t("record.page.correctTitle")}>
            <p className="mb-3 text-sm text-muted">{signed ? t("record.page.correctNoteSigned") : t("record.page.correctNote")}</p>
            <RecordForm
              personId={person.id}
              tasks={tasks}
              correction={{ lineageId: current.lineageId, version: current.version, signed }}
              defaults={{
                kind: current.kind,
                title: current.title,
                taskIds: current.tasks.map((task) => task.id),
                trainingProvider: current.trainingProvider ?? "",
                hours: current.hours?.toString() ?? "",
                procedureCount: current.procedureCount?.toString() ?? "",
                certificationType: current.certificationType ?? "",
                completedOn: current.completedOn,
                expiresOn: current.expiresOn ?? "",
                notes: current.notes ?? "",
              }}
              backHref={`/people/${person.id}`}
            />
          </Card>
        ) : null}
      </div>
    </ClientMessages>
  );
}
