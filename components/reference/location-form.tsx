"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { saveLocationAction } from "@/lib/location/actions";
import { US_STATES } from "@/lib/location/us-states";
import { ActionForm } from "@/components/ui/action-form";

const ZONES = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico"];

export function LocationForm({ defaults }: { defaults?: { id: string; version: number; name: string; address: string; state: string; timeZone: string; requiresCheckIn: boolean } }) {
  const t = useTranslations("admin.locationForm");
  const [state, formAction] = useActionState(saveLocationAction, IDLE_STATE as ActionState<{ id: string }>);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  const values = state.status === "error" ? state.values ?? {} : {};
  const v = (name: "name" | "address" | "state" | "timeZone") => values[name] ?? defaults?.[name] ?? "";
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <ActionMessage state={state} />
      {defaults ? (
        <>
          <input type="hidden" name="locationId" value={defaults.id} />
          <input type="hidden" name="version" value={defaults.version} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("name")} name="name" required maxLength={120} defaultValue={v("name")} error={errors.name} />
        <TextField label={t("address")} name="address" required maxLength={300} defaultValue={v("address")} error={errors.address} />
        <SelectField label={t("state")} name="state" required defaultValue={v("state")} error={errors.state}>
          <option value="">{t("choose")}</option>
          {Object.entries(US_STATES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("timeZone")} name="timeZone" required defaultValue={v("timeZone") || "America/Los_Angeles"} error={errors.timeZone} hint={t("timeZoneHint")}>
          {ZONES.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </div>
      <ChoiceGroup legend={t("checkIns")} name="requiresCheckIn" hint={t("checkInsHint")}>
        <Choice name="requiresCheckIn" label={t("checkInLabel")} defaultChecked={values.requiresCheckIn ? values.requiresCheckIn === "on" : defaults?.requiresCheckIn} />
      </ChoiceGroup>
      {defaults ? (
        <ChoiceGroup legend={t("changeLegend")} name="change" error={errors.change} hint={t("changeHint")}>
          <Choice type="radio" name="change" value="correction" label={t("correction")} defaultChecked={values.change === "correction"} />
          <Choice type="radio" name="change" value="from_date" label={t("fromDate")} defaultChecked={values.change === "from_date"} />
          <div className="w-full sm:w-64">
            <TextField label={t("changedOn")} name="changeFrom" type="date" defaultValue={values.changeFrom ?? ""} error={errors.changeFrom} />
          </div>
        </ChoiceGroup>
      ) : null}
      <SubmitButton>{defaults ? t("save") : t("add")}</SubmitButton>
    </ActionForm>
  );
}
