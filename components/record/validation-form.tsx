"use client";

import Link from "next/link";
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

type Option = { id: string; name: string };

/**
 * The validator's sign-off: they pick what they observed, how and when, and confirm the statement
 * shown, which is stored word for word with their name and the time. Opened from a sign-off waiting,
 * its location and tasks come chosen.
 */
export function ValidationForm({ personId, personName, validatorName, locations, tasks, today, inAYear, locationId, preselected = [] }: { personId: string; personName: string; validatorName: string; locations: Option[]; tasks: Option[]; today: string; inAYear: string; locationId?: string; preselected?: string[] }) {
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
          Back to {personName}
        </Link>
      </div>
    );
  }
  const names = tasks.filter((t) => chosen.includes(t.id)).map((t) => t.name);
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="personId" value={personId} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Location" name="locationId" defaultValue={locationId} error={errors.locationId}>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <TextField label="Observed on" name="observedOn" type="date" required value={observedOn} max={today} onChange={(e) => setObservedOn(e.target.value)} error={errors.observedOn} />
        <TextField label="Valid until" name="expiresOn" type="date" defaultValue={inAYear} error={errors.expiresOn} hint="Revalidation is due then." />
      </div>
      <ChoiceGroup legend="Tasks observed" name="taskIds" error={errors.taskIds}>
        {tasks.map((t) => (
          <Choice key={t.id} name="taskIds" value={t.id} label={t.name} checked={chosen.includes(t.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, t.id] : c.filter((x) => x !== t.id)))} />
        ))}
      </ChoiceGroup>
      <ChoiceGroup legend="How" name="method" error={errors.method} hint="A self-assessment checklist is not a competency validation.">
        {Object.entries(VALIDATION_METHODS).map(([value, label]) => (
          <Choice key={value} type="radio" name="method" value={value} label={label} checked={method === value} onChange={() => setMethod(value as keyof typeof VALIDATION_METHODS)} />
        ))}
      </ChoiceGroup>
      <div className="rounded-lg border border-emerald-200 bg-emerald-50 p-4">
        <p className="text-sm font-medium">Attestation</p>
        <p className="mt-1 text-sm">{names.length ? attestationText(validatorName, personName, names, observedOn, VALIDATION_METHODS[method]) : "Choose the tasks you observed."}</p>
        <div className="mt-2">
          <Choice name="attest" value="on" label="I confirm this statement. My name and the time are recorded and cannot be changed afterwards." />
          <FieldErrorNow field="attest" error={errors.attest}>
            {(error) => (error ? <p className="text-sm font-medium text-red-700">{error}</p> : null)}
          </FieldErrorNow>
        </div>
      </div>
      <TextField label="Evidence (optional)" name="evidence" type="file" multiple accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg" error={errors.evidence} hint="For example, the signed check-off sheet. PDF, PNG or JPEG, up to 10 MB each." />
      <TextAreaField label="Notes (optional)" name="notes" maxLength={2000} error={errors.notes} />
      <SubmitButton pendingLabel="Signing…">Sign off competency</SubmitButton>
    </ActionForm>
  );
}
