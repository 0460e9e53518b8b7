"use client";

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
        <TextField label="Name" name="name" required maxLength={120} defaultValue={v("name")} error={errors.name} />
        <TextField label="Address" name="address" required maxLength={300} defaultValue={v("address")} error={errors.address} />
        <SelectField label="State (whose law applies)" name="state" required defaultValue={v("state")} error={errors.state}>
          <option value="">Choose…</option>
          {Object.entries(US_STATES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Time zone" name="timeZone" required defaultValue={v("timeZone") || "America/Los_Angeles"} error={errors.timeZone} hint="Schedules and dates at this location are read in it.">
          {ZONES.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </SelectField>
      </div>
      <ChoiceGroup legend="Check-ins" name="requiresCheckIn" hint="When required, a task that needs a supervisor on site is cleared only while the plan puts them here and they have checked in on Cleared. A change applies from the moment you save.">
        <Choice name="requiresCheckIn" label="Providers check in when they arrive and out when they leave" defaultChecked={values.requiresCheckIn ? values.requiresCheckIn === "on" : defaults?.requiresCheckIn} />
      </ChoiceGroup>
      {defaults ? (
        <ChoiceGroup legend="If you change the state or time zone" name="change" error={errors.change} hint="A state or zone is a fact answers read: say what the change means. Name and address are just corrected.">
          <Choice type="radio" name="change" value="correction" label="It was entered wrong: correct it for every moment" defaultChecked={values.change === "correction"} />
          <Choice type="radio" name="change" value="from_date" label="The location changed on the date below (answers before it keep the old one)" defaultChecked={values.change === "from_date"} />
          <div className="w-full sm:w-64">
            <TextField label="Changed on" name="changeFrom" type="date" defaultValue={values.changeFrom ?? ""} error={errors.changeFrom} />
          </div>
        </ChoiceGroup>
      ) : null}
      <SubmitButton>{defaults ? "Save location" : "Add location"}</SubmitButton>
    </ActionForm>
  );
}
