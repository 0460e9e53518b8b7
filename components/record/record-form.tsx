"use client";

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
  // Both actions answer with the same state shape; only the data differs, and the form ignores it.
  const action = (correction ? correctRecordAction : createRecordAction) as unknown as (state: ActionState<unknown>, payload: FormData) => Promise<ActionState<unknown>>;
  const [state, formAction] = useActionState(action, IDLE_STATE as ActionState<unknown>);
  const values = state.status === "error" ? state.values ?? {} : {};
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const value = (name: keyof RecordDefaults) => values[name] ?? (defaults?.[name] as string | undefined) ?? "";
  const [kind, setKind] = useState<string>(value("kind") || "training");
  const checkedTasks = values.taskIds ? values.taskIds.split("\n") : defaults?.taskIds ?? [];
  if (state.status === "success") {
    return <ActionDone state={state} backHref={backHref} backLabel="Back to the profile" />;
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
        <ChoiceGroup legend="Kind of record" name="kind" error={errors.kind}>
          <Choice type="radio" name="kind" value="training" label="Training" checked={kind === "training"} onChange={() => setKind("training")} />
          <Choice type="radio" name="kind" value="certification" label="Certification" checked={kind === "certification"} onChange={() => setKind("certification")} />
        </ChoiceGroup>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Title" name="title" required maxLength={200} defaultValue={value("title")} error={errors.title} hint={kind === "training" ? "For example: Phlebotomy course, 16 hours" : "For example: CMA (AAMA)"} />
        <TextField label={kind === "training" ? "Training provider" : "Issued by"} name="trainingProvider" maxLength={200} defaultValue={value("trainingProvider")} error={errors.trainingProvider} />
        {kind === "certification" ? (
          <SelectField label="Certification" name="certificationType" required defaultValue={value("certificationType")} error={errors.certificationType}>
            <option value="">Choose…</option>
            {Object.entries(CERTIFICATION_TYPES).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
        ) : (
          <>
            <TextField label="Hours" name="hours" inputMode="decimal" defaultValue={value("hours")} error={errors.hours} />
            <TextField label="Supervised procedures performed" name="procedureCount" inputMode="numeric" defaultValue={value("procedureCount")} error={errors.procedureCount} />
          </>
        )}
        <TextField label="Completed on" name="completedOn" type="date" required defaultValue={value("completedOn")} error={errors.completedOn} />
        <TextField label="Expires on (optional)" name="expiresOn" type="date" defaultValue={value("expiresOn")} error={errors.expiresOn} hint="The first day it is no longer valid." />
      </div>
      {kind !== "certification" ? (
        <FieldErrorNow field="taskIds" error={errors.taskIds}>
          {(error) => <TaskCheckboxes tasks={tasks} legend="Tasks this training covers" name="taskIds" checked={checkedTasks} error={error} />}
        </FieldErrorNow>
      ) : null}
      <TextField
        label="Evidence files"
        name="evidence"
        type="file"
        multiple
        accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
        error={errors.evidence}
        hint="PDF, PNG or JPEG, up to 10 MB each, up to 4 at a time. Stored with the record."
      />
      <TextAreaField label="Notes (optional)" name="notes" maxLength={2000} defaultValue={value("notes")} error={errors.notes} />
      {correction ? <TextAreaField label="Reason for the correction" name="reason" required maxLength={1000} error={errors.reason} hint="Kept with the new version; the earlier version stays in the history." /> : null}
      {correction?.signed ? (
        <ChoiceGroup legend="Validator's sign-off" name="voidSignOff" error={errors.voidSignOff} hint="The sign-off attests to these tasks and dates. Changing them voids it; notes and evidence can change without.">
          <Choice name="voidSignOff" label="If I change the tasks or dates, save it unsigned: a validator must sign off again" defaultChecked={values.voidSignOff === "on"} />
        </ChoiceGroup>
      ) : null}
      <SubmitButton pendingLabel="Saving…">{correction ? "Save correction" : "Save record"}</SubmitButton>
    </ActionForm>
  );
}
