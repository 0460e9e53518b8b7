"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Alert } from "@/components/ui/alert";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPersonAction } from "@/lib/person/actions";
import { CREDENTIAL_TIER_LABELS } from "@/lib/person/credentials";
import { PROVIDER_TYPES } from "@/lib/person/schema";

const KINDS = [
  { value: "medical_assistant", label: "Medical assistant" },
  { value: "provider", label: "Provider" },
  { value: "staff", label: "Other staff" },
] as const;

type Props = { locations: { id: string; name: string; state: string }[]; today: string };

/** "Add a person" at a location the actor manages: who they are, what they do, and their first day there. */
export function NewPersonForm(props: Props) {
  // "Add another person" remounts the form, empty and with a fresh action state.
  const [round, setRound] = useState(0);
  return <PersonFields key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function PersonFields({ locations, today, onAnother }: Props & { onAnother: () => void }) {
  const [state, formAction] = useActionState(createPersonAction, IDLE_STATE);
  const [kind, setKind] = useState<string>("medical_assistant");
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={state.message ?? "Person added."} />
        <div className="flex flex-wrap gap-4">
          <Link className="font-semibold text-brand-800 underline" href={`/people/${state.data.personId}`}>
            Open the new profile
          </Link>
          <button type="button" className="font-semibold text-brand-800 underline" onClick={onAnother}>
            Add another person
          </button>
        </div>
      </div>
    );
  }
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      {state.status === "error" ? <Alert tone="error" title={state.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name" name="firstName" required maxLength={100} error={errors.firstName} autoComplete="off" />
        <TextField label="Last name" name="lastName" required maxLength={100} error={errors.lastName} autoComplete="off" />
        <TextField label="Employee ID (optional)" name="employeeId" maxLength={40} error={errors.employeeId} autoComplete="off" />
      </div>
      <ChoiceGroup legend="What they do" name="kind" error={errors.kind}>
        {KINDS.map((k) => (
          <Choice key={k.value} type="radio" name="kind" value={k.value} label={k.label} checked={kind === k.value} onChange={() => setKind(k.value)} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "medical_assistant" ? (
          <SelectField label="State MA credential" name="credentialTier" defaultValue="none" error={errors.credentialTier}>
            {Object.entries(CREDENTIAL_TIER_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
        ) : null}
        {kind === "provider" ? (
          <SelectField label="Provider type" name="providerType" required defaultValue="" error={errors.providerType}>
            <option value="">Choose the provider type</option>
            {PROVIDER_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label="Location" name="locationId" required defaultValue={locations.length === 1 ? locations[0]!.id : ""} error={errors.locationId}>
          {locations.length === 1 ? null : <option value="">Choose a location</option>}
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {`${l.name} (${l.state})`}
            </option>
          ))}
        </SelectField>
        <TextField label="First day" name="from" type="date" required defaultValue={today} error={errors.from} />
        <TextField label="Last day (optional)" name="lastDay" type="date" error={errors.lastDay} hint="Only for a fixed-term period; leave empty otherwise." />
      </div>
      <SubmitButton pendingLabel="Adding…">Add person</SubmitButton>
    </ActionForm>
  );
}
