"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Alert } from "@/components/ui/alert";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createPersonAction } from "@/lib/person/actions";
import { PROVIDER_TYPES } from "@/lib/person/schema";
import { TIERS } from "./tier-label";

const KINDS = ["medical_assistant", "provider", "staff"] as const;

type Props = { locations: { id: string; name: string; state: string }[]; today: string };

/** "Add a person" at a location the actor manages: who they are, what they do, and their first day there. */
export function NewPersonForm(props: Props) {
  // "Add another person" remounts the form, empty and with a fresh action state.
  const [round, setRound] = useState(0);
  return <PersonFields key={round} {...props} onAnother={() => setRound((r) => r + 1)} />;
}

function PersonFields({ locations, today, onAnother }: Props & { onAnother: () => void }) {
  const t = useTranslations("people");
  const [state, formAction] = useActionState(createPersonAction, IDLE_STATE);
  const [kind, setKind] = useState<string>("medical_assistant");
  if (state.status === "success" && state.data) {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={state.message ?? t("newPerson.added")} />
        <div className="flex flex-wrap gap-4">
          <Link className="font-semibold text-brand-800 underline" href={`/people/${state.data.personId}`}>
            {t("newPerson.openProfile")}
          </Link>
          <button type="button" className="font-semibold text-brand-800 underline" onClick={onAnother}>
            {t("newPerson.another")}
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
        <TextField label={t("newPerson.firstName")} name="firstName" required maxLength={100} error={errors.firstName} autoComplete="off" />
        <TextField label={t("newPerson.lastName")} name="lastName" required maxLength={100} error={errors.lastName} autoComplete="off" />
        <TextField label={t("newPerson.employeeId")} name="employeeId" maxLength={40} error={errors.employeeId} autoComplete="off" />
      </div>
      <ChoiceGroup legend={t("newPerson.whatTheyDo")} name="kind" error={errors.kind}>
        {KINDS.map((k) => (
          <Choice key={k} type="radio" name="kind" value={k} label={t(`newPerson.kinds.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
        ))}
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        {kind === "medical_assistant" ? (
          <SelectField label={t("newPerson.tier")} name="credentialTier" defaultValue="none" error={errors.credentialTier}>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`tier.${tier}`)}
              </option>
            ))}
          </SelectField>
        ) : null}
        {kind === "provider" ? (
          <SelectField label={t("newPerson.providerType")} name="providerType" required defaultValue="" error={errors.providerType}>
            <option value="">{t("newPerson.chooseProviderType")}</option>
            {PROVIDER_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField label={t("newPerson.location")} name="locationId" required defaultValue={locations.length === 1 ? locations[0]!.id : ""} error={errors.locationId}>
          {locations.length === 1 ? null : <option value="">{t("newPerson.chooseLocation")}</option>}
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {t("newPerson.locationOption", { name: l.name, state: l.state })}
            </option>
          ))}
        </SelectField>
        <TextField label={t("newPerson.firstDay")} name="from" type="date" required defaultValue={today} error={errors.from} />
        <TextField label={t("newPerson.lastDay")} name="lastDay" type="date" error={errors.lastDay} hint={t("newPerson.lastDayHint")} />
      </div>
      <SubmitButton pendingLabel={t("newPerson.adding")}>{t("newPerson.submit")}</SubmitButton>
    </ActionForm>
  );
}
