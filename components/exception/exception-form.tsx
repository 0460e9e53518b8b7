"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { ActionDone, ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
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

const KINDS = ["absence", "extra_session", "closure"] as const;

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
  const t = useTranslations("exceptions.form");
  const level = useTranslations("supervision.level");
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
            <SelectField label={t("location")} name="locationId" required defaultValue={locations.length === 1 ? locations[0]!.id : ""} error={errors.locationId}>
              {locations.length > 1 ? <option value="">{t("chooseLocation")}</option> : null}
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
        <ChoiceGroup legend={t("whatHappens")} name="kind" error={errors.kind}>
          {KINDS.map((k) => (
            <Choice key={k} type="radio" name="kind" value={k} label={t(`kind.${k}`)} checked={kind === k} onChange={() => setKind(k)} />
          ))}
        </ChoiceGroup>
      )}
      {!own && kind !== "closure" ? (
        editing ? (
          <input type="hidden" name="providerId" value={defaults.providerId} />
        ) : (
          <SelectField label={t("provider")} name="providerId" required defaultValue={value("providerId")} error={errors.providerId}>
            <option value="">{t("chooseProvider")}</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        )
      ) : null}
      <ChoiceGroup legend={t("when", { zone: zoneLabel })} name="span" error={errors.span}>
        <Choice type="radio" name="span" value="days" label={t("wholeDays")} checked={span === "days"} onChange={() => setSpan("days")} />
        <Choice type="radio" name="span" value="hours" label={t("hours")} checked={span === "hours"} onChange={() => setSpan("hours")} />
      </ChoiceGroup>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={span === "days" ? t("firstDay") : t("date")} name="fromDate" type="date" required defaultValue={value("fromDate")} error={errors.fromDate} />
        <TextField label={span === "days" ? t("lastDay") : t("endsOn")} name="toDate" type="date" defaultValue={value("toDate")} error={errors.toDate} hint={span === "days" ? t("oneDayHint") : t("nightHint")} />
        {span === "hours" ? (
          <>
            <TextField label={t("from")} name="startTime" type="time" required defaultValue={value("startTime")} error={errors.startTime} />
            <TextField label={t("until")} name="endTime" type="time" required defaultValue={value("endTime")} error={errors.endTime} hint={t("untilHint")} />
          </>
        ) : null}
      </div>
      {kind === "extra_session" ? (
        <SelectField label={t("level")} name="level" defaultValue={value("level") || "on_premises"} error={errors.level}>
          {(["direct_visual", "on_premises", "telemedicine", "general"] as const).map((l) => (
            <option key={l} value={l}>
              {level(l)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextField label={t("reason")} name="reason" required maxLength={200} defaultValue={value("reason")} error={errors.reason} hint={t("reasonHint", { kind })} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton>{editing ? t("saveCorrection") : t("save", { kind })}</SubmitButton>
        {!own && locationId && (kind === "absence" || kind === "closure") && !editing ? (
          <Button variant="secondary" onClick={() => form.current && router.push(`/locations/${locationId}/supervision/what-if?${previewQuery(form.current)}`)}>
            {t("preview")}
          </Button>
        ) : null}
      </div>
    </ActionForm>
  );
}
