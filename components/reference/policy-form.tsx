"use client";

import { useTranslations, useLocale } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImpactView } from "@/components/what-if/impact-view";
import { buttonClass } from "@/components/ui/button";
import type { SavedOrImpact } from "@/lib/what-if/reference";
import type { ActionState } from "@/lib/auth/action-client";
import type { SupervisionLevel } from "@/lib/clearance/facts";
import { SUPERVISION_LABELS, supervisionLabel } from "@/lib/clearance/supervision";
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
  const t = useTranslations("admin.policyForm");
  const locale = useLocale();
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
        <SelectField label={t("task")} name={defaults ? "taskShown" : "taskId"} defaultValue={v("taskId")} disabled={Boolean(defaults)} required error={errors.taskId}>
          <option value="">{t("choose")}</option>
          {tasks.map((task) => (
            <option key={task.id} value={task.id}>
              {task.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("appliesTo")} name={defaults ? "locationShown" : "locationId"} defaultValue={v("locationId")} disabled={Boolean(defaults)} error={errors.locationId}>
          <option value="">{t("wholeOrganization")}</option>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {t("locationOnly", { name: l.name })}
            </option>
          ))}
        </SelectField>
        <TextField label={t("effectiveFrom")} name="effectiveFrom" type="date" required defaultValue={v("effectiveFrom", today)} error={errors.effectiveFrom} hint={t("effectiveFromHint")} />
      </div>
      <Choice name="maMayPerform" value="on" label={t("maMay")} defaultChecked={checked("maMayPerform", true)} />
      {errors.maMayPerform ? <p className="text-sm font-medium text-red-700">{errors.maMayPerform}</p> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("minSupervision")} name="minSupervisionLevel" defaultValue={v("minSupervisionLevel")} error={errors.minSupervisionLevel} hint={t("minSupervisionHint")}>
          <option value="">{t("asStateLaw")}</option>
          {(Object.keys(SUPERVISION_LABELS) as SupervisionLevel[])
            .filter((code) => code !== "none")
            .map((code) => (
              <option key={code} value={code}>
                {supervisionLabel(code, locale)}
              </option>
            ))}
        </SelectField>
        <TextField label={t("revalidate")} name="revalidationMonths" inputMode="numeric" defaultValue={v("revalidationMonths")} error={errors.revalidationMonths} />
        <div className="pt-6">
          <Choice name="requiresCompetency" value="on" label={t("requiresCompetency")} defaultChecked={checked("requiresCompetency", true)} />
        </div>
        <TextField label={t("document")} name="documentRef" maxLength={200} defaultValue={v("documentRef")} error={errors.documentRef} hint={t("documentHint")} />
        <TextField label={t("documentVersion")} name="documentVersion" maxLength={50} defaultValue={v("documentVersion")} error={errors.documentVersion} />
      </div>
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{!defaults ? t("save") : defaults.corrects ? t("saveCorrection", { version: defaults.corrects }) : t("saveVersion", { version: defaults.version + 1 })}</SubmitButton>
        <button type="submit" name="intent" value="preview" className={buttonClass("secondary")}>
          {t("preview")}
        </button>
      </div>
    </ActionForm>
  );
}
