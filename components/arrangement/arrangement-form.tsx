"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveArrangementAction } from "@/lib/arrangement/actions";
import type { ActionState } from "@/lib/auth/action-client";
import { formatMinute, SUPERVISION_LABELS } from "@/lib/clearance/supervision";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrorNow } from "@/components/ui/edited-fields";

type Option = { id: string; name: string };
type Window = { key: number; weekday: string; start: string; end: string };
export type ArrangementDefaults = {
  lineageId: string;
  version: number;
  /** The version a correction replaces; empty for a change from a date. */
  corrects: string;
  lastDay: string;
  supervisorId: string;
  level: string;
  allMedicalAssistants: boolean;
  superviseeIds: string[];
  allClinicalTasks: boolean;
  taskIds: string[];
  effectiveFrom: string;
  windows: { weekday: number; startMinute: number; endMinute: number }[];
};

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
let nextKey = 1;

/**
 * Who supervises whom, for what, at what level, and the weekly windows (on the location's clock).
 * Editing saves a new version from its start date; the schedule before that stays as it was.
 */
export function ArrangementForm({ locationId, zoneLabel, supervisors, people, tasks, today, defaults }: { locationId: string; zoneLabel: string; supervisors: (Option & { providerType: string })[]; people: Option[]; tasks: Option[]; today: string; defaults?: ArrangementDefaults }) {
  const [state, formAction] = useActionState(saveArrangementAction, IDLE_STATE as ActionState<{ lineageId: string; version: number }>);
  const [allPeople, setAllPeople] = useState(defaults?.allMedicalAssistants ?? true);
  const [allTasks, setAllTasks] = useState(defaults?.allClinicalTasks ?? true);
  const [windows, setWindows] = useState<Window[]>(
    defaults?.windows.map((w) => ({ key: nextKey++, weekday: String(w.weekday), start: formatMinute(w.startMinute), end: w.endMinute >= 24 * 60 ? "00:00" : formatMinute(w.endMinute) })) ??
      [1, 2, 3, 4, 5].map((d) => ({ key: nextKey++, weekday: String(d), start: "08:00", end: "17:00" })),
  );
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};
  if (state.status === "success") {
    return (
      <div className="space-y-3">
        <ActionMessage state={state} />
        <Link href={`/locations/${locationId}/supervision`} className="font-semibold text-brand-800 underline">
          Back to supervision
        </Link>
      </div>
    );
  }
  const update = (key: number, field: keyof Omit<Window, "key">, value: string) => setWindows((ws) => ws.map((w) => (w.key === key ? { ...w, [field]: value } : w)));
  return (
    <ActionForm action={formAction} className="space-y-5" noValidate>
      <ActionMessage state={state} />
      <input type="hidden" name="locationId" value={locationId} />
      {defaults ? (
        <>
          <input type="hidden" name="lineageId" value={defaults.lineageId} />
          <input type="hidden" name="version" value={defaults.version} />
          <input type="hidden" name="corrects" value={defaults.corrects} />
        </>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Supervisor" name="supervisorId" required defaultValue={defaults?.supervisorId ?? ""} error={errors.supervisorId}>
          <option value="">Choose a provider…</option>
          {supervisors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.providerType})
            </option>
          ))}
        </SelectField>
        <SelectField label="Level" name="level" required defaultValue={defaults?.level ?? "on_premises"} error={errors.level}>
          {(["direct_visual", "on_premises", "telemedicine", "general"] as const).map((l) => (
            <option key={l} value={l}>
              {SUPERVISION_LABELS[l]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Start date"
          name="effectiveFrom"
          type="date"
          required
          defaultValue={defaults?.effectiveFrom ?? today}
          error={errors.effectiveFrom}
          hint={!defaults ? undefined : defaults.corrects ? "The corrected version's start; change it if that was wrong too." : "The new version applies from this day; the schedule before it stays as it was."}
        />
        <TextField label="Last day (optional)" name="lastDay" type="date" defaultValue={defaults?.lastDay ?? ""} error={errors.lastDay} />
      </div>
      <ChoiceGroup legend="Supervises" name="superviseeIds" error={errors.superviseeIds}>
        <Choice type="radio" name="superviseeMode" value="all" label="All medical assistants here" checked={allPeople} onChange={() => setAllPeople(true)} />
        <Choice type="radio" name="superviseeMode" value="selected" label="Chosen people" checked={!allPeople} onChange={() => setAllPeople(false)} />
        {!allPeople ? (
          <div className="flex w-full flex-wrap gap-x-6">
            {people.map((p) => (
              <Choice key={p.id} name="superviseeIds" value={p.id} label={p.name} defaultChecked={defaults?.superviseeIds.includes(p.id)} />
            ))}
          </div>
        ) : null}
      </ChoiceGroup>
      <ChoiceGroup legend="For" name="taskIds" error={errors.taskIds}>
        <Choice type="radio" name="taskMode" value="all_clinical" label="All clinical tasks" checked={allTasks} onChange={() => setAllTasks(true)} />
        <Choice type="radio" name="taskMode" value="selected" label="Chosen tasks" checked={!allTasks} onChange={() => setAllTasks(false)} />
        {!allTasks ? (
          <div className="flex w-full flex-wrap gap-x-6">
            {tasks.map((t) => (
              <Choice key={t.id} name="taskIds" value={t.id} label={t.name} defaultChecked={defaults?.taskIds.includes(t.id)} />
            ))}
          </div>
        ) : null}
      </ChoiceGroup>
      <FieldErrorNow field="windows" error={errors.windows}>
        {(scheduleError, markScheduleEdited) => (
          <fieldset className="space-y-2" onChange={markScheduleEdited} aria-describedby={scheduleError ? "windows-error" : undefined}>
            <legend className="text-sm font-medium">Weekly windows ({zoneLabel})</legend>
            <p className="text-sm text-muted">An end of 00:00 means midnight at the end of the day. For a night shift, add 22:00–00:00 on one day and 00:00–06:00 on the next.</p>
            {scheduleError ? (
              <p id="windows-error" className="text-sm font-medium text-red-700">
                {scheduleError}
              </p>
            ) : null}
            {windows.map((w, i) => (
              <FieldErrorNow key={w.key} field={`windows.${i}`} error={errors[`windows.${i}`]}>
                {(error, markEdited) => (
                  <WindowRow
                    window={w}
                    index={i}
                    error={error}
                    onEdit={markEdited}
                    update={update}
                    remove={() => {
                      markEdited();
                      setWindows((ws) => ws.filter((x) => x.key !== w.key));
                    }}
                  />
                )}
              </FieldErrorNow>
            ))}
            <Button
              variant="secondary"
              onClick={() => {
                markScheduleEdited();
                setWindows((ws) => [...ws, { key: nextKey++, weekday: "1", start: "08:00", end: "17:00" }]);
              }}
            >
              Add a window
            </Button>
          </fieldset>
        )}
      </FieldErrorNow>
      <SubmitButton>{!defaults ? "Save arrangement" : defaults.corrects ? `Save the correction of version ${defaults.corrects}` : "Save new version"}</SubmitButton>
    </ActionForm>
  );
}

const WINDOW_CONTROL = "rounded-md border border-slate-300 px-2 py-2 text-base aria-[invalid=true]:border-red-600 sm:text-sm";

/** One weekly window: its day, start and end, each tied to the row's error for screen readers. */
function WindowRow({ window: w, index: i, error, onEdit, update, remove }: { window: Window; index: number; error?: string; onEdit: () => void; update: (key: number, field: keyof Omit<Window, "key">, value: string) => void; remove: () => void }) {
  const invalid = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `window-${w.key}-error` : undefined,
  } as const;
  return (
    <div className="flex flex-wrap items-end gap-2" onChange={onEdit}>
      <label className="text-sm">
        <span className="sr-only">Day of window {i + 1}</span>
        <select name="windowDay" value={w.weekday} onChange={(e) => update(w.key, "weekday", e.target.value)} className={WINDOW_CONTROL} {...invalid}>
          {DAYS.map((d, n) => (
            <option key={d} value={n}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="sr-only">Start of window {i + 1}</span>
        <input name="windowStart" type="time" value={w.start} onChange={(e) => update(w.key, "start", e.target.value)} className={WINDOW_CONTROL} {...invalid} />
      </label>
      <span aria-hidden="true" className="pb-2">
        –
      </span>
      <label className="text-sm">
        <span className="sr-only">End of window {i + 1}</span>
        <input name="windowEnd" type="time" value={w.end} onChange={(e) => update(w.key, "end", e.target.value)} className={WINDOW_CONTROL} {...invalid} />
      </label>
      <Button variant="ghost" onClick={remove} aria-label={`Remove window ${i + 1}`}>
        Remove
      </Button>
      {error ? (
        <p id={`window-${w.key}-error`} className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
