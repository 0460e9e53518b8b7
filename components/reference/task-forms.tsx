"use client";

import { useActionState } from "react";
import { CATEGORY_LABELS } from "@/components/clearance/labels";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { createTaskAction } from "@/lib/task/actions";
import { ActionForm } from "@/components/ui/action-form";

export function CreateTaskForm({ parents }: { parents: { id: string; name: string }[] }) {
  const [state, formAction] = useActionState(createTaskAction, IDLE_STATE as ActionState<{ id: string }>);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const values = state.status === "error" ? state.values ?? {} : {};
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <ActionMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label="Name" name="name" required maxLength={120} defaultValue={values.name} error={errors.name} />
        <TextField label="Code" name="code" required maxLength={60} defaultValue={values.code} error={errors.code} hint="Stable identifier used in imports, e.g. ear_irrigation." />
        <SelectField label="Category" name="category" required defaultValue={values.category ?? "clinical"} error={errors.category}>
          {Object.entries(CATEGORY_LABELS).map(([code, label]) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Refines (optional)" name="parentId" defaultValue={values.parentId ?? ""} error={errors.parentId}>
          <option value="">Nothing: a task of its own</option>
          {parents.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextAreaField label="Description" name="description" required maxLength={1000} defaultValue={values.description} error={errors.description} />
      <TextAreaField label="Also found by" name="searchTerms" maxLength={2000} defaultValue={values.searchTerms} error={errors.searchTerms} hint="Other words people use for the task, separated by commas, e.g. ear wash, cerumen. Task search finds it by them." />
      <Choice name="providerOnly" value="on" label="Belongs to the licensed provider (never a medical assistant's task)" defaultChecked={values.providerOnly === "on"} />
      <SubmitButton>Add task</SubmitButton>
    </ActionForm>
  );
}
