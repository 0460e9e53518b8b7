"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState, useTransition } from "react";
import { rolesLabel } from "@/components/shell/labels";
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
import { csvRow, UTF8_BOM } from "@/lib/csv/write";
import { tierLabel } from "@/lib/person/credentials";
import type { PeopleListRow } from "@/lib/person/list-row";
import { requestSignOffAction } from "@/lib/notification/actions";
import { CSV_HEADER, KIND_LABELS } from "@/lib/person/wording";

type Task = { id: string; name: string; category: TaskCategory; parentId: string | null; providerOnly: boolean };
type Place = { id: string; name: string; today: string };
/** Where the actor may grant and ask for sign-offs (each its own permission), and the catalog. */
export type BulkOptions = { grantAt: Place[]; signOffAt: Place[]; tasks: Task[] };
type Panel = "grant" | "signoff" | null;

/** Who of the selection a location's action applies to, and why the others are left out. */
function split(rows: readonly PeopleListRow[], location: Place | undefined) {
  const eligible = rows.filter((r) => r.isMedicalAssistant && r.locations.some((l) => l.id === location?.id));
  const left = rows.filter((r) => !eligible.includes(r)).map((r) => ({ id: r.id, name: r.name, why: r.isMedicalAssistant ? `does not work at ${location?.name ?? "this location"}` : "is not a medical assistant" }));
  return { eligible, left };
}

function LeftOut({ left }: { left: { id: string; name: string; why: string }[] }) {
  if (left.length === 0) return null;
  return (
    <Alert tone="info" title={`${left.length} of the selected ${left.length === 1 ? "person is" : "people are"} left out:`}>
      <ul className="list-disc pl-5">
        {left.map((l) => (
          <li key={l.id}>
            {l.name} {l.why}.
          </li>
        ))}
      </ul>
    </Alert>
  );
}

function firstPlaceOf(rows: readonly PeopleListRow[], places: readonly Place[]): string {
  return (places.find((p) => rows.some((r) => r.locations.some((l) => l.id === p.id))) ?? places[0])?.id ?? "";
}

function GrantPanel({ rows, places, tasks, onDone }: { rows: PeopleListRow[]; places: Place[]; tasks: Task[]; onDone: () => void }) {
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
          Done
        </button>
      </div>
    );
  }
  return (
    <ActionForm action={formAction} className="space-y-4" noValidate>
      <h2 className="text-base font-semibold">Grant an authorization</h2>
      <ActionMessage state={state} />
      {eligible.map((r) => (
        <input key={r.id} type="hidden" name="personIds" value={r.id} />
      ))}
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField label="Location" name="locationId" value={locationId} onChange={(e) => setLocationId(e.target.value)} error={errors.locationId}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <TextField key={locationId} label="Start date" name="effectiveFrom" type="date" required defaultValue={location?.today} error={errors.effectiveFrom} />
        <TextField label="Last day (optional)" name="lastDay" type="date" error={errors.lastDay} />
      </div>
      <LeftOut left={left} />
      {errors.personIds ? <Alert tone="error" title={errors.personIds} /> : null}
      <TaskCheckboxes tasks={tasks} legend="Tasks" name="taskIds" error={errors.taskIds} />
      {eligible.length === 0 ? (
        <p className="text-sm text-muted">No one selected can be authorized at {location?.name}.</p>
      ) : (
        <ConfirmSubmit
          label={`Grant to ${eligible.length} ${eligible.length === 1 ? "person" : "people"}…`}
          variant="primary"
          title={`Grant these tasks at ${location?.name}?`}
          body={
            <>
              <p>For {eligible.map((r) => r.name).join(", ")}.</p>
              <p className="mt-2">All or nothing: if a task is refused for anyone (the state prohibits it, for example), nothing is saved and the refusals are listed. Tasks already authorized are left as they are.</p>
            </>
          }
          confirmLabel="Grant"
        />
      )}
    </ActionForm>
  );
}

type SignOffResult = { id: string; name: string; ok: boolean; message: string };

function SignOffPanel({ rows, places, tasks }: { rows: PeopleListRow[]; places: Place[]; tasks: Task[] }) {
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
        out.push({ id: r.id, name: r.name, ok: state.status === "success", message: state.status === "success" ? (state.message ?? "Sent.") : state.status === "error" ? (state.fieldErrors?.taskId ?? state.message) : "" });
      }
      setResults(out);
    });
  return (
    <form action={send} className="space-y-4">
      <h2 className="text-base font-semibold">Request a competency sign-off</h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Location" name="signOffLocation" value={locationId} onChange={(e) => setLocationId(e.target.value)}>
          {places.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Task to sign off" name="taskId" required>
          {tasks.filter((t) => !t.providerOnly).map((t) => (
            <option key={t.id} value={t.id}>
              {t.parentId ? "— " : ""}
              {t.name}
            </option>
          ))}
        </SelectField>
      </div>
      <LeftOut left={left} />
      {eligible.length === 0 ? (
        <p className="text-sm text-muted">No one selected works at {location?.name} as a medical assistant.</p>
      ) : (
        <ConfirmSubmit
          label={pending ? "Sending…" : `Request for ${eligible.length} ${eligible.length === 1 ? "person" : "people"}…`}
          variant="primary"
          title={`Ask for sign-offs at ${location?.name}?`}
          body={<p>Every validator who may sign off this task there is notified once for each of {eligible.map((r) => r.name).join(", ")}, in the app and by email as they chose. Asking again the same day tells nobody twice.</p>}
          confirmLabel="Send requests"
        />
      )}
      <div aria-live="polite">
        {results.length > 0 ? (
          <ul className="space-y-1 text-sm">
            {results.map((r) => (
              <li key={r.id} className={r.ok ? "text-emerald-900" : "text-red-800"}>
                {r.name}: {r.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}

/** The selected rows as a spreadsheet-safe CSV file (lib/csv), made in the browser from the page shown. */
function download(rows: readonly PeopleListRow[]) {
  const lines = rows.map((r) => {
    const tasks = r.compliance.notCleared ?? [];
    const describe = (kind: "gap" | "outside_hours") =>
      tasks
        .filter((t) => (kind === "gap" ? t.kind !== "outside_hours" : t.kind === "outside_hours"))
        .map((t) => `${t.taskName} at ${t.locationName} (${KIND_LABELS[t.kind]})`)
        .join("; ");
    return csvRow([r.name, rolesLabel(r), r.isMedicalAssistant ? tierLabel(r.credentialTier) : "", r.locations.map((l) => l.name).join("; "), describe("gap"), describe("outside_hours"), r.compliance.expiring.map((e) => `${e.title} (until ${e.expiresOn})`).join("; ")]);
  });
  const blob = new Blob([UTF8_BOM + csvRow(CSV_HEADER) + lines.join("")], { type: "text/csv;charset=utf-8" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = "people.csv";
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The bar above the list: how many are selected and what can be done with them. */
export function PeopleBulkActions({ rows, options, onDone }: { rows: PeopleListRow[]; options: BulkOptions; onDone: () => void }) {
  const [panel, setPanel] = useState<Panel>(null);
  const none = rows.length === 0;
  const toggle = (p: Exclude<Panel, null>) => setPanel((open) => (open === p ? null : p));
  const shown = none ? null : panel;
  return (
    <div className="mb-3 space-y-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <p className="text-sm font-medium" aria-live="polite">
          {none ? "Select people to act on several at once." : `${rows.length} selected`}
        </p>
        <div className="flex flex-wrap gap-2 sm:ml-auto">
          {options.grantAt.length > 0 ? (
            <button type="button" className={buttonClass("secondary")} disabled={none} aria-expanded={shown === "grant"} onClick={() => toggle("grant")}>
              Grant an authorization
            </button>
          ) : null}
          {options.signOffAt.length > 0 ? (
            <button type="button" className={buttonClass("secondary")} disabled={none} aria-expanded={shown === "signoff"} onClick={() => toggle("signoff")}>
              Request sign-off
            </button>
          ) : null}
          <button type="button" className={buttonClass("secondary")} disabled={none} onClick={() => download(rows)}>
            Export selected (CSV)
          </button>
        </div>
      </div>
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
