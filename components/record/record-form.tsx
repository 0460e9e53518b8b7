"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { TaskCheckboxes } from "@/components/clearance/task-options";
import { ActionDone, ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import type { TaskCategory } from "@/lib/clearance/facts";
import { CERTIFICATION_TYPES } from "@/lib/person/credentials";
import { correctRecordAction, createRecordAction } from "@/lib/record/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrorNow } from "@/components/ui/edited-fields";

type Task = { id: string; name: string; category: TaskCategory; parentId: string | null; providerOnly: boolean };
export type RecordDefaults = {
  kind: "training" | "certification" | "competency";
  title: string;
  taskIds: string[];
  trainingProvider: string;
  hours: string;
  procedureCount: string;
  certificationType: string;
  completedOn: string;
  expiresOn: string;
  notes: string;
};

/** Adding a training or certification record, or correcting one (a new version with a reason). */
export function RecordForm({ personId, tasks, defaults, correction, backHref }: { personId: string; tasks: Task[]; defaults?: RecordDefaults; correction?: { lineageId: string; version: number; signed: boolean }; backHref: string }) {
  const t = useTranslations("people");
  // Both actions answer with the same state shape; only the data differs, and the form ignores it.
  const action = (correction ? correctRecordAction : createRecordAction) as unknown as (state: ActionState<unknown>, payload: FormData) => Promise<ActionState<unknown>>;
  const [state, formAction] = useActionState(action, IDLE_STATE as ActionState<unknown>);
  const values = state.status === "error" ? state.values ?? {} : {};
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const value = (name: keyof RecordDefaults) => values[name] ?? (defaults?.[name] as string | undefined) ?? "";
  const [kind, setKind] = useState<string>(value("kind") || "training");
  const checkedTasks = values.taskIds ? values.taskIds.split("\n") : defaults?.taskIds ?? [];
  if (state.status === "success") {
    return <ActionDone state={state} backHref={backHref} backLabel={t("record.form.back")} />;
  }
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      {correction ? (
        <>
          <input type="hidden" name="lineageId" value={correction.lineageId} />
          <input type="hidden" name="version" value={correction.version} />
        </>
      ) : null}
      {defaults?.kind === "competency" ? (
        <input type="hidden" name="kind" value="competency" />
      ) : (
        <ChoiceGroup legend={t("record.form.kind")} name="kind" error={errors.kind}>
          <Choice type="radio" name="kind" value="training" label={t("record.kind.training")} checked={kind === "training"} onChange={() => setKind("training")} />
          <Choice type="radio" name="kind" value="certification" label={t("record.kind.certification")} checked={kind === "certification"} onChange={() => setKind("certification")} />
        </ChoiceGroup>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("record.form.title")} name="title" required maxLength={200} defaultValue={value("title")} error={errors.title} hint={kind === "training" ? t("record.form.titleHintTraining") : t("record.form.titleHintCertification")} />
        <TextField label={kind === "training" ? t("record.form.trainingProvider") : t("record.form.issuedBy")} name="trainingProvider" maxLength={200} defaultValue={value("trainingProvider")} error={errors.trainingProvider} />
        {kind === "certification" ? (
          <SelectField label={t("record.form.certification")} name="certificationType" required defaultValue={value("certificationType")} error={errors.certificationType}>
            <option value="">{t("record.form.choose")}</option>
            {Object.entries(CERTIFICATION_TYPES).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <TextField label={t("record.form.hours")} name="hours" inputMode="decimal" defaultValue={value("hours")} error={errors.hours} />
            <TextField label={t("record.form.procedures")} name="procedureCount" inputMode="numeric" defaultValue={value("procedureCount")} error={errors.procedureCount} />
          </>
        )}
        <TextField label={t("record.form.completedOn")} name="completedOn" type="date" required defaultValue={value("completedOn")} error={errors.completedOn} />
        <TextField label={t("record.form.expiresOn")} name="expiresOn" type="date" defaultValue={value("expiresOn")} error={errors.expiresOn} hint={t("record.form.expiresHint")} />
      </div>
      {kind !== "certification" ? (
        <FieldErrorNow field="taskIds" error={errors.taskIds}>
          {(error) => <TaskCheckboxes tasks={tasks} legend={t("record.form.tasks")} name="taskIds" checked={checkedTasks} error={error} />}
        </FieldErrorNow>
      ) : null}
      <TextField
        label={t("record.form.evidence")}
        name="evidence"
        type="file"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        error={errors.evidence}
        hint={t("record.form.evidenceHint")}
      />
      <TextAreaField label={t("record.form.notes")} name="notes" maxLength={2000} defaultValue={value("notes")} error={errors.notes} />
      {correction ? <TextAreaField label={t("record.form.reason")} name="reason" required maxLength={1000} error={errors.reason} hint={t("record.form.reasonHint")} /> : null}
      {correction?.signed ? (
        <ChoiceGroup legend={t("record.form.signOff")} name="voidSignOff" error={errors.voidSignOff} hint={t("record.form.signOffHint")}>
          <Choice name="voidSignOff" label={t("record.form.voidSignOff")} defaultChecked={values.voidSignOff === "on"} />
        </ChoiceGroup>
      ) : null}
      <SubmitButton pendingLabel={t("record.form.saving")}>{correction ? t("record.form.saveCorrection") : t("record.form.save")}</SubmitButton>
    </ActionForm>
  );
}
