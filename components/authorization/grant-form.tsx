"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, useTransition } from "react";
import { TaskCheckboxes } from "@/components/clearance/task-options";
import { ActionDone, ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Alert } from "@/components/ui/alert";
import { Choice, ChoiceGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/auth/action-client";
import { grantAuthorizationsAction, previewGrantAction } from "@/lib/authorization/actions";
import type { GrantPlan } from "@/lib/authorization/grant";
import type { TaskCategory } from "@/lib/clearance/facts";
import { ActionForm } from "@/components/ui/action-form";
import { FieldErrorNow } from "@/components/ui/edited-fields";
import { holdersByTask, type HeldAuthorization } from "@/lib/authorization/held";
import { alreadyAuthorizedNote } from "./labels";

type Task = { id: string; name: string; category: TaskCategory; parentId: string | null; providerOnly: boolean };
type Location = { id: string; name: string; today: string };
type Person = { id: string; name: string };

const OUTCOME_CLASSES = {
  refused: "bg-red-100 text-red-900",
  not_cleared: "bg-red-50 text-red-900",
  check_first: "bg-amber-100 text-amber-950",
  cleared_when_supervised: "bg-emerald-50 text-emerald-900",
  cleared: "bg-emerald-100 text-emerald-900",
} as const;

/**
 * Authorizing tasks for one or several MAs at a location. Before saving, it shows what the engine
 * will answer for each person and task once saved, so nothing is granted blindly; tasks the chosen
 * people already hold there (`held`) are marked from the start.
 */
export function GrantForm({ locations, people, fixedPerson, tasks, held = [], backHref }: { locations: Location[]; people: Person[]; fixedPerson?: Person; tasks: Task[]; held?: HeldAuthorization[]; backHref: string }) {
  const t = useTranslations("people");
  const [state, formAction] = useActionState(grantAuthorizationsAction, IDLE_STATE as ActionState<GrantPlan & { granted: number }>);
  const [preview, setPreview] = useState<ActionState<GrantPlan>>(IDLE_STATE as ActionState<GrantPlan>);
  const [locationId, setLocationId] = useState(locations[0]?.id ?? "");
  const [chosenPeople, setChosenPeople] = useState<string[]>(fixedPerson ? [fixedPerson.id] : []);
  const [pending, startTransition] = useTransition();
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const location = locations.find((l) => l.id === locationId);
  const errors = state.status === "error" ? state.fieldErrors ?? {} : {};

  const refresh = () => {
    if (!fixedPerson && form.current) setChosenPeople(new FormData(form.current).getAll("personIds").map(String));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!form.current) return;
      const data = new FormData(form.current);
      if (data.getAll("taskIds").length === 0 || data.getAll("personIds").length === 0) return setPreview(IDLE_STATE as ActionState<GrantPlan>);
      startTransition(async () => setPreview(await previewGrantAction(undefined, data)));
    }, 350);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  if (state.status === "success") {
    return <ActionDone state={state} backHref={backHref} backLabel={t("grant.back")} />;
  }
  const plan = preview.status === "success" ? preview.data : null;
  const holders = holdersByTask(held, locationId, chosenPeople);
  const names = new Map([...(fixedPerson ? [fixedPerson] : []), ...people].map((p) => [p.id, p.name]));
  const markedTasks = tasks.map((task) => {
    const note = alreadyAuthorizedNote((holders.get(task.id) ?? []).map((id) => names.get(id) ?? ""), chosenPeople.length, t);
    return note ? { ...task, name: t("grant.taskNote", { task: task.name, note }) } : task;
  });
  const refused = plan?.previews.filter((p) => p.outcome === "refused").length ?? 0;
  return (
    <ActionForm ref={form} action={formAction} onChange={refresh} className="space-y-5" noValidate>
      {state.status === "error" ? <ActionMessage state={state} /> : null}
      {fixedPerson ? <input type="hidden" name="personIds" value={fixedPerson.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("grant.location")} name="locationId" value={locationId} onChange={(e) => setLocationId(e.target.value)} error={errors.locationId}>
          {locations.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </SelectField>
        <TextField key={locationId} label={t("grant.startDate")} name="effectiveFrom" type="date" required defaultValue={location?.today} error={errors.effectiveFrom} />
        <TextField label={t("grant.lastDay")} name="lastDay" type="date" error={errors.lastDay} hint={t("grant.lastDayHint")} />
      </div>
      {fixedPerson ? null : (
        <ChoiceGroup legend={t("grant.people")} name="personIds" error={errors.personIds}>
          {people.map((p) => (
            <Choice key={p.id} name="personIds" value={p.id} label={p.name} />
          ))}
        </ChoiceGroup>
      )}
      <FieldErrorNow field="taskIds" error={errors.taskIds}>
        {(error) => <TaskCheckboxes tasks={markedTasks} legend={t("grant.tasks")} name="taskIds" error={error} />}
      </FieldErrorNow>
      <TextAreaField label={t("grant.conditions")} name="conditions" maxLength={1000} hint={t("grant.conditionsHint")} error={errors.conditions} />

      <section aria-labelledby="preview-heading" aria-live="polite" className="rounded-lg border border-slate-200 bg-slate-50 p-3">
        <h2 id="preview-heading" className="text-sm font-semibold">
          {t("grant.previewHeading")} {pending ? <span className="font-normal text-muted">{t("grant.checking")}</span> : null}
        </h2>
        {preview.status === "error" ? <Alert tone="error" title={preview.message} /> : null}
        {!plan ? <p className="text-sm text-muted">{fixedPerson ? t("grant.chooseTasks") : t("grant.chooseTasksAndPeople")}</p> : null}
        {plan ? (
          <ul className="mt-2 space-y-1.5 text-sm">
            {plan.previews.map((p) => (
              <li key={`${p.personId}-${p.taskId}`} className="flex flex-col gap-1 sm:flex-row sm:gap-3">
                <span className={`w-fit shrink-0 rounded px-2 py-0.5 text-xs font-semibold ${OUTCOME_CLASSES[p.outcome]}`}>{t(`grant.outcome.${p.outcome}`)}</span>
                <span>
                  <span className="font-medium">
                    {fixedPerson ? "" : t("grant.personTask", { person: p.personName })}
                    {p.taskName}
                  </span>{" "}
                  <span className="text-muted">{p.reason}</span>
                </span>
              </li>
            ))}
            {plan.alreadyActive.map((a) => (
              <li key={`active-${a.personId}-${a.taskId}`} className="text-muted">
                {t("grant.alreadyActive", { task: plan.previews.find((p) => p.personId === a.personId && p.taskId === a.taskId)?.taskName ?? "" })}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {refused > 0 ? <Alert tone="error" title={t("grant.refused", { count: refused })} /> : null}
      <SubmitButton pendingLabel={t("grant.authorizing")}>{t("grant.submit")}</SubmitButton>
    </ActionForm>
  );
}
