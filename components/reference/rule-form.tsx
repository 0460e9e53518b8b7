"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { ImpactView } from "@/components/what-if/impact-view";
import { buttonClass } from "@/components/ui/button";
import type { SavedOrImpact } from "@/lib/what-if/reference";
import type { ActionState } from "@/lib/auth/action-client";
import type { SupervisionLevel } from "@/lib/clearance/facts";
import { SUPERVISION_LABELS, supervisionLabel } from "@/lib/clearance/supervision";
import { US_STATES } from "@/lib/location/us-states";
import { CERTIFICATION_TYPES, CREDENTIAL_TIER_LABELS, certificationLabelIn, tierLabelIn } from "@/lib/person/credentials";
import { saveRuleAction } from "@/lib/rule/actions";
import { ActionForm } from "@/components/ui/action-form";

export type RuleDefaults = {
  lineageId: string;
  version: number;
  /** The version a correction replaces; empty for a change from a date. */
  corrects: string;
  state: string;
  taskId: string;
  credentialTier: string;
  outcome: string;
  supervisionLevel: string;
  supervisorTypes: string[];
  minTrainingHours: string;
  minProcedureCount: string;
  acceptedCertifications: string[];
  requiredRecords: string;
  citation: string;
  sourceUrl: string;
  notes: string;
  effectiveFrom: string;
  lastDay: string;
};

const OUTCOMES = ["allowed", "conditional", "prohibited", "not_addressed"] as const;
const SUPERVISOR_TYPES = ["MD", "DO", "DPM", "PA", "NP", "CNM"];

/** A state rule: a new one, or (with defaults) a version of one: a change from a date or a correction. Source and verification are required. */
export function RuleForm({ tasks, defaults, today }: { tasks: { id: string; name: string }[]; defaults?: RuleDefaults; today: string }) {
  const t = useTranslations("rules.form");
  const locale = useLocale();
  const [state, formAction] = useActionState(saveRuleAction, IDLE_STATE as ActionState<SavedOrImpact>);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const values = state.status === "error" ? state.values ?? {} : {};
  const v = (name: keyof RuleDefaults, fallback = "") => values[name] ?? (defaults?.[name] as string | undefined) ?? fallback;
  const list = (name: "supervisorTypes" | "acceptedCertifications") => (values[name] ? values[name].split("\n") : defaults?.[name] ?? []);
  if (state.status === "success" && state.data?.lineageId) {
    return (
      <div className="space-y-3">
        <ActionMessage state={state} />
        <Link href={`/rules/${state.data.lineageId}`} className="font-semibold text-brand-800 underline">
          {t("openRule")}
        </Link>
      </div>
    );
  }
  const fixed = Boolean(defaults);
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      {state.status === "success" && state.data?.impact ? <ImpactView impact={state.data.impact} /> : null}
      {defaults ? (
        <>
          <input type="hidden" name="lineageId" value={defaults.lineageId} />
          <input type="hidden" name="version" value={defaults.version} />
          <input type="hidden" name="corrects" value={defaults.corrects} />
          <input type="hidden" name="state" value={defaults.state} />
          <input type="hidden" name="taskId" value={defaults.taskId} />
          <input type="hidden" name="credentialTier" value={defaults.credentialTier} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("state")} name={fixed ? "stateShown" : "state"} defaultValue={v("state")} disabled={fixed} required error={errors.state}>
          <option value="">{t("choose")}</option>
          {Object.entries(US_STATES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("task")} name={fixed ? "taskShown" : "taskId"} defaultValue={v("taskId")} disabled={fixed} required error={errors.taskId}>
          <option value="">{t("choose")}</option>
          {tasks.map((task) => (
            <option key={task.id} value={task.id}>
              {task.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("appliesTo")} name={fixed ? "tierShown" : "credentialTier"} defaultValue={v("credentialTier")} disabled={fixed} error={errors.credentialTier}>
          <option value="">{t("everyTier")}</option>
          {Object.keys(CREDENTIAL_TIER_LABELS).map((code) => (
            <option key={code} value={code}>
              {tierLabelIn(code, locale)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("says")} name="outcome" defaultValue={v("outcome", "conditional")} required error={errors.outcome}>
          {OUTCOMES.map((code) => (
            <option key={code} value={code}>
              {t(`outcome.${code}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("supervision")} name="supervisionLevel" defaultValue={v("supervisionLevel", "on_premises")} required error={errors.supervisionLevel}>
          {(Object.keys(SUPERVISION_LABELS) as SupervisionLevel[]).map((code) => (
            <option key={code} value={code}>
              {supervisionLabel(code, locale)}
            </option>
          ))}
        </SelectField>
        <TextField label={t("effectiveFrom")} name="effectiveFrom" type="date" required defaultValue={v("effectiveFrom", today)} error={errors.effectiveFrom} hint={t("effectiveFromHint")} />
        <TextField label={t("lastDay")} name="lastDay" type="date" defaultValue={v("lastDay")} error={errors.lastDay} hint={t("lastDayHint")} />
      </div>
      <ChoiceGroup legend={t("supervisors")} name="supervisorTypes" hint={t("supervisorsHint")}>
        {SUPERVISOR_TYPES.map((type) => (
          <Choice key={type} name="supervisorTypes" value={type} label={type} defaultChecked={list("supervisorTypes").includes(type)} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField label={t("trainingHours")} name="minTrainingHours" inputMode="decimal" defaultValue={v("minTrainingHours")} error={errors.minTrainingHours} />
        <TextField label={t("procedures")} name="minProcedureCount" inputMode="numeric" defaultValue={v("minProcedureCount")} error={errors.minProcedureCount} />
        <TextField label={t("lastVerified")} name="lastVerifiedOn" type="date" required defaultValue={today} error={errors.lastVerifiedOn} hint={t("lastVerifiedHint")} />
      </div>
      <ChoiceGroup legend={t("certifications")} name="acceptedCertifications" hint={t("certificationsHint")}>
        {Object.keys(CERTIFICATION_TYPES).map((code) => (
          <Choice key={code} name="acceptedCertifications" value={code} label={certificationLabelIn(code, locale)} defaultChecked={list("acceptedCertifications").includes(code)} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("citation")} name="citation" required maxLength={300} defaultValue={v("citation")} error={errors.citation} hint={t("citationHint")} />
        <TextField label={t("sourceUrl")} name="sourceUrl" type="url" required maxLength={2000} defaultValue={v("sourceUrl")} error={errors.sourceUrl} />
      </div>
      <TextAreaField label={t("records")} name="requiredRecords" maxLength={1000} defaultValue={v("requiredRecords")} error={errors.requiredRecords} />
      <TextAreaField label={t("notes")} name="notes" maxLength={4000} defaultValue={v("notes")} error={errors.notes} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{!defaults ? t("save") : defaults.corrects ? t("saveCorrection", { version: defaults.corrects }) : t("saveVersion", { version: defaults.version + 1 })}</SubmitButton>
        <button type="submit" name="intent" value="preview" className={buttonClass("secondary")}>
          {t("preview")}
        </button>
      </div>
    </ActionForm>
  );
}
