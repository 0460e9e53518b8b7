"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Button } from "@/components/ui/button";
import { Choice, ChoiceGroup, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { saveArrangementAction } from "@/lib/arrangement/actions";
import type { ActionState } from "@/lib/auth/action-client";
import { formatMinute } from "@/lib/clearance/supervision";
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

const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
let nextKey = 1;

/**
 * Who supervises whom, for what, at what level, and the weekly windows (on the location's clock).
 * Editing saves a new version from its start date; the schedule before that stays as it was.
 */
export function ArrangementForm({ locationId, zoneLabel, supervisors, people, tasks, today, defaults }: { locationId: string; zoneLabel: string; supervisors: (Option & { providerType: string })[]; people: Option[]; tasks: Option[]; today: string; defaults?: ArrangementDefaults }) {
  const t = useTranslations("supervision.form");
  const level = useTranslations("supervision.level");
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
          {t("back")}
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
        <SelectField label={t("supervisor")} name="supervisorId" required defaultValue={defaults?.supervisorId ?? ""} error={errors.supervisorId}>
          <option value="">{t("chooseProvider")}</option>
          {supervisors.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.providerType})
            </option>
          ))}
        </SelectField>
        <SelectField label={t("level")} name="level" required defaultValue={defaults?.level ?? "on_premises"} error={errors.level}>
          {(["direct_visual", "on_premises", "telemedicine", "general"] as const).map((l) => (
            <option key={l} value={l}>
              {level(l)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("startDate")}
          name="effectiveFrom"
          type="date"
          required
          defaultValue={defaults?.effectiveFrom ?? today}
          error={errors.effectiveFrom}
          hint={!defaults ? undefined : defaults.corrects ? t("startHintCorrection") : t("startHintChange")}
        />
        <TextField label={t("lastDay")} name="lastDay" type="date" defaultValue={defaults?.lastDay ?? ""} error={errors.lastDay} />
      </div>
      <ChoiceGroup legend={t("supervises")} name="superviseeIds" error={errors.superviseeIds}>
        <Choice type="radio" name="superviseeMode" value="all" label={t("allHere")} checked={allPeople} onChange={() => setAllPeople(true)} />
        <Choice type="radio" name="superviseeMode" value="selected" label={t("chosenPeople")} checked={!allPeople} onChange={() => setAllPeople(false)} />
        {!allPeople ? (
          <div className="flex w-full flex-wrap gap-x-6">
            {people.map((p) => (
              <Choice key={p.id} name="superviseeIds" value={p.id} label={p.name} defaultChecked={defaults?.superviseeIds.includes(p.id)} />
            ))}
          </div>
        ) : null}
      </ChoiceGroup>
      <ChoiceGroup legend={t("for")} name="taskIds" error={errors.taskIds}>
        <Choice type="radio" name="taskMode" value="all_clinical" label={t("allClinicalTasks")} checked={allTasks} onChange={() => setAllTasks(true)} />
        <Choice type="radio" name="taskMode" value="selected" label={t("chosenTasks")} checked={!allTasks} onChange={() => setAllTasks(false)} />
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
            <legend className="text-sm font-medium">{t("windows", { zone: zoneLabel })}</legend>
            <p className="text-sm text-muted">{t("windowsHint")}</p>
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
              {t("addWindow")}
            </Button>
          </fieldset>
        )}
      </FieldErrorNow>
      <SubmitButton>{!defaults ? t("save") : defaults.corrects ? t("saveCorrection", { version: defaults.corrects }) : t("saveNewVersion")}</SubmitButton>
    </ActionForm>
  );
}

const WINDOW_CONTROL = "rounded-md border border-slate-300 px-2 py-2 text-base aria-[invalid=true]:border-red-600 sm:text-sm";

/** One weekly window: its day, start and end, each tied to the row's error for screen readers. */
function WindowRow({ window: w, index: i, error, onEdit, update, remove }: { window: Window; index: number; error?: string; onEdit: () => void; update: (key: number, field: keyof Omit<Window, "key">, value: string) => void; remove: () => void }) {
  const t = useTranslations("supervision.form");
  const invalid = {
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `window-${w.key}-error` : undefined,
  } as const;
  return (
    <div className="flex flex-wrap items-end gap-2" onChange={onEdit}>
      <label className="text-sm">
        <span className="sr-only">{t("dayOfWindow", { number: i + 1 })}</span>
        <select name="windowDay" value={w.weekday} onChange={(e) => update(w.key, "weekday", e.target.value)} className={WINDOW_CONTROL} {...invalid}>
          {DAYS.map((d, n) => (
            <option key={d} value={n}>
              {t(`weekday.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        <span className="sr-only">{t("startOfWindow", { number: i + 1 })}</span>
        <input name="windowStart" type="time" value={w.start} onChange={(e) => update(w.key, "start", e.target.value)} className={WINDOW_CONTROL} {...invalid} />
      </label>
      <span aria-hidden="true" className="pb-2">
        –
      </span>
      <label className="text-sm">
        <span className="sr-only">{t("endOfWindow", { number: i + 1 })}</span>
        <input name="windowEnd" type="time" value={w.end} onChange={(e) => update(w.key, "end", e.target.value)} className={WINDOW_CONTROL} {...invalid} />
      </label>
      <Button variant="ghost" onClick={remove} aria-label={t("removeWindow", { number: i + 1 })}>
        {t("remove")}
      </Button>
      {error ? (
        <p id={`window-${w.key}-error`} className="w-full text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
