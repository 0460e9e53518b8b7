"use client";

import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { EmploymentPeriod } from "@/lib/person/data";
import { addEmploymentAction, changeEmploymentAction } from "@/lib/person/actions";
import { PersonDialog } from "./person-dialog";

type Period = Pick<EmploymentPeriod, "lineageId" | "version" | "locationName" | "from" | "lastDay">;

/** End an open period: its last day (today, or a day before or after) and why. Offered while the period has no last day. */
export function EndEmploymentDialog({ personId, period, today }: { personId: string; period: Period; today: string }) {
  return (
    <PersonDialog
      available={period.lastDay === null}
      action={changeEmploymentAction}
      scope={`end-${period.lineageId}`}
      label="End employment"
      subject={`at ${period.locationName}`}
      variant="danger"
      title={`End employment at ${period.locationName}?`}
      submitLabel="End employment"
      hidden={{ personId, lineageId: period.lineageId, version: period.version, from: period.from }}
    >
      {(field) => (
        <>
          <p className="text-sm text-muted">From the day after the last day, nothing is cleared here for this person. Answers for earlier moments are unchanged.</p>
          <TextField {...field("lastDay")} label="Last day" type="date" required min={period.from} defaultValue={today} />
          <TextAreaField {...field("reason")} label="Reason" required maxLength={1000} hint="Kept in the period's history." />
        </>
      )}
    </PersonDialog>
  );
}

/** Correct a period's dates (entered wrong), or move its end. */
export function CorrectEmploymentDialog({ personId, period }: { personId: string; period: Period }) {
  return (
    <PersonDialog
      action={changeEmploymentAction}
      scope={`correct-${period.lineageId}`}
      label="Correct dates"
      subject={`of employment at ${period.locationName}`}
      title={`Correct employment at ${period.locationName}`}
      submitLabel="Save dates"
      hidden={{ personId, lineageId: period.lineageId, version: period.version }}
    >
      {(field) => (
        <>
          <TextField {...field("from")} label="First day" type="date" required defaultValue={period.from} />
          <TextField {...field("lastDay")} label="Last day (optional)" type="date" defaultValue={period.lastDay ?? ""} hint="Leave empty while they still work here." />
          <TextAreaField {...field("reason")} label="Reason" required maxLength={1000} hint="Kept in the period's history." />
        </>
      )}
    </PersonDialog>
  );
}

/** A new period at one of the locations the actor manages. */
export function AddEmploymentDialog({ personId, locations, today }: { personId: string; locations: { id: string; name: string }[]; today: string }) {
  return (
    <PersonDialog action={addEmploymentAction} scope="add-employment" label="Add employment" title="Add employment" submitLabel="Add employment" hidden={{ personId }}>
      {(field) => (
        <>
          <SelectField {...field("locationId")} label="Location" required defaultValue={locations.length === 1 ? locations[0]!.id : ""}>
            {locations.length === 1 ? null : <option value="">Choose a location</option>}
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <TextField {...field("from")} label="First day" type="date" required defaultValue={today} />
          <TextField {...field("lastDay")} label="Last day (optional)" type="date" hint="Leave empty for an open-ended period." />
          <TextAreaField {...field("reason")} label="Reason (optional)" maxLength={1000} />
        </>
      )}
    </PersonDialog>
  );
}
