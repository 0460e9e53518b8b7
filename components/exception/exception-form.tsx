"use client";

import { useRouter } from "next/navigation";
import { useActionState, useRef, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionDone, ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import { saveExceptionAction, saveOwnAbsenceAction } from "@/lib/exception/actions";

type Option = { id: string; name: string };
export type ExceptionDefaults = {
  lineageId?: string;
  version?: number;
  kind: string;
  providerId: string;
  span: string;
  fromDate: string;
  toDate: string;
  startTime: string;
  endTime: string;
  level: string;
  reason: string;
};

const KINDS = [
  { value: "absence", label: "A provider is away" },
  { value: "extra_session", label: "An extra session (a provider covers outside the plan)" },
  { value: "closure", label: "The location is closed" },
] as const;

/** The form's fields as a what-if query: the preview page reads the same names the action does. */
function previewQuery(form: HTMLFormElement): string {
  const data = new FormData(form);
  const query = new URLSearchParams();
  for (const key of ["kind", "providerId", "span", "fromDate", "toDate", "startTime", "endTime", "reason"]) {
    const value = data.get(key);
    if (typeof value === "string" && value !== "") query.set(key, value);
  }
  return query.toString();
}

/**
 * An absence, extra session or closure at a location, on its clock: whole days or hours. A manager
 * can preview an absence (who would lose which tasks when) before saving it; a provider records
 * only their own absences (`own`), at the locations they work at.
 */
export function ExceptionForm({
  locationId,
  locations,
  providers,
  own,
  zoneLabel,
  defaults,
  errors: initialErrors = {},
  fromPreview = false,
  backHref,
}: {
  /** The location, or null when `locations` offers a choice (a provider's own absence). */
  locationId: string | null;
  locations?: Option[];
  providers: Option[];
  own?: Option;
  zoneLabel: string;
  defaults: ExceptionDefaults;
  errors?: Record<string, string>;
  fromPreview?: boolean;
  backHref: string;
}) {
  const [state, formAction] = useActionState(own ? saveOwnAbsenceAction : saveExceptionAction, IDLE_STATE as ActionState<{ lineageId: string; version: number }>);
  const values = state.status === "error" ? (state.values ?? {}) : {};
  const value = (name: keyof ExceptionDefaults) => (values[name] as string | undefined) ?? String(defaults[name] ?? "");
  const [kind, setKind] = useState(value("kind"));
  const [span, setSpan] = useState(value("span") || "days");
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : initialErrors;
  const editing = Boolean(defaults.lineageId);

  if (state.status === "success") {
    return <ActionDone state={state} backHref={backHref} />;
  }
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate ref={form}>
      <ActionMessage state={state} />
      {locationId ? <input type="hidden" name="locationId" value={locationId} /> : null}
      {editing ? (
        <>
          <input type="hidden" name="lineageId" value={defaults.lineageId} />
          <input type="hidden" name="version" value={defaults.version} />
        </>
      ) : null}
      {fromPreview ? <input type="hidden" name="fromPreview" value="on" /> : null}
      {own ? (
        <>
          <input type="hidden" name="kind" value="absence" />
          <input type="hidden" name="providerId" value={own.id} />
          {!locationId && locations ? (
            <SelectField label="Location" name="locationId" required defaultValue={locations.length === 1 ? locations[0]!.id : ""} error={errors.locationId}>
              {locations.length > 1 ? <option value="">Choose a location…</option> : null}
              {locations.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name}
                </option>
              ))}
            </SelectField>
          ) : null}
        </>
      ) : editing ? (
        <input type="hidden" name="kind" value={kind} />
      ) : (
        <ChoiceGroup legend="What happens" name="kind" error={errors.kind}>
          {KINDS.map((k) => (
            <Choice key={k.value} type="radio" name="kind" value={k.value} label={k.label} checked={kind === k.value} onChange={() => setKind(k.value)} />
          ))}
        </ChoiceGroup>
      )}
      {!own && kind !== "closure" ? (
        editing ? (
          <input type="hidden" name="providerId" value={defaults.providerId} />
        ) : (
          <SelectField label="Provider" name="providerId" required defaultValue={value("providerId")} error={errors.providerId}>
            <option value="">Choose a provider…</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )
      ) : null}
      <ChoiceGroup legend={`When (${zoneLabel})`} name="span" error={errors.span}>
        <Choice type="radio" name="span" value="days" label="Whole days" checked={span === "days"} onChange={() => setSpan("days")} />
        <Choice type="radio" name="span" value="hours" label="Hours" checked={span === "hours"} onChange={() => setSpan("hours")} />
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={span === "days" ? "First day" : "Date"} name="fromDate" type="date" required defaultValue={value("fromDate")} error={errors.fromDate} />
        <TextField label={span === "days" ? "Last day" : "Ends on (if another day)"} name="toDate" type="date" defaultValue={value("toDate")} error={errors.toDate} hint={span === "days" ? "Leave empty for one day." : "For a night: the next day."} />
        {span === "hours" ? (
          <>
            <TextField label="From" name="startTime" type="time" required defaultValue={value("startTime")} error={errors.startTime} />
            <TextField label="Until" name="endTime" type="time" required defaultValue={value("endTime")} error={errors.endTime} hint="00:00 means midnight at the end of the day." />
          </>
        ) : null}
      </div>
      {kind === "extra_session" ? (
        <SelectField label="Supervision during it" name="level" defaultValue={value("level") || "on_premises"} error={errors.level}>
          {(["direct_visual", "on_premises", "telemedicine", "general"] as const).map((l) => (
            <option key={l} value={l}>
              {SUPERVISION_LABELS[l]}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField label="Reason" name="reason" required maxLength={200} defaultValue={value("reason")} error={errors.reason} hint={kind === "closure" ? "e.g. Thanksgiving" : kind === "extra_session" ? "e.g. Saturday flu clinic" : "e.g. vacation, sick, training"} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{editing ? "Save the correction" : kind === "absence" ? "Save absence" : kind === "closure" ? "Save closure" : "Save extra session"}</SubmitButton>
        {!own && locationId && (kind === "absence" || kind === "closure") && !editing ? (
          <Button variant="secondary" onClick={() => form.current && router.push(`/locations/${locationId}/supervision/what-if?${previewQuery(form.current)}`)}>
            Preview who is affected
          </Button>
        ) : null}
      </div>
    </ActionForm>
  );
}
