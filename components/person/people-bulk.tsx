"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useState, useTransition } from "react";
import { TaskCheckboxes } from "@/components/clearance/task-options";
import { ActionForm } from "@/components/ui/action-form";
import { ActionMessage } from "@/components/ui/action-message";
import { IDLE_STATE } from "@/components/ui/action-state";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ConfirmSubmit } from "@/components/ui/confirm-submit";
import { SelectField, TextField } from "@/components/ui/field";
import type { ActionState } from "@/lib/auth/action-client";
import { grantAuthorizationsAction } from "@/lib/authorization/actions";
import type { GrantPlan } from "@/lib/authorization/grant";
import type { TaskCategory } from "@/lib/clearance/facts";
import { queryString } from "@/lib/http/query";
import type { PeopleListRow } from "@/lib/person/list-row";
import { requestSignOffAction } from "@/lib/notification/actions";

type Task = { id: string; name: string; category: TaskCategory; parentId: string | null; providerOnly: boolean };
type Place = { id: string; name: string; today: string };
/** Where the actor may grant and ask for sign-offs (each its own permission), and the catalog. */
export type BulkOptions = { grantAt: Place[]; signOffAt: Place[]; tasks: Task[] };
type Panel = "grant" | "signoff" | null;

type LeftOutPerson = { id: string; name: string; why: "notMa" | "elsewhere" };

/** Who of the selection a location's action applies to, and why the others are left out. */
function split(rows: readonly PeopleListRow[], location: Place | undefined) {
  const eligible = rows.filter((r) => r.isMedicalAssistant && r.locations.some((l) => l.id === location?.id));
  const left = rows.filter((r) => !eligible.includes(r)).map((r): LeftOutPerson => ({ id: r.id, name: r.name, why: r.isMedicalAssistant ? "elsewhere" : "notMa" }));
  return { eligible, left };
}

function LeftOut({ left, location }: { left: LeftOutPerson[]; location: Place | undefined }) {
  const t = useTranslations("people");
  if (left.length === 0) return null;
  return (
    <Alert tone="info" title={t("bulk.leftOut", { count: left.length })}>
      <ul className="list-disc pl-5">
        {left.map((l) => (
          <li key={l.id}>{l.why === "notMa" ? t("bulk.notMa", { name: l.name }) : t("bulk.elsewhere", { name: l.name, location: location?.name ?? t("bulk.thisLocation") })}</li>
        ))}
      </ul>
    </Alert>
  );
}

function firstPlaceOf(rows: readonly PeopleListRow[], places: readonly Place[]): string {
  return (places.find((p) => rows.some((r) => r.locations.some((l) => l.id === p.id))) ?? places[0])?.id ?? "";
}

function GrantPanel({ rows, places, tasks, onDone }: { rows: PeopleListRow[]; places: Place[]; tasks: Task[]; onDone: () => void }) {
  const t = useTranslations("people");
  const router = useRouter();
  const [state, formAction] = useActionState(grantAuthorizationsAction, IDLE_STATE as ActionState<GrantPlan & { granted: number }>);
  const [locationId, setLocationId] = useState(() => firstPlaceOf(rows, places));
  const location = places.find((p) => p.id === locationId);
  const { eligible, left } = split(rows, location);
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  useEffect(() => {
    if (state.status === "success") router.refresh();
  }, [state, router]);
  if (state.status === "success") {
    return (
      <div className="space-y-2">
        <ActionMessage state={state} />
        <button type="button" className={buttonClass("secondary")} onClick={onDone}>
          {t("bulk.done")}
        </button>
      </div>
    );
  }
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <h2 className="text-base font-semibold">{t("bulk.grant")}</h2>
      <ActionMessage state={state} />
      {eligible.map((r) => (
        <input key={r.id} type="hidden" name="personIds" value={r.id} />
      ))}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label={t("bulk.location")} name="locationId" value={locationId} onChange={(e) => setLocationId(e.target.value)} error={errors.locationId}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField key={locationId} label={t("bulk.startDate")} name="effectiveFrom" type="date" required defaultValue={location?.today} error={errors.effectiveFrom} />
        <TextField label={t("bulk.lastDayOptional")} name="lastDay" type="date" error={errors.lastDay} />
      </div>
      <LeftOut left={left} location={location} />
      {errors.personIds ? <Alert tone="error" title={errors.personIds} /> : null}
      <TaskCheckboxes tasks={tasks} legend={t("bulk.tasks")} name="taskIds" error={errors.taskIds} />
      {eligible.length === 0 ? (
        <p className="text-sm text-muted">{t("bulk.noneToGrant", { location: location?.name ?? t("bulk.thisLocation") })}</p>
      ) : (
        <ConfirmSubmit
          label={t("bulk.grantTo", { count: eligible.length })}
          variant="primary"
          title={t("bulk.grantTitle", { location: location?.name ?? t("bulk.thisLocation") })}
          body={
            <>
              <p>{t("bulk.forNames", { names: eligible.map((r) => r.name).join(", ") })}</p>
              <p className="mt-2">{t("bulk.allOrNothing")}</p>
            </>
          }
          confirmLabel={t("bulk.grantConfirm")}
        />
      )}
    </ActionForm>
  );
}

type SignOffResult = { id: string; name: string; ok: boolean; message: string };

function SignOffPanel({ rows, places, tasks }: { rows: PeopleListRow[]; places: Place[]; tasks: Task[] }) {
  const t = useTranslations("people");
  const [locationId, setLocationId] = useState(() => firstPlaceOf(rows, places));
  const [results, setResults] = useState<SignOffResult[]>([]);
  const [pending, startTransition] = useTransition();
  const location = places.find((p) => p.id === locationId);
  const { eligible, left } = split(rows, location);
  // One request per person: each is its own notice, refused or sent on its own (once a day per task).
  const send = (data: FormData) =>
    startTransition(async () => {
      const taskId = String(data.get("taskId") ?? "");
      const out: SignOffResult[] = [];
      for (const r of eligible) {
        const state = await requestSignOffAction(undefined, { personId: r.id, locationId, taskId });
        out.push({ id: r.id, name: r.name, ok: state.status === "success", message: state.status === "success" ? (state.message ?? t("bulk.sent")) : state.status === "error" ? (state.fieldErrors?.taskId ?? state.message) : "" });
      }
      setResults(out);
    });
  return (
    <form action={send} className="space-y-4">
      <h2 className="text-base font-semibold">{t("bulk.signOffHeading")}</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("bulk.location")} name="signOffLocation" value={locationId} onChange={(e) => setLocationId(e.target.value)}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("bulk.taskToSignOff")} name="taskId" required>
          {tasks
            .filter((task) => !task.providerOnly)
            .map((task) => (
              <option key={task.id} value={task.id}>
                {task.parentId ? t("bulk.subtask", { name: task.name }) : task.name}
              </option>
            ))}
        </SelectField>
      </div>
      <LeftOut left={left} location={location} />
      {eligible.length === 0 ? (
        <p className="text-sm text-muted">{t("bulk.noneToSignOff", { location: location?.name ?? t("bulk.thisLocation") })}</p>
      ) : (
        <ConfirmSubmit
          label={pending ? t("bulk.sending") : t("bulk.requestFor", { count: eligible.length })}
          variant="primary"
          title={t("bulk.signOffTitle", { location: location?.name ?? t("bulk.thisLocation") })}
          body={<p>{t("bulk.signOffBody", { names: eligible.map((r) => r.name).join(", ") })}</p>}
          confirmLabel={t("bulk.sendRequests")}
        />
      )}
      <div aria-live="polite">
        {results.length > 0 ? (
          <ul className="space-y-1 text-sm">
            {results.map((r) => (
              <li key={r.id} className={r.ok ? "text-emerald-900" : "text-red-800"}>
                {t("bulk.result", { name: r.name, message: r.message })}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}

/**
 * The selected rows as a CSV file, made by the server (app/api/people/export): it applies the
 * actor's scope again and puts the export on the audit trail. Fetched, then saved, so that a refusal
 * is said here instead of replacing the page.
 */
async function download(rows: readonly PeopleListRow[]): Promise<boolean> {
  const response = await fetch(`/api/people/export?${queryString({ person: rows.map((r) => r.id) })}`);
  if (!response.ok) return false;
  const link = document.createElement("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = "people.csv";
  link.click();
  URL.revokeObjectURL(link.href);
  return true;
}

/** The bar above the list: how many are selected and what can be done with them. */
export function PeopleBulkActions({ rows, options, onDone }: { rows: PeopleListRow[]; options: BulkOptions; onDone: () => void }) {
  const t = useTranslations("people");
  const [panel, setPanel] = useState<Panel>(null);
  const none = rows.length === 0;
  const toggle = (p: Exclude<Panel, null>) => setPanel((open) => (open === p ? null : p));
  const shown = none ? null : panel;
  const [exporting, startExport] = useTransition();
  const [exportFailed, setExportFailed] = useState(false);
  return (
    <div className="mb-3 space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <p className="text-sm font-medium" aria-live="polite">
          {none ? t("bulk.prompt") : t("bulk.selected", { count: rows.length })}
        </p>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          {options.grantAt.length > 0 ? (
            <button type="button" className={buttonClass("secondary")} disabled={none} aria-expanded={shown === "grant"} onClick={() => toggle("grant")}>
              {t("bulk.grant")}
            </button>
          ) : null}
          {options.signOffAt.length > 0 ? (
            <button type="button" className={buttonClass("secondary")} disabled={none} aria-expanded={shown === "signoff"} onClick={() => toggle("signoff")}>
              {t("bulk.signOff")}
            </button>
          ) : null}
          <button
            type="button"
            className={buttonClass("secondary")}
            disabled={none || exporting}
            onClick={() =>
              startExport(async () => {
                setExportFailed(!(await download(rows).catch(() => false)));
              })
            }
          >
            {t("bulk.export")}
          </button>
        </div>
      </div>
      {exportFailed ? <Alert tone="error" title={t("bulk.exportFailed")} /> : null}
      {shown ? (
        <div className="rounded-lg border border-slate-200 bg-slate-50 p-4">
          {shown === "grant" ? (
            <GrantPanel
              rows={rows}
              places={options.grantAt}
              tasks={options.tasks}
              onDone={() => {
                setPanel(null);
                onDone();
              }}
            />
          ) : (
            <SignOffPanel rows={rows} places={options.signOffAt} tasks={options.tasks} />
          )}
        </div>
      ) : null}
    </div>
  );
}
