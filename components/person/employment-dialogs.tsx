"use client";

import { useTranslations } from "next-intl";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { EmploymentPeriod } from "@/lib/person/data";
import { addEmploymentAction, changeEmploymentAction } from "@/lib/person/actions";
import { PersonDialog } from "./person-dialog";

type Period = Pick<EmploymentPeriod, "lineageId" | "version" | "locationName" | "from" | "lastDay">;

/** End an open period: its last day (today, or a day before or after) and why. Offered while the period has no last day. */
export function EndEmploymentDialog({ personId, period, today }: { personId: string; period: Period; today: string }) {
  const t = useTranslations("people");
  return (
    <PersonDialog
      available={period.lastDay === null}
      action={changeEmploymentAction}
      scope={`end-${period.lineageId}`}
      label={t("employment.end")}
      subject={t("employment.endSubject", { location: period.locationName })}
      variant="danger"
      title={t("employment.endTitle", { location: period.locationName })}
      submitLabel={t("employment.end")}
      hidden={{ personId, lineageId: period.lineageId, version: period.version, from: period.from }}
    >
      {(field) => (
        <>
          <p className="text-sm text-muted">{t("employment.endNote")}</p>
          <TextField {...field("lastDay")} label={t("employment.lastDay")} type="date" required min={period.from} defaultValue={today} />
          <TextAreaField {...field("reason")} label={t("employment.reason")} required maxLength={1000} hint={t("employment.reasonHint")} />
        </>
      )}
    </PersonDialog>
  );
}

/** Correct a period's dates (entered wrong), or move its end. */
export function CorrectEmploymentDialog({ personId, period }: { personId: string; period: Period }) {
  const t = useTranslations("people");
  return (
    <PersonDialog
      action={changeEmploymentAction}
      scope={`correct-${period.lineageId}`}
      label={t("employment.correct")}
      subject={t("employment.correctSubject", { location: period.locationName })}
      title={t("employment.correctTitle", { location: period.locationName })}
      submitLabel={t("employment.saveDates")}
      hidden={{ personId, lineageId: period.lineageId, version: period.version }}
    >
      {(field) => (
        <>
          <TextField {...field("from")} label={t("employment.firstDay")} type="date" required defaultValue={period.from} />
          <TextField {...field("lastDay")} label={t("employment.lastDayOptional")} type="date" defaultValue={period.lastDay ?? ""} hint={t("employment.stillHere")} />
          <TextAreaField {...field("reason")} label={t("employment.reason")} required maxLength={1000} hint={t("employment.reasonHint")} />
        </>
      )}
    </PersonDialog>
  );
}

/** A new period at one of the locations the actor manages. */
export function AddEmploymentDialog({ personId, locations, today }: { personId: string; locations: { id: string; name: string }[]; today: string }) {
  const t = useTranslations("people");
  return (
    <PersonDialog action={addEmploymentAction} scope="add-employment" label={t("employment.add")} title={t("employment.add")} submitLabel={t("employment.add")} hidden={{ personId }}>
      {(field) => (
        <>
          <SelectField {...field("locationId")} label={t("employment.location")} required defaultValue={locations.length === 1 ? locations[0]!.id : ""}>
            {locations.length === 1 ? null : <option value="">{t("employment.chooseLocation")}</option>}
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <TextField {...field("from")} label={t("employment.firstDay")} type="date" required defaultValue={today} />
          <TextField {...field("lastDay")} label={t("employment.lastDayOptional")} type="date" hint={t("employment.openEnded")} />
          <TextAreaField {...field("reason")} label={t("employment.reasonOptional")} maxLength={1000} />
        </>
      )}
    </PersonDialog>
  );
}
