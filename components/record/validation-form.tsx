"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { validateCompetencyAction } from "@/lib/record/actions";
import { attestationText } from "@/lib/record/attestation";
import { VALIDATION_METHODS } from "@/lib/record/schema";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrorNow } from "@/components/ui/edited-fields";
import { METHODS } from "./method-label";

type Option = { id: string; name: string };

/**
 * The validator's sign-off: they pick what they observed, how and when, and confirm the statement
 * shown, which is stored word for word with their name and the time. Opened from a sign-off waiting,
 * its location and tasks come chosen.
 */
export function ValidationForm({ personId, personName, validatorName, locations, tasks, today, inAYear, locationId, preselected = [] }: { personId: string; personName: string; validatorName: string; locations: Option[]; tasks: Option[]; today: string; inAYear: string; locationId?: string; preselected?: string[] }) {
  const t = useTranslations("people");
  const [state, formAction] = useActionState(validateCompetencyAction, IDLE_STATE as ActionState<{ lineageId: string }>);
  const [chosen, setChosen] = useState<string[]>(preselected);
  const [method, setMethod] = useState<keyof typeof VALIDATION_METHODS>("direct_observation");
  const [observedOn, setObservedOn] = useState(today);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  if (state.status === "success") {
    return (
      <div className="space-y-3">
        <ActionMessage state={state} />
        <Link href={`/people/${personId}`} className="font-semibold text-brand-800 underline">
          {t("record.validate.back", { name: personName })}
        </Link>
      </div>
    );
  }
  const names = tasks.filter((task) => chosen.includes(task.id)).map((task) => task.name);
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("record.validate.location")} name="locationId" defaultValue={locationId} error={errors.locationId}>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("record.validate.observedOn")} name="observedOn" type="date" required value={observedOn} max={today} onChange={(e) => setObservedOn(e.target.value)} error={errors.observedOn} />
        <TextField label={t("record.validate.validUntil")} name="expiresOn" type="date" defaultValue={inAYear} error={errors.expiresOn} hint={t("record.validate.validUntilHint")} />
      </div>
      <ChoiceGroup legend={t("record.validate.tasks")} name="taskIds" error={errors.taskIds}>
        {tasks.map((task) => (
          <Choice key={task.id} name="taskIds" value={task.id} label={task.name} checked={chosen.includes(task.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, task.id] : c.filter((x) => x !== task.id)))} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend={t("record.validate.how")} name="method" error={errors.method} hint={t("record.validate.howHint")}>
        {METHODS.map((value) => (
          <Choice key={value} type="radio" name="method" value={value} label={t(`record.method.${value}`)} checked={method === value} onChange={() => setMethod(value)} />
        ))}
      </ChoiceGroup>
      {/* The statement is stored word for word as the record's attestation, so it stays in the one language the records keep (lib/record/attestation.ts). */}
      <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
        <p className="text-sm font-medium">{t("record.validate.attestation")}</p>
        <p className="mt-1 text-sm">{names.length ? attestationText(validatorName, personName, names, observedOn, VALIDATION_METHODS[method]) : t("record.validate.chooseTasks")}</p>
        <div className="mt-2">
          <Choice name="attest" value="on" label={t("record.validate.confirm")} />
          <FieldErrorNow field="attest" error={errors.attest}>
            {(error) => (error ? <p className="text-sm font-medium text-red-700">{error}</p> : null)}
          </FieldErrorNow>
        </div>
      </div>
      <TextField label={t("record.validate.evidence")} name="evidence" type="file" multiple accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" error={errors.evidence} hint={t("record.validate.evidenceHint")} />
      <TextAreaField label={t("record.validate.notes")} name="notes" maxLength={2000} error={errors.notes} />
      <SubmitButton pendingLabel={t("record.validate.signing")}>{t("record.validate.submit")}</SubmitButton>
    </ActionForm>
  );
}
