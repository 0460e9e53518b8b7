"use client";

import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImpactView } from "@/components/what-if/impact-view";
import { buttonClass } from "@/components/ui/button";
import type { SavedOrImpact } from "@/lib/what-if/reference";
import type { ActionState } from "@/lib/auth/action-client";
import { SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import { savePolicyAction } from "@/lib/policy/actions";
import { ActionForm } from "@/components/ui/action-form";

export type PolicyDefaults = {
  lineageId: string;
  version: number;
  /** The version a correction replaces; empty for a change from a date. */
  corrects: string;
  effectiveFrom: string;
  taskId: string;
  locationId: string;
  maMayPerform: boolean;
  minSupervisionLevel: string;
  requiresCompetency: boolean;
  revalidationMonths: string;
  documentRef: string;
  documentVersion: string;
};

/** The employer's policy for one task, organization-wide or for one location. It may only narrow state law. */
export function PolicyForm({ tasks, locations, defaults, today }: { tasks: { id: string; name: string }[]; locations: { id: string; name: string }[]; defaults?: PolicyDefaults; today: string }) {
  const [state, formAction] = useActionState(savePolicyAction, IDLE_STATE as ActionState<SavedOrImpact>);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const values = state.status === "error" ? state.values ?? {} : {};
  const v = (name: keyof PolicyDefaults, fallback = "") => values[name] ?? (defaults?.[name] === undefined ? fallback : String(defaults[name]));
  const checked = (name: "maMayPerform" | "requiresCompetency", fallback: boolean) => (state.status === "error" ? values[name] === "on" : defaults ? defaults[name] : fallback);
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <ActionMessage state={state} />
      {state.status === "success" && state.data?.impact ? <ImpactView impact={state.data.impact} /> : null}
      {defaults ? (
        <>
          <input type="hidden" name="lineageId" value={defaults.lineageId} />
          <input type="hidden" name="version" value={defaults.version} />
          <input type="hidden" name="corrects" value={defaults.corrects} />
          <input type="hidden" name="taskId" value={defaults.taskId} />
          <input type="hidden" name="locationId" value={defaults.locationId} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Task" name={defaults ? "taskShown" : "taskId"} defaultValue={v("taskId")} disabled={Boolean(defaults)} required error={errors.taskId}>
          <option value="">Choose…</option>
          {tasks.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Applies to" name={defaults ? "locationShown" : "locationId"} defaultValue={v("locationId")} disabled={Boolean(defaults)} error={errors.locationId}>
          <option value="">The whole organization</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name} only
            </option>
          ))}
        </SelectField>
        <TextField label="Effective from" name="effectiveFrom" type="date" required defaultValue={v("effectiveFrom", today)} error={errors.effectiveFrom} hint="The first day it applies; may be in the past or the future." />
      </div>
      <Choice name="maMayPerform" value="on" label="Medical assistants may be authorized for this task" defaultChecked={checked("maMayPerform", true)} />
      {errors.maMayPerform ? <p className="text-sm font-medium text-red-700">{errors.maMayPerform}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Minimum supervision" name="minSupervisionLevel" defaultValue={v("minSupervisionLevel")} error={errors.minSupervisionLevel} hint="Empty: as state law requires. Never less than state law.">
          <option value="">As state law requires</option>
          {Object.entries(SUPERVISION_LABELS)
            .filter(([code]) => code !== "none")
            .map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
        </SelectField>
        <TextField label="Revalidate competency every (months)" name="revalidationMonths" inputMode="numeric" defaultValue={v("revalidationMonths")} error={errors.revalidationMonths} />
        <div className="pt-6">
          <Choice name="requiresCompetency" value="on" label="Requires a documented competency validation" defaultChecked={checked("requiresCompetency", true)} />
        </div>
        <TextField label="Policy document" name="documentRef" maxLength={200} defaultValue={v("documentRef")} error={errors.documentRef} hint="e.g. Clinical Staff Policy CS-12" />
        <TextField label="Document version" name="documentVersion" maxLength={50} defaultValue={v("documentVersion")} error={errors.documentVersion} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{!defaults ? "Save policy" : defaults.corrects ? `Save the correction of version ${defaults.corrects}` : `Save as version ${defaults.version + 1}`}</SubmitButton>
        <button type="submit" name="intent" value="preview" className={buttonClass("secondary")}>
          Preview who gains and loses
        </button>
      </div>
    </ActionForm>
  );
}
